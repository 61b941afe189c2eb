/**
 * The bundled reference trading system set up as a certification target of a runner platform, for
 * `npm start`, the runner's self-test and the bench: in sandbox mode, trusting the platform's JWKS,
 * logging users in through its OpenID endpoints, and pushing every record it makes through the
 * vendors' publisher (src/sdk/publisher.ts) to the platform's intake, registered there with its own
 * push client, signing key and single sign-on client.
 *
 * Reconciliation as a sandbox system does it: once the pushes of a burst of records are delivered, it
 * posts the manifest of the records it has handed to the channel (the latest version of each DATA_KEY),
 * for every day they fall on; when the reply names missing or differing records, it pushes them again
 * as new messages and posts the manifest again. (A production system posts the previous day's manifest
 * from its database; reconciling right after each burst, the sandbox covers what it handed over, so that
 * a push still on its way is not taken for a lost one.)
 */
import { randomBytes } from "node:crypto";
import type { ReportRecord } from "../generated/sdk/channel.ts";
import { generateSigningKey } from "../src/auth/index.ts";
import { recordDay } from "../src/platform/reconciliation.ts";
import { Publisher } from "../src/sdk/publisher.ts";
import type { RecordEvent, RecordSink } from "../src/sdk/record-sink.ts";
import type { Credentials } from "./credentials.ts";
import type { RunnerPlatform } from "./platform-session.ts";
import { startReferenceSystem, type DefectName, type RecordFactory, type ReferenceSystem } from "./reference-system/index.ts";

export interface ReferenceTargetOptions {
  /** The runner's platform: a session in this process (the target's clients are registered with it), or the URL of one elsewhere. */
  platform: RunnerPlatform | { url: string; issuer?: string };
  defects?: Iterable<DefectName>;
  /** How late pushes come under the late-push defect. */
  lateMs?: number;
  host?: string;
  /** The base URL the target is reached at, when not its own (a proxy in front of it). */
  publicUrl?: string;
  /** The reference system's rate limit per client (default its own, 1200 a minute). */
  rateLimit?: { limit: number; windowSeconds: number };
  /** Where the scenario records come from (share one factory between targets: making it takes a second). */
  records?: RecordFactory;
}

export interface ReferenceTarget {
  url: string;
  system: ReferenceSystem;
  /** What `ywjy certify --credentials` needs to certify it: the runner's client id and the target's own clients at the platform. */
  credentials: Credentials;
  close(): Promise<void>;
}

const MAX_RECONCILE_ROUNDS = 3;

/** A RecordSink that publishes every record and reconciles once a burst of pushes is delivered. */
class PublishingSink implements RecordSink {
  private running?: Promise<void>;
  private dirty = false;
  private closed = false;
  /** The latest version of each DATA_KEY handed to the channel. */
  private readonly handed = new Map<string, ReportRecord>();

  constructor(private readonly publisher: Publisher) {}

  async publish(e: RecordEvent): Promise<void> {
    if (this.closed) return;
    this.handed.set(e.record.DATA_KEY, e.record as ReportRecord);
    this.publisher.publish(e.record as ReportRecord, { occurredAt: e.occurredAt, ...(e.tenderProjectCode ? { orderingKey: e.tenderProjectCode } : {}) });
    this.dirty = true;
    this.running ??= this.reconcileLoop().finally(() => (this.running = undefined));
  }

  private async reconcileLoop(): Promise<void> {
    while (this.dirty && !this.closed) {
      this.dirty = false;
      await this.publisher.drain();
      for (let round = 0; round < MAX_RECONCILE_ROUNDS && !this.closed; round++) {
        const records = [...this.handed.values()];
        const days = [...new Set(records.map(recordDay).filter((d): d is string => d !== undefined))];
        if (days.length === 0) break;
        const { report } = await this.publisher.reconcile(records, days).catch(() => ({ report: undefined }));
        if (!report || report.status === "match") break;
        this.publisher.resend(report, (k) => this.handed.get(k));
        await this.publisher.drain();
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.publisher.stop();
  }
}

export async function startReferenceTarget(o: ReferenceTargetOptions): Promise<ReferenceTarget> {
  const { platform } = o;
  const issuer = platform.issuer ?? platform.url;
  const secret = () => randomBytes(24).toString("base64url");
  const signingKey = await generateSigningKey("ES256");
  const systemNo = "0201";
  const push = { clientId: `trading-system-${systemNo}`, clientSecret: secret() };
  const sso = { clientId: `system-${systemNo}`, clientSecret: secret() };
  const publisher = new Publisher({ platformUrl: platform.url, systemNo, ...push, signingKey, verifyReceipts: "discover", requestTimeoutMs: 10_000 });
  const sink = new PublishingSink(publisher);
  const system = await startReferenceSystem({
    host: o.host ?? "127.0.0.1",
    sandbox: true,
    ...(o.publicUrl ? { baseUrl: o.publicUrl } : {}),
    defects: o.defects,
    ...(o.records ? { records: o.records } : {}),
    ...(o.rateLimit ? { rateLimit: o.rateLimit } : {}),
    ...(o.lateMs !== undefined ? { lateMs: o.lateMs } : {}),
    identity: { SYSTEM_NO: systemNo },
    platform: { issuer, keys: new URL(`${platform.url}/.well-known/jwks.json`), jwksUri: `${platform.url}/.well-known/jwks.json` },
    sso,
    sink,
    log: () => {},
  });
  const platformClients = [
    { ...push, name: "reference system (push)", systemNo, jwks: { keys: [signingKey.publicJwk] } },
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
