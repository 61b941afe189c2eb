/**
 * The platform's intake of the reporting channel (specs/reporting/asyncapi.yaml, operations
 * receiveReport, receiveManifest, getSequenceStatus), independent of HTTP: it takes the headers and
 * the exact body bytes of a message and returns the receipt. The mock platform serves it; the
 * conformance runner embeds it to watch the pushes of a system under test.
 *
 * Order of checks: size, access token, headers, registration, signature (and the headers it
 * protects), idempotency, sequence range — none of which uses up a sequence number — then the
 * content (data contracts and channel rules), whose verdict is final for the number. A server calls
 * `admit` first, with the headers alone: the token and the declared size are checked before the body is read.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import {
  CHANNEL_HEADERS,
  CHANNEL_PARAMETERS,
  CONTENT_TYPES,
  type Finding,
  type ReconciliationManifest,
  type Problem,
  type ReconciliationReport,
  type Receipt,
  type ReportRecord,
  type SequenceStatus,
} from "../../generated/sdk/channel.ts";
import { TokenError, verifyDetached, type Jwks, type SigningKey } from "../auth/index.ts";
import { generatedDir } from "../paths.ts";
import { contractCheck, type ContractCheck } from "./record-validation.ts";
import { entryReceipt, headerPath, intakeFinding, refusal, signedJson } from "./receipts.ts";
import { compareManifest, manifestInconsistencies, recordDigest } from "./reconciliation.ts";
import { orderingFieldOf } from "./ordering.ts";
import { RecordStore, SystemState, type MessageEntry, type RecordFilter, type StoredRecord } from "./state.ts";

/** What the intake needs to know of a registered trading system. */
export interface RegisteredSystem {
  systemNo: string;
  /** The public keys the system signs its messages with. */
  jwks: Jwks;
  /** The OAuth clients allowed to push for it. */
  clientIds: ReadonlySet<string>;
}

export interface SystemDirectory {
  system(systemNo: string): RegisteredSystem | undefined;
}

/** The intake's numbers, in milliseconds, bytes and counts (defaults: the channel parameters). */
export interface IntakeLimits {
  deliveryDeadlineMs: number;
  gapStaleAfterMs: number;
  clockSkewToleranceMs: number;
  maxSequenceAhead: number;
  maxMessageBytes: number;
  maxPackageRecords: number;
}

export const DEFAULT_LIMITS: IntakeLimits = {
  deliveryDeadlineMs: CHANNEL_PARAMETERS.deliveryDeadline.value * 1000,
  gapStaleAfterMs: CHANNEL_PARAMETERS.gapStaleAfter.value * 1000,
  clockSkewToleranceMs: CHANNEL_PARAMETERS.clockSkewTolerance.value * 1000,
  maxSequenceAhead: CHANNEL_PARAMETERS.maxSequenceAhead.value,
  maxMessageBytes: CHANNEL_PARAMETERS.maxMessageBytes.value,
  maxPackageRecords: CHANNEL_PARAMETERS.maxPackageRecords.value,
};

/** What the intake writes so that a restart keeps its state (src/platform/journal.ts). */
export type IntakeJournalEntry = { t: "message"; entry: MessageEntry } | { t: "apply"; systemNo: string; sequence: number; at: string; findings: Finding[] };

export interface IntakeOptions {
  systems: SystemDirectory;
  /** Checks the Authorization header for the push scope; returns the token's client, or throws TokenError. */
  authenticate: (authorization: string | undefined) => Promise<{ clientId: string }>;
  /** The platform's key: receipts are signed with it when given. */
  receiptKey?: SigningKey;
  limits?: Partial<IntakeLimits>;
  contracts?: ContractCheck;
  journal?: (e: IntakeJournalEntry) => void;
  now?: () => Date;
}

export interface IntakeRequest {
  /** Header names in lower case (as node:http gives them). */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
  /** The client whose token `admit` has already accepted for this request (its token is not checked again). */
  admitted?: { clientId: string };
}

