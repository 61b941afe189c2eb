/**
 * The bundled reference trading system set up as a certification target of a runner platform, for
 * `npm start`, the runner's self-test and the bench: in sandbox mode, trusting the platform's JWKS,
 * logging users in through its OpenID endpoints, and pushing every record it makes through the
 * vendors' publisher (src/sdk/publisher.ts) to the platform's intake, registered there with its own
 * push client, signing key and single sign-on client.
 * It reconciles as a sandbox system does, after each burst of pushes (src/sdk/reconciling-sink.ts).
 */
import { randomBytes, randomUUID } from "node:crypto";
import { CHANNEL_HEADERS, CHANNEL_PATHS, type Receipt, type ReportRecord } from "../generated/sdk/channel.ts";
import { generateSigningKey, signDetached, type SigningKey } from "../src/auth/index.ts";
import { Publisher } from "../src/sdk/publisher.ts";
import { ReconcilingSink } from "../src/sdk/reconciling-sink.ts";
import type { Credentials, Jwk } from "./credentials.ts";
import type { RunnerPlatform } from "./platform-session.ts";
import { startReferenceSystem, type DefectName, type RecordFactory, type ReferenceSystem } from "./reference-system/index.ts";

/**
 * Deliberate defects of the target's side of the reporting channel, for the runner's self-test: the
 * publisher is sound, so these sit between it and the network (and in the sink's reconciliation).
 */
export const CHANNEL_DEFECTS = {
  "ignore-retry-after": "the platform's Retry-After never reaches the sender, which retries on its own schedule",
  "retry-as-new-message": "a retry goes out under a new event id (signed anew), not as the same message",
  "give-up-after-refusal": "a message refused for its signature or registration is dropped instead of kept for a retry",
  "first-try-without-token": "the first sending of every message carries no access token",
  "skip-sequence-number": "number 3 is never used: the messages from the third on are numbered one higher",
  "no-reconciliation": "the system never posts a reconciliation manifest",
  "no-resend": "the system posts manifests but does not push again what the reply names missing",
} as const;

export type ChannelDefect = keyof typeof CHANNEL_DEFECTS;

export const isChannelDefect = (name: string): name is ChannelDefect => Object.hasOwn(CHANNEL_DEFECTS, name);

export interface ReferenceTargetOptions {
  /** The runner's platform: a session in this process (the target's clients are registered with it), or the URL of one elsewhere. */
  platform: RunnerPlatform | { url: string; issuer?: string };
  defects?: Iterable<DefectName>;
  channelDefects?: Iterable<ChannelDefect>;
  /** How late pushes come under the late-push defect. */
  lateMs?: number;
  host?: string;
  /** The base URL the target is reached at, when not its own (a proxy in front of it). */
  publicUrl?: string;
  /** The reference system's rate limit per client (default its own, 1200 a minute). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Where the scenario records come from (share one factory between targets: making it takes a second). */
  records?: RecordFactory;
  /** Run as a system of this trading domain (land, mining, property-rights; default engineering). */
  domain?: string;
  /** The trading domains the discovery document declares, when they should differ from the domain's (a mislabelled system). */
  declaredDomains?: string[];
}

export interface ReferenceTarget {
  url: string;
  system: ReferenceSystem;
  /** What `ywjy certify --credentials` needs to certify it: the runner's client id and the target's own clients at the platform. */
  credentials: Credentials;
  close(): Promise<void>;
}

const SKIPPED_NUMBER = 3;
const SIGNED_HEADERS = [CHANNEL_HEADERS.eventId, CHANNEL_HEADERS.systemNo, CHANNEL_HEADERS.sequence, CHANNEL_HEADERS.occurredAt, CHANNEL_HEADERS.orderingKey];

