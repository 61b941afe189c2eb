/**
 * The publisher: what a trading system uses to push its records to the city platform over the
 * reporting channel (specs/reporting/asyncapi.yaml), typed from generated/sdk/channel.ts.
 *
 * - queues every message in an outbox — files under a data directory (durable across an outage of
 *   the platform or a restart of the system), or memory;
 * - numbers messages per SYSTEM_NO without gaps when it first sends them, and continues the sequence
 *   after a restart; every retry carries the same event id (idempotency key), number and signature;
 * - signs the exact body bytes (detached JWS; the protected header repeats the signed headers);
 * - sends one message per ordering key (tender project) at a time, in order, several keys at once;
 * - retries with exponential back-off and full jitter, honouring Retry-After, and never drops a message;
 * - acts on each receipt as the channel document says, and reconciles.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import {
  CHANNEL_BASE_PATH,
  CHANNEL_HEADERS,
  CHANNEL_PARAMETERS,
  CHANNEL_PATHS,
  CONTENT_TYPES,
  PUSH_SCOPE,
  type Finding,
  type Receipt,
  type ReconciliationManifest,
  type ReconciliationReport,
  type ReportPackage,
  type ReportRecord,
  type SequenceStatus,
} from "../../generated/sdk/channel.ts";
import { PLATFORM_PATHS } from "../../generated/sdk/platform.ts";
import { signDetached, verifyDetached, type Jwks, type SigningKey } from "../auth/index.ts";
import { orderingKeyOf } from "../platform/ordering.ts";
import { buildManifest } from "../platform/reconciliation.ts";
import { loadManifest } from "../specs/manifest.ts";
import type { RecordSink } from "./record-sink.ts";
import { ReconcilingSink } from "./reconciling-sink.ts";

export interface PushRetryPolicy {
  initialDelayMs: number;
  multiplier: number;
  maxDelayMs: number;
}

export const PUSH_RETRY: PushRetryPolicy = {
  initialDelayMs: CHANNEL_PARAMETERS.retryInitialDelay.value * 1000,
  multiplier: CHANNEL_PARAMETERS.retryMultiplier.value,
  maxDelayMs: CHANNEL_PARAMETERS.retryMaxDelay.value * 1000,
};

export interface PublisherOptions {
  /** The platform's origin: its OpenID discovery document names the token endpoint and the JWKS. */
  platformUrl: string;
  systemNo: string;
  clientId: string;
  clientSecret: string;
  /** The key registered at the platform for the system's pushes. */
  signingKey: SigningKey;
  /** Keeps the outbox, the sequence counter and the receipts here; in memory when absent. */
  dataDir?: string;
  /** How many ordering keys may have a message in flight at once (default 4). */
  concurrency?: number;
  retry?: Partial<PushRetryPolicy>;
  /** Per request (default 30 s). */
  requestTimeoutMs?: number;
  /** Verify the platform's receipt signatures: its JWKS, or "discover" to fetch it from jwks_uri. */
  verifyReceipts?: Jwks | "discover";
  /** PLATFORM_CODE of report packages; by default the first record's context.PLATFORM_CODE. */
  platformCode?: string;
  /** Called with the final receipt of every message (accepted, held or rejected). */
  onDelivery?: (d: Delivery) => void;
  /** Called when a delivery attempt fails and will be retried (an outage, a refusal to fix). */
  onProblem?: (p: DeliveryProblem) => void;
  fetch?: typeof fetch;
  /** In [0, 1); the jitter. */
  random?: () => number;
}

/** One message in the outbox. */
export interface OutboxItem {
  id: string;
  no: number;
  orderingKey: string;
  contentType: string;
  /** The exact body bytes sent (UTF-8). */
  body: string;
  dataKeys: string[];
  occurredAt: string;
  enqueuedAt: string;
  attempts: number;
  eventId: string;
  /** Set when first sent, with the signature. */
  sequence?: number;
  signature?: string;
}

export interface Delivery {
  item: OutboxItem;
  status: Receipt["status"];
  httpStatus: number;
  receipt: Receipt;
}

export interface DeliveryProblem {
  item: OutboxItem;
  kind: "network" | "unavailable" | "token" | "refused" | "renumbered" | "receipt-signature";
  httpStatus?: number;
  message: string;
  findings?: Finding[];
  /** When the next attempt is due (ms from now). */
  retryInMs: number;
}