export interface IntakeReply {
  status: number;
  contentType: string;
  /** The exact bytes sent, and their signature by the platform (when it signs). */
  text: string;
  signature?: string;
  body: Receipt | ReconciliationReport | SequenceStatus | Problem;
}

export type IntakeEvent =
  | { type: "push"; at: string; clientId?: string; headers: Record<string, string>; status: number; receipt: Receipt }
  | { type: "push-refused"; at: string; status: number; problem: Problem }
  | { type: "apply"; at: string; systemNo: string; sequence: number; eventId: string }
  | { type: "manifest"; at: string; status: number; report?: ReconciliationReport; receipt?: Receipt };

const SIGNED_HEADERS = [CHANNEL_HEADERS.eventId, CHANNEL_HEADERS.systemNo, CHANNEL_HEADERS.sequence, CHANNEL_HEADERS.occurredAt, CHANNEL_HEADERS.orderingKey] as const;
const MANIFEST_SIGNED_HEADERS = [CHANNEL_HEADERS.eventId, CHANNEL_HEADERS.systemNo] as const;

type HeaderSchema = { pattern?: string; $ref?: string };
// Read from generated/ (found through paths.ts), not imported as a JSON module: the compiled package keeps
// generated/ beside dist/, and Node 20 warns on JSON modules.
const channelSchemas = JSON.parse(readFileSync(join(generatedDir, "schemas", "channel.json"), "utf8")) as { definitions: unknown };
const definitions = channelSchemas.definitions as unknown as Record<string, HeaderSchema & { properties?: Record<string, HeaderSchema> }>;
const HEADER_PATTERNS: Record<string, RegExp> = Object.fromEntries(
  Object.entries(definitions.ReportHeaders!.properties!).map(([name, s]) => {
    const def = s.$ref ? definitions[s.$ref.replace("#/definitions/", "")] : s;
    return [name, new RegExp(def?.pattern ?? "^[\\s\\S]+$")];
  }),
);

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function problem(e: TokenError): Problem {
  return { type: `https://ggzy.xm.gov.cn/ywjy/problems/${e.code}`, title: e.message, status: e.status, code: e.code };
}

