/**
 * Shared by the channel, platform and end-to-end tests: valid records from the bundled examples, a mock
 * platform on loopback with one registered trading system, and hand-made signed messages (to break them
 * one way at a time).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHANNEL_HEADERS, CHANNEL_PATHS, CONTENT_TYPES, PUSH_SCOPE, type Receipt, type ReportRecord } from "../../generated/sdk/channel.ts";
import { generateSigningKey, signDetached, type SigningKey } from "../../src/auth/index.ts";
import { specsDir } from "../../src/paths.ts";
import { orderingKeyOf, startMockPlatform, type MockPlatform, type MockPlatformOptions } from "../../src/platform/index.ts";
import { Publisher, type PublisherOptions } from "../../src/sdk/publisher.ts";

export const SYSTEM_NO = "0201";
export const CLIENT = { clientId: "trading-system-0201", clientSecret: "test-secret-0201" };

const examplesDir = join(specsDir, "reporting", "examples");

/** The bundled example record of a data set (a fresh copy). */
export function example(dataNo: number): ReportRecord {
  const file = readdirSync(examplesDir).find((f) => f.startsWith(`${dataNo}-`));
  if (!file) throw new Error(`no example of ${dataNo}`);
  return JSON.parse(readFileSync(join(examplesDir, file), "utf8")) as ReportRecord;
}

/** The example of `dataNo` as record number `n` (its own DATA_KEY), with context fields changed. */
export function variant(dataNo: number, n: number, context: Record<string, string> = {}): ReportRecord {
  const r = example(dataNo);
  r.DATA_KEY = r.DATA_KEY.slice(0, 7) + String(n).padStart(15, "0");
  Object.assign(r.context, context);
  return r;
}

export interface TestPlatform {
  platform: MockPlatform;
  key: SigningKey;
  /** A push token of the system's client. */
  token(): Promise<string>;
  /** Posts a message to the intake as it is. */
  post(m: Message, path?: string): Promise<{ status: number; body: any; headers: Headers }>;
  publisher(o?: Partial<PublisherOptions>): Publisher;
  close(): Promise<void>;
}

export async function testPlatform(o: MockPlatformOptions = {}): Promise<TestPlatform> {
  const key = await generateSigningKey();
  const platform = await startMockPlatform({ ...o, clients: [{ ...CLIENT, systemNo: SYSTEM_NO, jwks: { keys: [key.publicJwk] } }, ...(o.clients ?? [])] });
  const publishers: Publisher[] = [];
  const token = async () => clientToken(platform, CLIENT.clientId, CLIENT.clientSecret);
  return {
    platform,
    key,
    token,
    async post(m, path = CHANNEL_PATHS.reports) {
      const r = await fetch(platform.intakeUrl + path, { method: "POST", headers: { authorization: `Bearer ${await token()}`, ...m.headers }, body: m.body });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : undefined, headers: r.headers };
    },
    publisher(p = {}) {
      const pub = new Publisher({ platformUrl: platform.url, systemNo: SYSTEM_NO, ...CLIENT, signingKey: key, retry: { initialDelayMs: 5, maxDelayMs: 50 }, ...p });
      publishers.push(pub);
      return pub;
    },
    async close() {
      await Promise.all(publishers.map((p) => p.stop()));
      await platform.close();
    },
  };
}

/** A client-credentials token from the platform. */
export async function clientToken(platform: MockPlatform, clientId: string, clientSecret: string, scope = PUSH_SCOPE): Promise<string> {
  const r = await fetch(platform.auth.url("token"), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret, scope }).toString(),
  });
  const body = (await r.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export interface Message {
  headers: Record<string, string>;
  body: string;
}

export interface MessageSpec {
  key: SigningKey;
  body: unknown;
  sequence: number;
  eventId?: string;
  systemNo?: string;
  occurredAt?: string;
  orderingKey?: string;
  contentType?: string;
  /** Values the signature's protected header carries instead of the headers'. */
  signed?: Record<string, unknown>;
}

/** A signed message as the channel document describes it (or not quite, as `spec` says). */
export async function message(spec: MessageSpec): Promise<Message> {
  const body = typeof spec.body === "string" ? spec.body : JSON.stringify(spec.body);
  const rec = (typeof spec.body === "object" ? spec.body : {}) as Partial<ReportRecord> & { records?: ReportRecord[] };
  const first = rec.records?.[0] ?? rec;
  const h = {
    [CHANNEL_HEADERS.eventId]: spec.eventId ?? crypto.randomUUID(),
    [CHANNEL_HEADERS.systemNo]: spec.systemNo ?? SYSTEM_NO,
    [CHANNEL_HEADERS.sequence]: String(spec.sequence),
    [CHANNEL_HEADERS.occurredAt]: spec.occurredAt ?? new Date().toISOString(),
    [CHANNEL_HEADERS.orderingKey]: encodeURIComponent(spec.orderingKey ?? orderingKeyOf(first) ?? first.DATA_KEY ?? "none"),
  };
  const protectedHeader: Record<string, unknown> = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), k === CHANNEL_HEADERS.sequence ? Number(v) : v]));
  Object.assign(protectedHeader, spec.signed);
  const signature = await signDetached(body, spec.key, protectedHeader);
  return {
    headers: { ...h, [CHANNEL_HEADERS.signature]: signature, "content-type": spec.contentType ?? (rec.records ? CONTENT_TYPES.reportPackage : CONTENT_TYPES.reportRecord) },
    body,
  };
}

/** A report package of the system around `records`. */
export function reportPackage(records: ReportRecord[], systemNo = SYSTEM_NO) {
  return { packageId: crypto.randomUUID(), specVersion: "0.1.0", SYSTEM_NO: systemNo, PLATFORM_CODE: records[0]!.context.PLATFORM_CODE!, createdAt: new Date().toISOString(), records };
}

export const ruleIds = (r: Receipt) => r.findings.map((f) => f.ruleId);
