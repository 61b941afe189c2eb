/**
 * The runner's own platform side for one certification run: the mock city platform of src/platform
 * (the same intake, receipts, reconciliation, OpenID provider and fault injection), embedded and
 * watched. The target is configured with its URL: the target verifies the runner's tokens against its
 * JWKS, pushes its records to its intake, posts its reconciliation manifests there, and logs users in
 * through its OpenID endpoints for the single sign-on checks.
 *
 * What the checks get besides: every push and manifest as it arrived (headers, time, the answer and
 * when it was sent, or that no answer was sent), waiting on them with a bounded timeout, fault rules,
 * the system's signing keys switched off and on, and a record the platform pretends to have lost in
 * its reconciliation replies. The admin API of the mock platform (/mock/…) is not served: the target
 * cannot configure the platform that certifies it.
 *
 * The platform starts empty each run, while a system certified before continues its numbering. When
 * a system's first message is not number 1 and no number 1 has come a moment later (messages of
 * several tender projects travel at once), the lowest number received becomes the start of its
 * sequence here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { calculateJwkThumbprint, importJWK, type CryptoKey, type JWK } from "jose";
import {
  CHANNEL_BASE_PATH,
  CHANNEL_HEADERS,
  CHANNEL_PARAMETERS,
  CHANNEL_PATHS,
  type ReconciliationManifest,
  type ReconciliationReport,
} from "../generated/sdk/channel.ts";
import { generateSigningKey, type SigningAlg, type SigningKey } from "../src/auth/index.ts";
import { compareManifest, OIDC_PATHS, sendIntakeReply, signedJson, startMockPlatform, type ClientConfig, type FaultRule, type IntakeLimits, type MockPlatform } from "../src/platform/index.ts";
import { closeAfter, readBodyUpTo, type ServerLimits } from "../src/sdk/server.ts";
import type { PlatformSession } from "./context.ts";
import type { Credentials } from "./credentials.ts";

/**
 * How long the channel checks wait for what they expect (ms). A conforming target answers well within
 * them. The defaults are the channel's published parameters receiveWindow, retryWindow and reconcileWindow.
 */
export interface ChannelTiming {
  /** For every record of a scenario to reach the intake (default: the lesser of deliveryDeadline and receiveWindow). */
  receiveWindowMs: number;
  /** For a message held up by injected faults to be retried and delivered (default retryWindow). */
  retryWindowMs: number;
  /** For a reconciliation manifest, and for the re-sent records and manifest after a reply naming missing records (default reconcileWindow). */
  reconcileWindowMs: number;
}

export interface PlatformSessionOptions {
  credentials: Credentials;
  /** Where to listen (default 127.0.0.1, a free port). */
  host?: string;
  port?: number;
  /** The origin the target reaches this platform at, when it is not http://host:port. */
  publicUrl?: string;
  /** Intake limits; `deliveryDeadlineMs` is the timeliness limit pushes are judged by. */
  limits?: Partial<IntakeLimits>;
  /** Timeouts and connection limits of its HTTP server (default: the access standard's). */
  serverLimits?: Partial<ServerLimits>;
  timing?: Partial<ChannelTiming>;
  /** Clients of the target at this platform, besides those of the credentials (its push client, its single sign-on client). */
  clients?: ClientConfig[];
}

/** The headers of a push or manifest, as sent. */
export interface ChannelHeaders {
  eventId?: string;
  systemNo?: string;
  sequence?: number;
  occurredAt?: string;
  orderingKey?: string;
  signature?: string;
  contentType?: string;
  /** Whether an Authorization header was sent (its value is never kept). */
  authorization: boolean;
}

/** One request to the intake's reports or reconciliation endpoint. */
export interface ChannelAttempt {
  n: number;
  target: "reports" | "reconciliation";
  /** Epoch ms when the request arrived, and when its exchange ended (answered or cut). */
  at: number;
  endedAt?: number;
  headers: ChannelHeaders;
  /** The HTTP status answered; absent when the connection was closed without an answer. */
  status?: number;
  /** The answer's JSON body: a receipt, a reconciliation report, or a problem. */
  body?: any;
  /** Answered by an injected fault rather than by the intake. */
  injected: boolean;
}

const seconds = (p: { value: number | string; unit: string }): number => Number(p.value) * 1000;
const DEFAULT_TIMING = (limits: IntakeLimits): ChannelTiming => ({
  receiveWindowMs: Math.min(limits.deliveryDeadlineMs, seconds(CHANNEL_PARAMETERS.receiveWindow)),
  retryWindowMs: seconds(CHANNEL_PARAMETERS.retryWindow),
  reconcileWindowMs: seconds(CHANNEL_PARAMETERS.reconcileWindow),
});

/** A SigningKey from a private JWK (the credentials' platformKey). */
async function signingKeyFromJwk(jwk: JWK): Promise<SigningKey> {
  const alg: SigningAlg = jwk.crv === "Ed25519" ? "EdDSA" : "ES256";
  const { d: _d, ...pub } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(pub));
  return { alg, kid, privateKey: (await importJWK(jwk, alg)) as CryptoKey, publicJwk: { ...pub, kid, alg, use: "sig" } };
}