export interface PublishOptions {
  /** When the business event happened (default: now). */
  occurredAt?: Date | string;
  /** The ordering key for records that have no ordering field (default: the first DATA_KEY). */
  orderingKey?: string;
}

interface Counters {
  nextSequence: number;
  nextNo: number;
}

/** Where the outbox lives. */
interface OutboxStore {
  load(): { items: OutboxItem[]; counters: Counters };
  save(item: OutboxItem): void;
  remove(item: OutboxItem): void;
  saveCounters(c: Counters): void;
  /** Keeps a final receipt (RPT-CHAN-18); a rejected message is kept whole, for correction. */
  settle(item: OutboxItem, receipt: Receipt): void;
}

class MemoryOutbox implements OutboxStore {
  load() {
    return { items: [], counters: { nextSequence: 1, nextNo: 1 } };
  }
  save() {}
  remove() {}
  saveCounters() {}
  settle() {}
}

/** Writes (or appends) and waits until the bytes are on disk. */
function writeSynced(path: string, text: string, flags: "w" | "a"): void {
  const fd = openSync(path, flags);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a file so that a crash leaves the old or the new content, never a torn one. */
function writeDurably(path: string, text: string): void {
  writeSynced(`${path}.tmp`, text, "w");
  renameSync(`${path}.tmp`, path);
}

/** A file of the publisher's data directory that cannot be read (truncated, not JSON): the message names the file. */
export class OutboxFileError extends Error {}

function readOutboxFile<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (e) {
    throw new OutboxFileError(`${path}: not a readable publisher file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * dataDir/outbox/<no>.json one file per unsent message; dataDir/counters.json; dataDir/receipts.ndjson
 * the final receipts; dataDir/rejected/<no>.json rejected messages with their receipts.
 */
class FileOutbox implements OutboxStore {
  private readonly outbox: string;
  private readonly rejected: string;
  constructor(private readonly dir: string) {
    this.outbox = join(dir, "outbox");
    this.rejected = join(dir, "rejected");
    mkdirSync(this.outbox, { recursive: true });
    mkdirSync(this.rejected, { recursive: true });
  }
  private file(item: OutboxItem) {
    return join(this.outbox, `${String(item.no).padStart(12, "0")}.json`);
  }
  load() {
    const countersFile = join(this.dir, "counters.json");
    const counters = existsSync(countersFile) ? readOutboxFile<Counters>(countersFile) : { nextSequence: 1, nextNo: 1 };
    if (!Number.isSafeInteger(counters.nextSequence) || !Number.isSafeInteger(counters.nextNo))
      throw new OutboxFileError(`${countersFile}: not a publisher counters file (expected nextSequence and nextNo)`);
    const items: OutboxItem[] = [];
    for (const f of readdirSync(this.outbox).sort()) {
      const path = join(this.outbox, f);
      if (f.endsWith(".tmp")) rmSync(path);
      else if (f.endsWith(".json")) items.push(readOutboxFile<OutboxItem>(path));
    }
    // A crash between writing a message and the counters leaves the counters behind: catch up.
    for (const i of items) {
      counters.nextNo = Math.max(counters.nextNo, i.no + 1);
      if (i.sequence !== undefined) counters.nextSequence = Math.max(counters.nextSequence, i.sequence + 1);
    }
    return { items, counters };
  }
  save(item: OutboxItem) {
    writeDurably(this.file(item), JSON.stringify(item));
  }
  remove(item: OutboxItem) {
    rmSync(this.file(item), { force: true });
  }
  saveCounters(c: Counters) {
    writeDurably(join(this.dir, "counters.json"), JSON.stringify(c));
  }
  settle(item: OutboxItem, receipt: Receipt) {
    if (receipt.status === "rejected") writeDurably(join(this.rejected, `${String(item.no).padStart(12, "0")}.json`), JSON.stringify({ item, receipt }, null, 2));
    writeSynced(join(this.dir, "receipts.ndjson"), JSON.stringify(receipt) + "\n", "a");
  }
}

const isReceipt = (v: unknown): v is Receipt => typeof v === "object" && v !== null && "status" in v && "receiptId" in v;

export class Publisher {
  private readonly store: OutboxStore;
  private readonly counters: Counters;
  /** Unsent messages per ordering key, in order. */
  private readonly lanes = new Map<string, OutboxItem[]>();
  private readonly inFlight = new Set<string>();
  private readonly notBefore = new Map<string, number>();
  private readonly waiters = new Map<string, Array<(d: Delivery) => void>>();
  private drainWaiters: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly retry: PushRetryPolicy;
  private readonly fetch: typeof fetch;
  private readonly random: () => number;
  private token?: { value: string; expiresAt: number };
  private tokenPending?: Promise<string>;
  private discovery?: Promise<{ token_endpoint: string; jwks_uri: string }>;
  private receiptKeys?: Promise<Jwks>;
  readonly intakeUrl: string;

  constructor(private readonly o: PublisherOptions) {
    if (!/^[0-9A-Za-z]{4}$/.test(o.systemNo)) throw new Error(`systemNo ${JSON.stringify(o.systemNo)} is not a SYSTEM_NO (4 letters or digits)`);
    this.store = o.dataDir ? new FileOutbox(o.dataDir) : new MemoryOutbox();
    const { items, counters } = this.store.load();
    this.counters = counters;
    for (const i of items.sort((a, b) => a.no - b.no)) this.lane(i.orderingKey).push(i);
    this.retry = { ...PUSH_RETRY, ...o.retry };
    this.fetch = o.fetch ?? fetch;
    this.random = o.random ?? Math.random;
    this.intakeUrl = o.platformUrl.replace(/\/$/, "") + CHANNEL_BASE_PATH;
  }

  private lane(key: string): OutboxItem[] {
    let l = this.lanes.get(key);
    if (!l) this.lanes.set(key, (l = []));
    return l;
  }

  /** Messages not yet finally answered. */
  get pending(): number {
    let n = 0;
    for (const l of this.lanes.values()) n += l.length;
    return n;
  }

  /** The next sequence number the publisher will give a message. */
  get nextSequence(): number {
    return this.counters.nextSequence;
  }

  /**
   * Queues records as one message (a report record, or a report package for several) and returns its
   * outbox id once the message is safely in the outbox. Throws if the message breaks the channel's
   * limits (too many records, too large, records of several tender projects).
   */
  publish(records: ReportRecord | ReportRecord[], o: PublishOptions = {}): string {
    const list = Array.isArray(records) ? records : [records];
    if (list.length === 0) throw new RangeError("publish: no records");
    if (list.length > CHANNEL_PARAMETERS.maxPackageRecords.value) throw new RangeError(`publish: ${list.length} records, more than maxPackageRecords (${CHANNEL_PARAMETERS.maxPackageRecords.value})`);
    const keys = new Set(list.map(orderingKeyOf).filter((k) => k !== undefined));
    if (keys.size > 1) throw new RangeError(`publish: the records belong to several tender projects (${[...keys].join(", ")}); publish them separately`);
    for (const r of list) if (!r.DATA_KEY?.startsWith(this.o.systemNo)) throw new RangeError(`publish: DATA_KEY ${r.DATA_KEY} does not start with SYSTEM_NO ${this.o.systemNo}`);
    const orderingKey = [...keys][0] ?? o.orderingKey ?? list[0]!.DATA_KEY;
    const now = new Date();
    const body =
      list.length === 1
        ? JSON.stringify(list[0])
        : JSON.stringify({
            packageId: crypto.randomUUID(),
            specVersion: loadManifest().version,
            SYSTEM_NO: this.o.systemNo,
            PLATFORM_CODE: this.o.platformCode ?? list[0]!.context.PLATFORM_CODE ?? "",
            createdAt: now.toISOString(),
            records: list,
          } satisfies ReportPackage);
    const bytes = Buffer.byteLength(body);
    if (bytes > CHANNEL_PARAMETERS.maxMessageBytes.value) throw new RangeError(`publish: the message has ${bytes} bytes, more than maxMessageBytes (${CHANNEL_PARAMETERS.maxMessageBytes.value})`);
    const occurredAt = o.occurredAt === undefined ? now : new Date(o.occurredAt);
    if (Number.isNaN(occurredAt.getTime())) throw new RangeError(`publish: occurredAt ${String(o.occurredAt)} is not a date`);
    const item: OutboxItem = {
      id: `${this.o.systemNo}-${this.counters.nextNo}`,
      no: this.counters.nextNo,
      orderingKey,
      contentType: list.length === 1 ? CONTENT_TYPES.reportRecord : CONTENT_TYPES.reportPackage,
      body,
      dataKeys: list.map((r) => r.DATA_KEY),
      occurredAt: occurredAt.toISOString(),
      enqueuedAt: now.toISOString(),
      attempts: 0,
      eventId: crypto.randomUUID(),
    };
    this.store.save(item);
    this.counters.nextNo++;
    this.store.saveCounters(this.counters);
    this.lane(orderingKey).push(item);
    this.pump();
    return item.id;
  }

  /** Resolves with the final receipt of an outbox item. */
  delivered(id: string): Promise<Delivery> {
    return new Promise((resolve) => {
      const list = this.waiters.get(id) ?? [];
      list.push(resolve);
      this.waiters.set(id, list);
    });
  }

  /** Starts delivering (the outbox of an earlier run first). */
  start(): this {
    this.running = true;
    this.pump();
    return this;
  }

  /** Stops starting deliveries, and waits for those in flight. The outbox keeps the rest. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.inFlight.size) await new Promise((r) => setTimeout(r, 10));
  }

  /** Resolves when the outbox is empty: every message has its final receipt. */
  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** Starts what may start now, and sets a timer for the earliest retry that is waiting. */
  private pump(): void {
    if (!this.running) return;
    const now = Date.now();
    let wakeAt = Infinity;
    for (const [key, lane] of this.lanes) {
      if (this.inFlight.size >= (this.o.concurrency ?? 4)) break;
      if (!lane.length || this.inFlight.has(key)) continue;
      const due = this.notBefore.get(key) ?? 0;
      if (due > now) {
        wakeAt = Math.min(wakeAt, due);
        continue;
      }
      this.inFlight.add(key);
      void this.attempt(lane[0]!).finally(() => {
        this.inFlight.delete(key);
        this.pump();
      });
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (wakeAt < Infinity) this.timer = setTimeout(() => this.pump(), wakeAt - now);
  }

  private backoffMs(attempts: number, retryAfterSeconds?: number): number {
    const cap = Math.min(this.retry.maxDelayMs, this.retry.initialDelayMs * this.retry.multiplier ** Math.max(0, attempts - 1));
    return Math.max(this.random() * cap, (retryAfterSeconds ?? 0) * 1000);
  }

  private async discover() {
    this.discovery ??= (async () => {
      const r = await this.fetch(`${this.o.platformUrl.replace(/\/$/, "")}${PLATFORM_PATHS.openidConfiguration}`, { signal: AbortSignal.timeout(this.o.requestTimeoutMs ?? 30_000) });
      if (!r.ok) throw new Error(`the platform's discovery document answered ${r.status}`);
      return (await r.json()) as { token_endpoint: string; jwks_uri: string };
    })().catch((e) => {
      this.discovery = undefined;
      throw e;
    });
    return this.discovery;
  }

  /** A platform access token for pushes (client-credentials grant), cached until shortly before it expires. */
  async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    this.tokenPending ??= (async () => {
      const { token_endpoint } = await this.discover();
      const basic = Buffer.from(`${encodeURIComponent(this.o.clientId)}:${encodeURIComponent(this.o.clientSecret)}`).toString("base64");
      const r = await this.fetch(token_endpoint, {
        method: "POST",
        headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", scope: PUSH_SCOPE, resource: this.intakeUrl }).toString(),
        signal: AbortSignal.timeout(this.o.requestTimeoutMs ?? 30_000),
      });
      const body = (await r.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
      if (!r.ok || !body.access_token) throw new TokenFetchError(`the token endpoint answered ${r.status} ${body.error ?? ""}`.trim(), r.status);
      this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(0, (body.expires_in ?? 60) - 30) * 1000 };
      return body.access_token;
    })().finally(() => {
      this.tokenPending = undefined;
    });
    return this.tokenPending;
  }

  private async verifyReceipt(text: string, signature: string | null): Promise<void> {
    const v = this.o.verifyReceipts;
    if (!v) return;
    this.receiptKeys ??= v === "discover" ? this.discover().then(async (d) => (await (await this.fetch(d.jwks_uri)).json()) as Jwks) : Promise.resolve(v);
    if (!signature) throw new Error("the receipt is not signed");
    await verifyDetached(signature, text, await this.receiptKeys);
  }

  /** Gives the message its number, event id and signature (once; persisted before it is sent). */
  private async seal(item: OutboxItem): Promise<void> {
    if (item.sequence !== undefined && item.signature) return;
    item.sequence = this.counters.nextSequence++;
    item.signature = await signDetached(item.body, this.o.signingKey, {
      [CHANNEL_HEADERS.eventId.toLowerCase()]: item.eventId,
      [CHANNEL_HEADERS.systemNo.toLowerCase()]: this.o.systemNo,
      [CHANNEL_HEADERS.sequence.toLowerCase()]: item.sequence,
      [CHANNEL_HEADERS.occurredAt.toLowerCase()]: item.occurredAt,
      [CHANNEL_HEADERS.orderingKey.toLowerCase()]: encodeURIComponent(item.orderingKey),
    });
    this.store.save(item);
    this.store.saveCounters(this.counters);
  }

  private async attempt(item: OutboxItem): Promise<void> {
    item.attempts++;
    const problem = (kind: DeliveryProblem["kind"], message: string, extra: { httpStatus?: number; findings?: Finding[]; retryAfter?: number; now?: boolean } = {}) => {
      const retryInMs = extra.now ? 0 : this.backoffMs(item.attempts, extra.retryAfter);
      this.notBefore.set(item.orderingKey, Date.now() + retryInMs);
      this.o.onProblem?.({ item, kind, message, retryInMs, httpStatus: extra.httpStatus, findings: extra.findings });
    };
    let response: Response;
    let text: string;
    try {
      const token = await this.accessToken();
      await this.seal(item);
      response = await this.fetch(this.intakeUrl + CHANNEL_PATHS.reports, {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": item.contentType,
          [CHANNEL_HEADERS.eventId]: item.eventId,
          [CHANNEL_HEADERS.systemNo]: this.o.systemNo,
          [CHANNEL_HEADERS.sequence]: String(item.sequence),
          [CHANNEL_HEADERS.occurredAt]: item.occurredAt,
          [CHANNEL_HEADERS.orderingKey]: encodeURIComponent(item.orderingKey),
          [CHANNEL_HEADERS.signature]: item.signature!,
        },
        body: item.body,
        signal: AbortSignal.timeout(this.o.requestTimeoutMs ?? 30_000),
      });
      text = await response.text();
    } catch (e) {
      const kind = e instanceof TokenFetchError ? "token" : "network";
      return problem(kind, `${(e as Error).message}${(e as Error & { cause?: Error }).cause ? ` (${(e as Error & { cause?: Error }).cause!.message})` : ""}`);
    }
    const status = response.status;
    const retryAfter = Number(response.headers.get("retry-after")) || undefined;
    if (status === 429 || status >= 500) return problem("unavailable", `the platform answered ${status}`, { httpStatus: status, retryAfter });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return problem("unavailable", `the platform answered ${status} with a body that is not JSON`, { httpStatus: status });
    }
    if (!isReceipt(body)) {
      // problem+json about the access token: a new token, at once the first time.
      this.token = undefined;
      return problem("token", `the platform refused the access token (${status} ${(body as { code?: string }).code ?? ""})`, { httpStatus: status, now: item.attempts <= 1 });
    }
    try {
      await this.verifyReceipt(text, response.headers.get(CHANNEL_HEADERS.signature));
    } catch (e) {
      return problem("receipt-signature", `the receipt's signature does not verify: ${(e as Error).message}`, { httpStatus: status });
    }
    if (body.sequenceConsumed || body.status !== "rejected") return this.settle(item, status, body);
    if (status === 409) {
      // Our numbering is out of step with the platform's (say, an old backup): renumber past what it has.
      const s = await this.sequenceStatus().catch(() => undefined);
      if (s) this.counters.nextSequence = Math.max(this.counters.nextSequence, s.highestReceived + 1);
      item.sequence = undefined;
      item.signature = undefined;
      item.eventId = crypto.randomUUID();
      this.store.save(item);
      return problem("renumbered", `the platform refused the message's numbering (${body.findings.map((f) => f.ruleId).join(", ")}); renumbered`, { httpStatus: status, findings: body.findings, now: true });
    }
    problem("refused", `the platform refused the message (${body.findings.map((f) => f.ruleId).join(", ")}); it stays in the outbox until the cause is fixed`, { httpStatus: status, findings: body.findings });
  }

  private settle(item: OutboxItem, httpStatus: number, receipt: Receipt): void {
    this.store.settle(item, receipt);
    this.store.remove(item);
    const lane = this.lanes.get(item.orderingKey)!;
    lane.shift();
    if (!lane.length) this.lanes.delete(item.orderingKey);
    this.notBefore.delete(item.orderingKey);
    const d: Delivery = { item, status: receipt.status, httpStatus, receipt };
    this.o.onDelivery?.(d);
    for (const w of this.waiters.get(item.id) ?? []) w(d);
    this.waiters.delete(item.id);
    if (this.pending === 0) for (const w of this.drainWaiters.splice(0)) w();
  }

  private async authorised(path: string, init: RequestInit = {}): Promise<Response> {
    const token = await this.accessToken();
    return this.fetch(this.intakeUrl + path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(this.o.requestTimeoutMs ?? 30_000),
    });
  }

  /** getSequenceStatus: how far the platform has applied this system's sequence. */
  async sequenceStatus(): Promise<SequenceStatus> {
    const r = await this.authorised(CHANNEL_PATHS.sequenceStatus.replace("{systemNo}", this.o.systemNo));
    if (!r.ok) throw new Error(`the sequence status answered ${r.status}`);
    return (await r.json()) as SequenceStatus;
  }

  /**
   * Posts a signed reconciliation manifest of `records` (the latest version of each DATA_KEY the system
   * holds) for `days` (yyyyMMdd) and returns the platform's report.
   */
  async reconcile(records: Iterable<ReportRecord>, days: string[], o: { withItems?: boolean } = {}): Promise<{ manifest: ReconciliationManifest; report: ReconciliationReport }> {
    const manifest = buildManifest({ systemNo: this.o.systemNo, records, days, withItems: o.withItems });
    const body = JSON.stringify(manifest);
    const eventId = crypto.randomUUID();
    const signature = await signDetached(body, this.o.signingKey, {
      [CHANNEL_HEADERS.eventId.toLowerCase()]: eventId,
      [CHANNEL_HEADERS.systemNo.toLowerCase()]: this.o.systemNo,
    });
    const r = await this.authorised(CHANNEL_PATHS.reconciliation, {
      method: "POST",
      headers: { "content-type": "application/json", [CHANNEL_HEADERS.eventId]: eventId, [CHANNEL_HEADERS.systemNo]: this.o.systemNo, [CHANNEL_HEADERS.signature]: signature },
      body,
    });
    const text = await r.text();
    if (r.status !== 200) throw new Error(`the platform refused the manifest (${r.status}): ${text.slice(0, 500)}`);
    await this.verifyReceipt(text, r.headers.get(CHANNEL_HEADERS.signature));
    return { manifest, report: JSON.parse(text) as ReconciliationReport };
  }

  /**
   * Publishes again, each as a new message, the records a reconciliation report names as missing at the
   * platform or differing; `lookup` gives the system's current record of a DATA_KEY. Returns the outbox ids.
   */
  resend(report: ReconciliationReport, lookup: (dataKey: string) => ReportRecord | undefined): string[] {
    const ids: string[] = [];
    for (const b of report.buckets)
      for (const key of [...b.missing, ...b.differing]) {
        const record = lookup(key);
        if (record) ids.push(this.publish(record));
      }
    return ids;
  }
}

class TokenFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * The publisher as the RecordSink a trading system hands each record it makes to (./record-sink.ts):
 * one message per record, ordered by its tender project; resolves once the message is in the outbox.
 */
export function publisherSink(publisher: Publisher): RecordSink {
  return {
    publish: async (e) => {
      publisher.publish(e.record, { occurredAt: e.occurredAt, orderingKey: e.tenderProjectCode });
    },
  };
}

/**
 * A RecordSink to hand a trading system before it knows its SYSTEM_NO (a command line builds the system
 * first): `open` starts the publisher behind it. A record handed over before `open` is refused. In
 * sandbox mode the sink also reconciles after each burst of pushes (./reconciling-sink.ts).
 */
export function lateBoundPublisherSink(o: { sandbox?: boolean } = {}): { sink: RecordSink; open(o: PublisherOptions): Publisher; close(): Promise<void>; readonly publisher: Publisher | undefined } {
  let publisher: Publisher | undefined;
  let inner: (RecordSink & { close?: () => Promise<void> }) | undefined;
  return {
    sink: {
      publish: async (e) => {
        if (!inner) throw new Error(`no publisher yet: ${e.record.DATA_KEY} was not pushed`);
        await inner.publish(e);
      },
    },
    open: (options) => {
      publisher = new Publisher(options).start();
      inner = o.sandbox ? new ReconcilingSink(publisher) : publisherSink(publisher);
      return publisher;
    },
    close: async () => {
      await (inner?.close ? inner.close() : publisher?.stop());
    },
    get publisher() {
      return publisher;
    },
  };
}

/** Opens a publisher and starts delivering (including what an earlier run left in the outbox). */
export function openPublisher(o: PublisherOptions): Publisher {
  return new Publisher(o).start();
}