/** The publisher's fetch, with the channel defects in force between it and the network. */
function defectiveFetch(defects: ReadonlySet<ChannelDefect>, key: SigningKey): typeof fetch {
  const sent = new Set<string>();
  const refused = new Set<string>();
  /** Signatures made for renumbered messages, so that their retries carry the same one. */
  const resigned = new Map<string, string>();
  const withoutRetryAfter = async (r: Response) => {
    const headers = new Headers(r.headers);
    headers.delete("retry-after");
    return new Response(await r.text(), { status: r.status, headers });
  };
  const push = async (input: Parameters<typeof fetch>[0], init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    const eventId = headers.get(CHANNEL_HEADERS.eventId)!;
    const sequence = Number(headers.get(CHANNEL_HEADERS.sequence));
    if (defects.has("give-up-after-refusal") && refused.has(eventId)) {
      const receipt: Receipt = { receiptId: randomUUID(), status: "accepted", duplicate: false, sequenceConsumed: true, eventId, sequence, receivedAt: new Date().toISOString(), findings: [] };
      return new Response(JSON.stringify(receipt), { status: 200, headers: { "content-type": "application/json" } });
    }
    const renamed = defects.has("retry-as-new-message") && sent.has(eventId);
    const renumbered = defects.has("skip-sequence-number") && sequence >= SKIPPED_NUMBER ? sequence + 1 : sequence;
    if (renamed) headers.set(CHANNEL_HEADERS.eventId, randomUUID());
    if (renumbered !== sequence) headers.set(CHANNEL_HEADERS.sequence, String(renumbered));
    if (renamed || renumbered !== sequence) {
      const signed = Object.fromEntries(SIGNED_HEADERS.map((h) => [h.toLowerCase(), h === CHANNEL_HEADERS.sequence ? renumbered : headers.get(h)]));
      const id = headers.get(CHANNEL_HEADERS.eventId)!;
      const signature = resigned.get(id) ?? (await signDetached(String(init.body), key, signed));
      resigned.set(id, signature);
      headers.set(CHANNEL_HEADERS.signature, signature);
    }
    if (defects.has("first-try-without-token") && !sent.has(eventId)) headers.delete("authorization");
    sent.add(headers.get(CHANNEL_HEADERS.eventId)!);
    const res = await fetch(input, { ...init, headers });
    if (res.status === 400 || res.status === 403) refused.add(eventId);
    return res;
  };
  return async (input, init) => {
    const res = String(input).endsWith(CHANNEL_PATHS.reports) && init?.method === "POST" ? await push(input, init) : await fetch(input, init);
    return defects.has("ignore-retry-after") ? withoutRetryAfter(res) : res;
  };
}

export async function startReferenceTarget(o: ReferenceTargetOptions): Promise<ReferenceTarget> {
  const { platform } = o;
  const issuer = platform.issuer ?? platform.url;
  const secret = () => randomBytes(24).toString("base64url");
  const signingKey = await generateSigningKey("ES256");
  const systemNo = "0201";
  const push = { clientId: `trading-system-${systemNo}`, clientSecret: secret() };
  const sso = { clientId: `system-${systemNo}`, clientSecret: secret() };
  const channelDefects = new Set(o.channelDefects ?? []);
  const publisher = new Publisher({
    platformUrl: platform.url,
    systemNo,
    ...push,
    signingKey,
    // A receipt the defective layer makes up is not signed.
    ...(channelDefects.has("give-up-after-refusal") ? {} : { verifyReceipts: "discover" as const }),
    requestTimeoutMs: 10_000,
    ...(channelDefects.size ? { fetch: defectiveFetch(channelDefects, signingKey) } : {}),
  });
  const sink = new ReconcilingSink(publisher, { reconcile: !channelDefects.has("no-reconciliation"), resend: !channelDefects.has("no-resend") });
  const system = await startReferenceSystem({
    host: o.host ?? "127.0.0.1",
    sandbox: true,
    ...(o.publicUrl ? { baseUrl: o.publicUrl } : {}),
    defects: o.defects,
    ...(o.records ? { records: o.records } : {}),
    ...(o.rateLimit ? { rateLimit: o.rateLimit } : {}),
    ...(o.lateMs !== undefined ? { lateMs: o.lateMs } : {}),
    ...(o.domain ? { domain: o.domain } : {}),
    identity: { SYSTEM_NO: systemNo, ...(o.declaredDomains ? { domains: o.declaredDomains } : {}) },
    platform: { issuer, keys: new URL(`${platform.url}/.well-known/jwks.json`), jwksUri: `${platform.url}/.well-known/jwks.json` },
    sso,
    sink,
    log: () => {},
  });
  const platformClients = [
    { ...push, name: "reference system (push)", systemNo, jwks: { keys: [signingKey.publicJwk as Jwk] } },
    { ...sso, name: "reference system (single sign-on)", redirectUris: [`${system.url}/sso/callback`] },
  ];
  if ("register" in platform) for (const c of platformClients) platform.register(c);
  publisher.start();
  return {
    url: system.url,
    system,
    credentials: { clientId: "ywjy-conformance-runner", platformClients },
    async close() {
      await system.close();
      await sink.close();
    },
  };
}