/** How many pushes and manifests a session keeps (a flooding target is still answered, no longer watched). */
const MAX_ATTEMPTS = 100_000;

/** How long the platform waits for number 1 before it takes a system's lowest number as the start of its sequence. */
const SEQUENCE_ADOPTION_MS = 1000;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export class RunnerPlatform implements PlatformSession {
  readonly attempts: ChannelAttempt[] = [];
  readonly timing: ChannelTiming;
  private readonly changed = new Set<() => void>();
  private readonly adopting = new Set<string>();
  /** DATA_KEYs the reconciliation replies leave out, until the record is pushed again. */
  private readonly lost = new Map<string, number>();

  private constructor(
    readonly mock: MockPlatform,
    readonly issuer: string,
    readonly tokenKey: SigningKey,
    timing: Partial<ChannelTiming> | undefined,
  ) {
    this.timing = { ...DEFAULT_TIMING(mock.intake.limits), ...timing };
    const [platformHandler] = mock.server.listeners("request") as Array<(req: IncomingMessage, res: ServerResponse) => void>;
    mock.server.removeAllListeners("request");
    mock.server.on("request", (req: IncomingMessage, res: ServerResponse) => this.route(req, res, platformHandler!));
    mock.intake.onEvent(() => this.notify());
  }

  static async start(o: PlatformSessionOptions): Promise<RunnerPlatform> {
    const key = o.credentials.platformKey ? await signingKeyFromJwk(o.credentials.platformKey) : await generateSigningKey("ES256");
    const clients = [...(o.credentials.platformClients ?? []), ...(o.clients ?? [])].map((c) =>
      c.systemNo && !c.jwks && o.credentials.systemJwks ? { ...c, jwks: o.credentials.systemJwks } : c,
    );
    const mock = await startMockPlatform({ host: o.host, port: o.port, publicUrl: o.publicUrl, key, clients, limits: o.limits, serverLimits: o.serverLimits });
    return new RunnerPlatform(mock, o.credentials.issuer ?? mock.url, key, o.timing);
  }

  /** The URL the target is configured with as its platform. */
  get url(): string {
    return this.mock.url;
  }
  get intakeUrl(): string {
    return this.mock.intakeUrl;
  }
  get intake() {
    return this.mock.intake;
  }
  get deliveryDeadlineMs(): number {
    return this.mock.intake.limits.deliveryDeadlineMs;
  }

  register(client: ClientConfig): void {
    this.mock.register(client);
  }

  /** When the target fetched the platform's JWKS (epoch ms). */
  readonly jwksFetches: number[] = [];

  /**
   * Makes a new token-signing key and publishes its public half in the JWKS, next to the key the run
   * signs with — as the platform does when it rotates its key. Tokens of the new key are for the
   * key-rotation check only; the run's other tokens keep the old key.
   */
  async publishNextTokenKey(): Promise<SigningKey> {
    const next = await generateSigningKey("ES256");
    this.mock.auth.publishKey(next.publicJwk);
    return next;
  }

  private route(req: IncomingMessage, res: ServerResponse, platform: (req: IncomingMessage, res: ServerResponse) => void): void {
    const path = new URL(req.url ?? "/", "http://platform").pathname;
    if (req.method === "GET" && path === OIDC_PATHS.jwks) this.jwksFetches.push(Date.now());
    if (path === "/mock" || path.startsWith("/mock/")) {
      res.writeHead(404, { "content-type": "application/problem+json" });
      res.end(JSON.stringify({ type: "about:blank", title: "not found", status: 404 }));
      return;
    }
    const target = req.method !== "POST" ? undefined : path === CHANNEL_BASE_PATH + CHANNEL_PATHS.reports ? "reports" : path === CHANNEL_BASE_PATH + CHANNEL_PATHS.reconciliation ? "reconciliation" : undefined;
    if (!target || this.attempts.length >= MAX_ATTEMPTS) return platform(req, res);
    const attempt = this.record(req, res, target);
    if (target === "reports") this.adoptSequenceStart(attempt.headers);
    if (target === "reconciliation" && this.lost.size > 0) void this.reconcileWithLoss(req, res).catch(() => res.destroy());
    else platform(req, res);
  }

  /** Logs the request, and its answer as it is sent. */
  private record(req: IncomingMessage, res: ServerResponse, target: ChannelAttempt["target"]): ChannelAttempt {
    const h = (name: string) => first(req.headers[name.toLowerCase()]);
    const seq = Number(h(CHANNEL_HEADERS.sequence));
    const attempt: ChannelAttempt = {
      n: this.attempts.length + 1,
      target,
      at: Date.now(),
      headers: {
        eventId: h(CHANNEL_HEADERS.eventId),
        systemNo: h(CHANNEL_HEADERS.systemNo),
        ...(h(CHANNEL_HEADERS.sequence) !== undefined && Number.isSafeInteger(seq) ? { sequence: seq } : {}),
        occurredAt: h(CHANNEL_HEADERS.occurredAt),
        orderingKey: h(CHANNEL_HEADERS.orderingKey),
        signature: h(CHANNEL_HEADERS.signature),
        contentType: h("content-type"),
        authorization: req.headers.authorization !== undefined,
      },
      injected: false,
    };
    this.attempts.push(attempt);
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      attempt.status = res.statusCode;
      attempt.endedAt = Date.now();
      const chunk = args[0];
      if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
        try {
          attempt.body = JSON.parse(chunk.toString());
          attempt.injected = attempt.body?.code === "fault-injected";
        } catch {
          /* not JSON: kept as status only */
        }
      }
      return end(...args);
    }) as typeof res.end;
    res.on("close", () => {
      attempt.endedAt ??= Date.now();
      if (attempt.status !== undefined && !res.writableFinished) delete attempt.status;
      if (target === "reports" && attempt.status !== undefined) this.found(attempt);
      this.notify();
    });
    return attempt;
  }

  private adoptSequenceStart(h: ChannelHeaders): void {
    const systemNo = h.systemNo;
    if (!systemNo || h.sequence === undefined || h.sequence < 2 || this.adopting.has(systemNo) || !/^[0-9A-Za-z]{4}$/.test(systemNo)) return;
    const intake = this.mock.intake;
    if (intake.state(systemNo).appliedThrough !== 0) return;
    this.adopting.add(systemNo);
    setTimeout(() => {
      const s = intake.state(systemNo);
      if (s.appliedThrough !== 0 || s.bySequence.has(1) || s.bySequence.size === 0) return;
      s.appliedThrough = Math.min(...s.bySequence.keys()) - 1;
      intake.replay([]);
      this.notify();
    }, SEQUENCE_ADOPTION_MS).unref();
  }

  /** A record the platform pretended to have lost is found again when a message carrying it is stored. */
  private found(a: ChannelAttempt): void {
    if (this.lost.size === 0 || (a.body?.status !== "accepted" && a.body?.status !== "held") || a.body?.duplicate) return;
    for (const r of (a.body.records ?? []) as Array<{ DATA_KEY: string }>) if ((this.lost.get(r.DATA_KEY) ?? Infinity) < a.at) this.lost.delete(r.DATA_KEY);
  }

  /** The intake's answer to a manifest, compared as if the lost records were not held. */
  private async reconcileWithLoss(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const intake = this.mock.intake;
    const admitted = await intake.admit(req.headers);
    if ("status" in admitted) {
      closeAfter(req, res);
      return sendIntakeReply(res, admitted);
    }
    const { body } = await readBodyUpTo(req, intake.limits.maxMessageBytes);
    closeAfter(req, res);
    const reply = await intake.manifest({ headers: req.headers, body, admitted });
    let text = reply.text;
    let signature = reply.signature;
    if (reply.status === 200) {
      const real = reply.body as ReconciliationReport;
      const manifest = JSON.parse(body.toString("utf8")) as ReconciliationManifest;
      const held = intake.store.itemsOf(manifest.systemNo).filter((i) => !this.lost.has(i.DATA_KEY));
      const report = { ...compareManifest(manifest, held, new Date(real.checkedAt)), findings: real.findings };
      ({ text, signature } = await signedJson(report, this.tokenKey));
    }
    sendIntakeReply(res, { ...reply, text, signature });
  }

  private notify(): void {
    for (const f of [...this.changed]) f();
  }

  /** Resolves true as soon as `ready()` holds (tested whenever a push, manifest or receipt changes something), false after `timeoutMs`. */
  until(ready: () => boolean, timeoutMs: number): Promise<boolean> {
    if (ready()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (v: boolean) => {
        clearTimeout(timer);
        this.changed.delete(test);
        resolve(v);
      };
      const test = () => {
        if (ready()) done(true);
      };
      const timer = setTimeout(() => done(ready()), Math.max(0, timeoutMs));
      this.changed.add(test);
    });
  }

  addFault(rule: FaultRule) {
    return this.mock.faults.add(rule);
  }
  removeFault(id: string): void {
    this.mock.faults.remove(id);
  }

  /** Makes the platform refuse every signature of the system (its registered keys withdrawn); returns the function that restores them. */
  withdrawSigningKeys(systemNo: string): () => void {
    const clients = this.mock.registry.list().filter((c) => c.systemNo === systemNo);
    for (const c of clients) this.mock.registry.register({ ...c, jwks: { keys: [] } });
    return () => {
      for (const c of clients) this.mock.registry.register(c);
    };
  }

  /** From now on, reconciliation replies say the platform does not hold `dataKey`, until a message carrying it is stored again. */
  loseRecord(dataKey: string): void {
    this.lost.set(dataKey, Date.now());
  }
  isLost(dataKey: string): boolean {
    return this.lost.has(dataKey);
  }

  close(): Promise<void> {
    return this.mock.close();
  }
}

export const startPlatformSession = (o: PlatformSessionOptions) => RunnerPlatform.start(o);

export const isRunnerPlatform = (p: PlatformSession): p is RunnerPlatform => p instanceof RunnerPlatform;