let manifestValidator: ValidateFunction | undefined;
function validateManifestShape(v: unknown): string | undefined {
  if (!manifestValidator) {
    const ajv = new Ajv({ strict: false });
    (addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
    ajv.addSchema(channelSchemas);
    manifestValidator = ajv.getSchema("channel.json#/definitions/ReconciliationManifest")!;
  }
  if (manifestValidator(v)) return undefined;
  const e = manifestValidator.errors![0]!;
  return `${e.instancePath || "/"} ${e.message}`;
}

export class Intake {
  readonly limits: IntakeLimits;
  readonly store = new RecordStore();
  private readonly states = new Map<string, SystemState>();
  private readonly listeners = new Set<(e: IntakeEvent) => void>();
  private readonly contracts: ContractCheck;
  private readonly now: () => Date;

  constructor(private readonly o: IntakeOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    this.contracts = o.contracts ?? contractCheck();
    this.now = o.now ?? (() => new Date());
  }

  /** Calls `listener` with every push, refusal, application and manifest; returns the unsubscribe function. */
  onEvent(listener: (e: IntakeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: IntakeEvent): void {
    for (const l of this.listeners) l(e);
  }

  state(systemNo: string): SystemState {
    let s = this.states.get(systemNo);
    if (!s) this.states.set(systemNo, (s = new SystemState(systemNo)));
    return s;
  }

  systemNos(): string[] {
    return [...this.states.keys()].sort();
  }

  records(filter: RecordFilter = {}): StoredRecord[] {
    return this.store.find(filter);
  }

  private async reply(status: number, body: IntakeReply["body"], contentType = "application/json"): Promise<IntakeReply> {
    const { text, signature } = await signedJson(body, contentType === "application/json" ? this.o.receiptKey : undefined);
    return { status, contentType, text, body, ...(signature ? { signature } : {}) };
  }

  /**
   * What a server checks before it reads a body (RPT-CHAN-20): the access token, then the declared
   * Content-Length against maxMessageBytes. Returns the client (pass it on as `admitted`), or the refusal.
   */
  async admit(headers: IntakeRequest["headers"]): Promise<{ clientId: string } | IntakeReply> {
    const client = await this.client({ headers, body: new Uint8Array() });
    if ("status" in client) return client;
    const declared = Number(header(headers, "content-length"));
    if (declared > this.limits.maxMessageBytes) {
      const now = this.now();
      const { status, receipt } = refusal([intakeFinding("intake.too-large", "/body", { bytes: declared, limit: this.limits.maxMessageBytes })], now, { eventId: header(headers, CHANNEL_HEADERS.eventId) });
      this.emit({ type: "push", at: now.toISOString(), clientId: client.clientId, headers: {}, status, receipt });
      return this.reply(status, receipt);
    }
    return client;
  }

  /** Checks the access token (unless `admit` has); on failure, the problem+json reply. */
  private async client(req: IntakeRequest): Promise<{ clientId: string } | IntakeReply> {
    if (req.admitted) return req.admitted;
    try {
      return await this.o.authenticate(header(req.headers, "authorization"));
    } catch (e) {
      if (!(e instanceof TokenError)) throw e;
      const p = problem(e);
      this.emit({ type: "push-refused", at: this.now().toISOString(), status: p.status, problem: p });
      return this.reply(p.status, p, "application/problem+json");
    }
  }

  /**
   * Checks the headers named, the registration of the system for the client, and the signature with
   * the headers it protects. Returns the verified header values, or the findings that refuse the message.
   */
  private async verify(req: IntakeRequest, clientId: string, names: readonly string[]): Promise<{ values: Record<string, string> } | { findings: Finding[] }> {
    const values: Record<string, string> = {};
    const findings: Finding[] = [];
    for (const name of [...names, CHANNEL_HEADERS.signature]) {
      const v = header(req.headers, name);
      if (v === undefined || v === "") findings.push(intakeFinding("intake.header-missing", headerPath(name), { header: name }));
      else if (!HEADER_PATTERNS[name]!.test(v)) findings.push(intakeFinding("intake.header-invalid", headerPath(name), { header: name, reason: `${JSON.stringify(v.slice(0, 80))} does not match ${HEADER_PATTERNS[name]!.source}` }));
      else values[name] = v;
    }
    const occurred = values[CHANNEL_HEADERS.occurredAt];
    if (occurred !== undefined && (!RFC3339.test(occurred) || Number.isNaN(Date.parse(occurred)))) {
      findings.push(intakeFinding("intake.header-invalid", headerPath(CHANNEL_HEADERS.occurredAt), { header: CHANNEL_HEADERS.occurredAt, reason: "not an RFC 3339 date-time with an offset" }));
      delete values[CHANNEL_HEADERS.occurredAt];
    }
    const key = values[CHANNEL_HEADERS.orderingKey];
    if (key !== undefined) {
      try {
        decodeURIComponent(key);
      } catch {
        findings.push(intakeFinding("intake.header-invalid", headerPath(CHANNEL_HEADERS.orderingKey), { header: CHANNEL_HEADERS.orderingKey, reason: "not percent-encoded UTF-8" }));
      }
    }
    if (findings.length) return { findings };
    const systemNo = values[CHANNEL_HEADERS.systemNo]!;
    const system = this.o.systems.system(systemNo);
    if (!system) return { findings: [intakeFinding("intake.system-unknown", headerPath(CHANNEL_HEADERS.systemNo), { systemNo })] };
    if (!system.clientIds.has(clientId)) return { findings: [intakeFinding("intake.system-not-of-client", headerPath(CHANNEL_HEADERS.systemNo), { systemNo, clientId })] };
    let protectedHeader: Record<string, unknown>;
    try {
      protectedHeader = (await verifyDetached(values[CHANNEL_HEADERS.signature]!, req.body, system.jwks)) as Record<string, unknown>;
    } catch (e) {
      return { findings: [intakeFinding("intake.signature-invalid", headerPath(CHANNEL_HEADERS.signature), { systemNo, reason: (e as Error).message })] };
    }
    for (const name of names) {
      const param = name.toLowerCase();
      const want = name === CHANNEL_HEADERS.sequence ? Number(values[name]) : values[name];
      if (protectedHeader[param] !== want) return { findings: [intakeFinding("intake.signed-header-mismatch", headerPath(name), { param })] };
    }
    return { values };
  }

  /** receiveReport: one pushed message → its receipt. */
  async push(req: IntakeRequest): Promise<IntakeReply> {
    const now = this.now();
    const at = now.toISOString();
    const refuse = async (findings: Finding[], ids: Parameters<typeof refusal>[2] = {}, clientId?: string, values: Record<string, string> = {}) => {
      const { status, receipt } = refusal(findings, now, ids);
      this.emit({ type: "push", at, clientId, headers: values, status, receipt });
      return this.reply(status, receipt);
    };
    if (req.body.byteLength > this.limits.maxMessageBytes)
      return refuse([intakeFinding("intake.too-large", "/body", { bytes: req.body.byteLength, limit: this.limits.maxMessageBytes })]);
    const client = await this.client(req);
    if ("status" in client) return client;

    const contentType = (header(req.headers, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    const kind = contentType === CONTENT_TYPES.reportRecord ? "record" : contentType === CONTENT_TYPES.reportPackage ? "package" : undefined;
    const verified = await this.verify(req, client.clientId, SIGNED_HEADERS);
    if ("findings" in verified) return refuse(verified.findings, { eventId: header(req.headers, CHANNEL_HEADERS.eventId) }, client.clientId);
    const v = verified.values;
    const eventId = v[CHANNEL_HEADERS.eventId]!;
    const systemNo = v[CHANNEL_HEADERS.systemNo]!;
    const sequence = Number(v[CHANNEL_HEADERS.sequence]);
    const occurredAt = v[CHANNEL_HEADERS.occurredAt]!;
    const orderingKey = decodeURIComponent(v[CHANNEL_HEADERS.orderingKey]!);
    const ids = { eventId, systemNo, sequence };
    if (!kind) return refuse([intakeFinding("intake.content-type", "/headers/Content-Type", { contentType: contentType || "(none)" })], ids, client.clientId, v);
    if (Date.parse(occurredAt) > now.getTime() + this.limits.clockSkewToleranceMs)
      return refuse([intakeFinding("intake.occurred-at-future", headerPath(CHANNEL_HEADERS.occurredAt), { occurredAt })], ids, client.clientId, v);

    // From here on nothing awaits until the reply: the state changes of one message are atomic.
    const state = this.state(systemNo);
    const bodyDigest = sha256(req.body);
    const known = state.byEvent.get(eventId);
    if (known) {
      if (known.bodyDigest !== bodyDigest || known.sequence !== sequence)
        return refuse([intakeFinding("intake.event-id-reused", headerPath(CHANNEL_HEADERS.eventId), { eventId })], ids, client.clientId, v);
      const { status, receipt } = entryReceipt(known, state, this.ctx(now), true);
      this.emit({ type: "push", at, clientId: client.clientId, headers: v, status, receipt });
      return this.reply(status, receipt);
    }
    const other = state.bySequence.get(sequence);
    if (other) return refuse([intakeFinding("intake.sequence-reused", headerPath(CHANNEL_HEADERS.sequence), { sequence, otherEventId: other.eventId })], ids, client.clientId, v);
    if (sequence > state.appliedThrough + this.limits.maxSequenceAhead)
      return refuse([intakeFinding("intake.sequence-too-far-ahead", headerPath(CHANNEL_HEADERS.sequence), { sequence, appliedThrough: state.appliedThrough })], ids, client.clientId, v);

    const { records, findings } = this.checkContent(kind, req.body, systemNo, orderingKey);
    const rejected = findings.some((f) => f.severity === "error");
    const entry: MessageEntry = {
      receiptId: crypto.randomUUID(),
      eventId,
      systemNo,
      sequence,
      bodyDigest,
      contentType,
      orderingKey,
      occurredAt,
      receivedAt: at,
      verdict: rejected ? "rejected" : "stored",
      records: rejected ? [] : records,
      digests: rejected ? [] : records.map(recordDigest),
      findings,
    };
    this.o.journal?.({ t: "message", entry });
    this.insert(entry);
    this.advance(state, now);
    const { status, receipt } = entryReceipt(entry, state, this.ctx(now), false);
    this.emit({ type: "push", at, clientId: client.clientId, headers: v, status, receipt });
    return this.reply(status, receipt);
  }

  private ctx(now: Date) {
    return { now, gapStaleAfterMs: this.limits.gapStaleAfterMs };
  }

  private insert(entry: MessageEntry): void {
    this.state(entry.systemNo).insert(entry);
    if (entry.verdict === "stored") this.store.put(entry);
  }

  /** Applies, in sequence order, every held message whose earlier numbers all have a verdict. */
  private advance(state: SystemState, now: Date): void {
    state.advance((e) => {
      const at = now.toISOString();
      const elapsed = now.getTime() - Date.parse(e.occurredAt);
      const findings =
        elapsed > this.limits.deliveryDeadlineMs
          ? [intakeFinding("intake.late", headerPath(CHANNEL_HEADERS.occurredAt), { elapsed: Math.round(elapsed / 1000), limit: this.limits.deliveryDeadlineMs / 1000 })]
          : [];
      this.o.journal?.({ t: "apply", systemNo: e.systemNo, sequence: e.sequence, at, findings });
      this.applyEntry(e, at, findings);
      this.emit({ type: "apply", at, systemNo: e.systemNo, sequence: e.sequence, eventId: e.eventId });
    });
  }

  private applyEntry(e: MessageEntry, at: string, findings: Finding[]): void {
    e.acceptedAt = at;
    e.findings = [...e.findings, ...findings];
    this.store.markAccepted(e);
  }

  /** Rebuilds the state from journal entries (in the order written), then applies what became applicable. */
  replay(entries: Iterable<IntakeJournalEntry>): void {
    for (const j of entries) {
      if (j.t === "message") this.insert(j.entry);
      else {
        const e = this.state(j.systemNo).bySequence.get(j.sequence);
        if (e) this.applyEntry(e, j.at, j.findings);
      }
    }
    for (const s of this.states.values()) this.advance(s, this.now());
  }

  /** The data contracts and the channel's content rules: the records of the message, and its findings. */
  private checkContent(kind: "record" | "package", body: Uint8Array, systemNo: string, orderingKey: string): { records: ReportRecord[]; findings: Finding[] } {
    let value: unknown;
    try {
      value = JSON.parse(Buffer.from(body).toString("utf8"));
    } catch (e) {
      return { records: [], findings: [intakeFinding("intake.body-not-json", "/body", { reason: (e as Error).message })] };
    }
    const findings: Finding[] = [];
    let records: unknown[];
    if (kind === "package") {
      if (!isObject(value)) return { records: [], findings: this.contracts.record(value, { recordIndex: 0, systemNo }) };
      findings.push(...this.contracts.packageHeader(value));
      if (!Array.isArray(value.records)) return { records: [], findings };
      if (value.SYSTEM_NO !== systemNo) findings.push(intakeFinding("intake.system-no-mismatch", "/SYSTEM_NO", { actual: String(value.SYSTEM_NO), expected: systemNo }));
      if (value.records.length > this.limits.maxPackageRecords)
        return { records: [], findings: [...findings, intakeFinding("intake.too-many-records", "/records", { count: value.records.length, limit: this.limits.maxPackageRecords })] };
      records = value.records;
    } else records = [value];
    const keys = new Set<string>();
    records.forEach((r, recordIndex) => {
      findings.push(...this.contracts.record(r, { recordIndex, systemNo }));
      if (!isObject(r) || typeof r.DATA_KEY !== "string") return;
      const at = { recordIndex, DATA_KEY: r.DATA_KEY, ...(typeof r.DATA_NO === "number" ? { DATA_NO: r.DATA_NO } : {}) };
      if (keys.has(r.DATA_KEY)) findings.push(intakeFinding("intake.duplicate-data-key", "/DATA_KEY", { dataKey: r.DATA_KEY }, at));
      keys.add(r.DATA_KEY);
      const own = orderingFieldOf(r);
      if (own && own.value !== orderingKey) findings.push(intakeFinding("intake.ordering-key-mismatch", `/context/${own.field}`, { actual: own.value, expected: orderingKey }, at));
    });
    return { records: records as ReportRecord[], findings };
  }

  /** getSequenceStatus */
  sequenceStatus(systemNo: string): SequenceStatus {
    // A system that has sent nothing gets the empty status, without state kept for its name.
    const s = this.states.get(systemNo) ?? new SystemState(systemNo);
    const now = this.now();
    const gaps = s.gaps(now, this.limits.gapStaleAfterMs);
    return {
      systemNo,
      appliedThrough: s.appliedThrough,
      highestReceived: s.highestReceived,
      held: s.held(),
      gaps,
      findings: gaps.filter((g) => g.stale).map((g) => intakeFinding("intake.gap-stale", headerPath(CHANNEL_HEADERS.sequence), { from: g.from, to: g.to, limit: this.limits.gapStaleAfterMs / 1000 })),
    };
  }

  /** getSequenceStatus over HTTP: the token's client must be registered for the system. */
  async sequenceStatusRequest(req: IntakeRequest, systemNo: string): Promise<IntakeReply> {
    const client = await this.client(req);
    if ("status" in client) return client;
    const system = this.o.systems.system(systemNo);
    const findings = !system
      ? [intakeFinding("intake.system-unknown", "/path/systemNo", { systemNo })]
      : !system.clientIds.has(client.clientId)
        ? [intakeFinding("intake.system-not-of-client", "/path/systemNo", { systemNo, clientId: client.clientId })]
        : [];
    if (findings.length) {
      const { status, receipt } = refusal(findings, this.now(), { systemNo });
      return this.reply(status, receipt);
    }
    return this.reply(200, this.sequenceStatus(systemNo));
  }

  /** receiveManifest: a signed reconciliation manifest → the platform's reconciliation report. */
  async manifest(req: IntakeRequest): Promise<IntakeReply> {
    const now = this.now();
    const at = now.toISOString();
    const client = await this.client(req);
    if ("status" in client) return client;
    const refuse = (findings: Finding[]) => {
      const { status, receipt } = refusal(findings, now, { eventId: header(req.headers, CHANNEL_HEADERS.eventId) });
      this.emit({ type: "manifest", at, status, receipt });
      return this.reply(status, receipt);
    };
    const verified = await this.verify(req, client.clientId, MANIFEST_SIGNED_HEADERS);
    if ("findings" in verified) return refuse(verified.findings);
    let manifest: unknown;
    try {
      manifest = JSON.parse(Buffer.from(req.body).toString("utf8"));
    } catch (e) {
      return refuse([intakeFinding("intake.manifest-invalid", "/body", { reason: (e as Error).message })]);
    }
    const systemNo = verified.values[CHANNEL_HEADERS.systemNo]!;
    const shape = validateManifestShape(manifest);
    const problems = shape ? [shape] : manifestInconsistencies(manifest as ReconciliationManifest);
    if (!shape && (manifest as ReconciliationManifest).systemNo !== systemNo) problems.push(`systemNo ${(manifest as ReconciliationManifest).systemNo} is not the header's ${systemNo}`);
    if (problems.length) return refuse(problems.map((reason) => intakeFinding("intake.manifest-invalid", "/body", { reason })));
    const report = compareManifest(manifest as ReconciliationManifest, this.store.itemsOf(systemNo), now);
    const s = this.sequenceStatus(systemNo);
    report.findings.push(...s.findings);
    this.emit({ type: "manifest", at, status: 200, report });
    return this.reply(200, report);
  }
}

/** A request header by its name, in any case (the first value when repeated). */
export function header(headers: IntakeRequest["headers"], name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}
