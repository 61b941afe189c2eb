/**
 * The reference trading system: a complete, stateful implementation of the access standard, written
 * against the public SDK (ywjy/sdk) and node:http only. It is the yardstick the conformance runner is
 * calibrated on, and — with `defects` — the source of its deliberately broken variants. Its scenario
 * records come from a RecordFactory (records.ts); the default one (lifecycle.ts) draws them from the
 * synthetic data generator, the one place where the reference system reaches past the SDK.
 *
 * Request pipeline: request id → route (from the OpenAPI document's paths) → sandbox gate → bearer
 * token and scopes (platform JWKS) → rate limit → parameter and body validation (validators compiled
 * from the document) → handler → JSON or problem+json answer.
 *
 * Every record a scenario adds or changes is stored, logged in its tender project's audit trail, and
 * then handed to `options.sink` (a RecordSink; the default does nothing) — the seam where the reporting
 * channel's push publisher plugs in.
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  accessTokenVerifier,
  authorize,
  closeAfter,
  createLimitedServer,
  createRelyingParty,
  etagMatches,
  etagOf,
  expandUriTemplate,
  FixedWindowRateLimiter,
  loadAccessApi,
  MAX_TOKEN_LIFETIME_SECONDS,
  memoryPendingLoginStore,
  noopRecordSink,
  ProblemError,
  rateLimitHeaders,
  readJsonBody,
  requestIdOf,
  scenarioByName,
  scenarioCodes,
  SCENARIO_CATALOGUE,
  sendJson,
  sendProblem,
  TokenError,
  type AccessTokenClaims,
  type components,
  type KeySource,
  type OidcProviderMetadata,
  type OperationId,
  type OperationInfo,
  type PendingLoginStore,
  type RecordSink,
  type ServerLimits,
  type ReportRecord,
  type RelyingParty,
  type ScenarioInput,
  type TokenVerifier,
  sha256Hex,
} from "ywjy/sdk";
import type { DefectName } from "./defects.ts";
import { MODULES, moduleById, type SystemIdentity } from "./identity.ts";
import type { SeedRecord } from "./domains.ts";
import { dataKeyOf, type RecordFactory } from "./records.ts";
import { Store, type ApiRecord, type Position } from "./store.ts";

type Schemas = components["schemas"];

export interface ReferenceSystemOptions {
  /** The system's identity; SYSTEM_NO and PLATFORM_CODE default to the record factory's. */
  identity?: Partial<SystemIdentity>;
  /** Where the scenario records come from. */
  records: RecordFactory;
  /** Records the system holds from the start, besides the scenarios' (a system of another domain: domains.ts). */
  seed?: readonly SeedRecord[];
  /** Directory for the state file; without one the state lives in memory only. */
  dataDir?: string;
  /** Sandbox mode: the conformance hook is on. */
  sandbox?: boolean;
  /** The platform: the token issuer and its keys (a JWKS, or its JWKS URL). */
  platform: { issuer: string; keys: KeySource; jwksUri?: string };
  /** The audience tokens must carry (default urn:ywjy:system:<SYSTEM_NO>). */
  audience?: string;
  /** Single sign-on with the platform as OpenID provider. */
  sso?: { clientId?: string; clientSecret?: string; metadata?: OidcProviderMetadata; keys?: KeySource };
  /** The base URL the system is reached at (default http://127.0.0.1:<port> once listening). */
  baseUrl?: string;
  sink?: RecordSink;
  defects?: Iterable<DefectName>;
  /** Delay of pushes under the late-push defect (default 65 s). */
  lateMs?: number;
  rateLimit?: { limit: number; windowSeconds: number };
  /** Clock of the store (ms since the epoch), for tests. */
  now?: () => number;
  /** Timeouts and connection limits of its HTTP server (default: the access standard's, SERVER_LIMITS). */
  serverLimits?: Partial<ServerLimits>;
  /** Where unexpected errors are reported (default stderr). */
  log?: (message: string) => void;
}

export const SESSION_COOKIE = "ywjy_session";
const SESSION_SECONDS = 8 * 3600;
const PAGE_LIMIT_DEFAULT = 100;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A text/html body instead of JSON. */
  html?: string;
}

/** One call: the request, its operation, and its parameters after validation. */
interface Call {
  req: IncomingMessage;
  url: URL;
  op: OperationInfo;
  path: Record<string, any>;
  query: Record<string, any>;
  header: Record<string, any>;
  body: unknown;
  claims?: AccessTokenClaims;
}

/** Cursor: the last position handed out, bound to the data set and the updatedSince filter. */
interface Cursor {
  v: 1;
  n: number;
  s: number | null;
  u: number;
  k: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

function decodeCursor(text: string): Cursor | undefined {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
    return c.v === 1 && Number.isInteger(c.n) && (c.s === null || Number.isFinite(c.s)) && Number.isFinite(c.u) && typeof c.k === "string" ? c : undefined;
  } catch {
    return undefined;
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    try {
      out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // a cookie that is not percent-encoded text is not ours
    }
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class ReferenceSystem {
  readonly api = loadAccessApi();
  readonly store: Store;
  readonly server: Server;
  readonly defects: ReadonlySet<DefectName>;
  readonly identity: SystemIdentity;
  readonly audience: string;
  private baseUrl?: string;
  private readonly verify: TokenVerifier;
  private readonly limiter: FixedWindowRateLimiter;
  private readonly sessions = new Map<string, { sub: string; name?: string; expiresAt: number }>();
  private rp?: RelyingParty;
  private readonly pendingPushes = new Set<NodeJS.Timeout>();
  private readonly log: (m: string) => void;

  constructor(readonly options: ReferenceSystemOptions) {
    this.defects = new Set(options.defects ?? []);
    const systemNo = options.identity?.SYSTEM_NO ?? "0201";
    this.identity = {
      SYSTEM_NO: systemNo,
      PLATFORM_CODE: options.identity?.PLATFORM_CODE ?? options.records.platformCode,
      name: options.identity?.name ?? { zh: "厦门市建设工程电子招投标交易系统（参考实现）", en: "Xiamen construction e-tendering system (reference implementation)" },
      operator: options.identity?.operator ?? { name: "厦门市公共资源交易中心", creditCode: options.identity?.PLATFORM_CODE ?? options.records.platformCode },
      domains: options.identity?.domains ?? ["engineering"],
    };
    this.audience = options.audience ?? `urn:ywjy:system:${systemNo}`;
    this.store = new Store(options.dataDir, options.now);
    for (const d of options.seed ?? []) {
      const key = this.keyOf(d.DATA_NO, d.businessKey);
      if (!this.store.has(key)) this.store.put({ DATA_NO: d.DATA_NO, DATA_EN: this.dataEn(d.DATA_NO), DATA_TYPE: "1", DATA_KEY: key, context: d.context } as ApiRecord);
    }
    this.verify = this.tokenVerifier();
    this.limiter = new FixedWindowRateLimiter(options.rateLimit ?? { limit: 1200, windowSeconds: 60 });
    this.log = options.log ?? ((m) => process.stderr.write(`reference-system: ${m}\n`));
    this.baseUrl = options.baseUrl?.replace(/\/$/, "");
    // unbounded-headers: a server left at a framework's generous header limit (1 MiB) instead of maxHeaderBytes.
    const headerLimit = this.has("unbounded-headers") ? { maxHeaderBytes: 1 << 20 } : {};
    this.server = createLimitedServer((req, res) => void this.handle(req, res), { ...options.serverLimits, ...headerLimit });
  }

  private has(d: DefectName): boolean {
    return this.defects.has(d);
  }

  get url(): string {
    if (!this.baseUrl) throw new Error("the reference system is not listening yet");
    return this.baseUrl;
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve());
    });
    const addr = this.server.address() as AddressInfo;
    this.baseUrl ??= `http://${host.includes(":") ? `[${host}]` : host}:${addr.port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    for (const t of this.pendingPushes) clearTimeout(t);
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- Authentication ------------------------------------------------------------------------

  /** The platform-token verifier; defect switches make it tolerate one kind of bad token. */
  private tokenVerifier(): TokenVerifier {
    const strict = accessTokenVerifier(this.options.platform.keys, {
      issuer: this.options.platform.issuer,
      audience: this.audience,
      ...(this.has("jwks-fetched-once") ? { jwksCooldownMs: 24 * 3600_000 } : {}),
    });
    const part = (token: string, i: number) => JSON.parse(Buffer.from(token.split(".")[i]!, "base64url").toString("utf8")) as Record<string, unknown>;
    const now = () => Date.now() / 1000;
    // Each defect tolerates one way a token fails: (the error, the token's header, its claims) → accept?
    const tolerated: Array<(e: TokenError, header: Record<string, unknown>, claims: Record<string, unknown>) => boolean> = [
      ...(this.has("accept-expired-token") ? [(e: TokenError) => e.code === "token-expired"] : []),
      ...(this.has("accept-wrong-audience") ? [(e: TokenError) => e.code === "token-wrong-audience"] : []),
      ...(this.has("accept-bad-signature") ? [(e: TokenError) => e.code === "token-bad-signature"] : []),
      ...(this.has("trust-token-alg") ? [(_e: TokenError, h: Record<string, unknown>) => h.alg === "none" || h.alg === "HS256"] : []),
      ...(this.has("accept-unbounded-expiry") ? [(e: TokenError, _h: Record<string, unknown>, c: Record<string, unknown>) => e.code === "token-malformed" && (typeof c.exp !== "number" || c.exp > now() + MAX_TOKEN_LIFETIME_SECONDS)] : []),
    ];
    if (tolerated.length === 0) return strict;
    return async (authorization, scope) => {
      try {
        return await strict(authorization, scope);
      } catch (e) {
        if (!(e instanceof TokenError) || !authorization) throw e;
        let header: Record<string, unknown>, claims: Record<string, unknown>;
        try {
          const token = authorization.replace(/^Bearer /, "");
          [header, claims] = [part(token, 0), part(token, 1)];
        } catch {
          throw e;
        }
        // The defective system reads the claims without the check that failed.
        if (tolerated.some((accepts) => accepts(e, header, claims))) return claims as AccessTokenClaims;
        throw e;
      }
    };
  }

  // ---- Pipeline ------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = requestIdOf(req);
    const base: Record<string, string> = this.has("no-request-id") ? {} : { "X-Request-Id": requestId };
    const url = new URL(req.url ?? "/", "http://localhost");
    let rate: Record<string, string> = {};
    try {
      const matched = this.api.match(req.method ?? "GET", url.pathname);
      if ("error" in matched) {
        if (matched.error === "method-not-allowed") throw new ProblemError("method-not-allowed", `${req.method} is not allowed on ${url.pathname}`, { headers: { Allow: matched.allowed!.join(", ") } });
        throw new ProblemError("not-found", `no resource at ${url.pathname}`);
      }
      const { operation: op, pathParams } = matched;
      if (op.id === "runScenario" && !this.options.sandbox) throw new ProblemError("sandbox-disabled", "the conformance hook exists in sandbox mode only");
      const claims = await authorize(this.verify, this.has("ignore-scopes") && op.scopes ? { ...op, scopes: [] } : op, req.headers.authorization);
      const limit = this.limiter.take(claims ? `client:${claims.client_id ?? claims.sub}` : `ip:${req.socket.remoteAddress}`);
      if (op.scopes && !this.has("no-rate-limit-headers")) rate = rateLimitHeaders(limit);
      if (!limit.allowed) throw new ProblemError("rate-limited", `retry in ${limit.resetSeconds} seconds`, { headers: { "Retry-After": String(limit.resetSeconds) } });
      const { values, errors } = this.api.validateParameters(op, { path: pathParams, query: url.searchParams, headers: req.headers });
      const body = op.hasBody ? await readJsonBody(req) : undefined;
      if (op.hasBody) errors.push(...this.api.validateRequestBody(op, body));
      if (errors.length) throw new ProblemError("invalid-request", errors.map((e) => `${e.name}: ${e.message}`).join("; "), { errors });
      const reply = await this.dispatch({ req, url, op, path: values.path, query: values.query, header: values.header, body, claims });
      const headers = { ...base, ...rate, ...reply.headers };
      closeAfter(req, res);
      if (reply.html !== undefined) {
        res.writeHead(reply.status, { ...headers, "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(reply.html) });
        res.end(reply.html);
      } else if (reply.body === undefined) {
        res.writeHead(reply.status, headers);
        res.end();
      } else sendJson(res, reply.status, reply.body, headers);
    } catch (e) {
      // A client that went away mid-request (aborted, reset) gets no answer, and is no error of the system's.
      if (req.socket.destroyed || res.destroyed) return;
      closeAfter(req, res);
      const err = e instanceof ProblemError ? e : e instanceof TokenError ? new ProblemError(e.code, e.message) : undefined;
      if (!err) this.log(`${req.method} ${url.pathname}: ${(e as Error).stack ?? e}`);
      const problem = (err ?? new ProblemError("internal-error")).toProblem(url.pathname + url.search, requestId);
      const { "WWW-Authenticate": challenge, ...extra } = err?.extra.headers ?? {};
      const headers = { ...base, ...rate, ...extra, ...(challenge && !this.has("no-www-authenticate") ? { "WWW-Authenticate": challenge } : {}) };
      if (this.has("wrong-error-format")) {
        res.writeHead(problem.status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
        res.end(`error: ${problem.title}`);
      } else sendProblem(res, problem, headers);
    }
  }

  private dispatch(r: Call): Promise<Reply> | Reply {
    const handlers: Record<OperationId, (r: Call) => Promise<Reply> | Reply> = {
      getDiscovery: () => ({ status: 200, body: this.discovery() }),
      getHealth: () => ({ status: 200, body: { status: "ok", specVersion: this.specVersion, time: new Date().toISOString(), checks: { storage: "ok" } } satisfies Schemas["Health"] }),
      listDataSets: () => ({ status: 200, body: this.dataSets() }),
      listRecords: (r) => this.listRecords(r),
      getRecord: (r) => this.getRecord(r),
      getAuditTrail: (r) => this.auditTrail(r),
      getAuditDigest: (r) => this.auditDigest(r),
      ssoLogin: (r) => this.ssoLogin(r),
      ssoCallback: (r) => this.ssoCallback(r),
      openModule: (r) => this.openModule(r),
      runScenario: (r) => this.runScenario(r),
    };
    return handlers[r.op.id](r);
  }

  private get specVersion(): string {
    return this.api.document.info.version;
  }

  // ---- Discovery -----------------------------------------------------------------------------

  /** The DATA_NOs the system produces (every scenario's effects). */
  private servedDataNos(): number[] {
    const produced = SCENARIO_CATALOGUE.scenarios.flatMap((s) => s.effects.map((e) => e.DATA_NO as number));
    return [...new Set([...produced, ...this.store.dataNos()])].sort((a, b) => a - b);
  }

  discovery(): Schemas["Discovery"] {
    const base = this.url;
    return {
      ...this.identity,
      specVersions: [this.specVersion],
      baseUrl: base,
      sandbox: this.options.sandbox === true,
      auth: {
        issuer: this.options.platform.issuer,
        audience: this.audience,
        ...(this.options.platform.jwksUri ? { jwksUri: this.options.platform.jwksUri } : {}),
        scopes: ["records:read", "audit:read", "conformance:run"],
      },
      sso: {
        provider: this.options.platform.issuer,
        clientId: this.options.sso?.clientId ?? `system-${this.identity.SYSTEM_NO}`,
        loginUrl: `${base}/sso/login`,
        callbackUrl: `${base}/sso/callback`,
      },
      dataSets: this.servedDataNos(),
      modules: this.has("discovery-incomplete")
        ? []
        : MODULES.map((m) => ({
            id: m.id,
            zh: m.zh,
            en: m.en,
            stage: m.stage,
            deepLink: `${base}/modules/${m.id}{?tenderProjectCode,bidSectionCode}`,
            loginLink: `${base}/sso/login?module=${m.id}{&tenderProjectCode,bidSectionCode}`,
          })),
    };
  }

  // ---- Data ----------------------------------------------------------------------------------

  private dataEn(dataNo: number): string {
    return this.api.dataSets().get(dataNo)?.dataEn ?? "";
  }

  private dataSets(): Schemas["DataSetList"] {
    return {
      items: this.servedDataNos().map((n) => ({ DATA_NO: n, DATA_EN: this.dataEn(n), ...this.store.count(n) })),
    };
  }

  private served(dataNo: number): void {
    if (!this.servedDataNos().includes(dataNo)) throw new ProblemError("data-set-unknown", `this system does not serve data set ${dataNo}`);
  }

  private withEtag(r: Call, body: unknown): Reply {
    if (this.has("etag-ignored")) return { status: 200, body };
    const etag = etagOf(body);
    if (etagMatches(r.header["If-None-Match"], etag)) return { status: 304, headers: { ETag: etag } };
    return { status: 200, body, headers: { ETag: etag } };
  }

  private listRecords(r: Call): Reply {
    const dataNo: number = r.path.dataNo;
    this.served(dataNo);
    const limit: number = r.query.limit ?? PAGE_LIMIT_DEFAULT;
    const sinceText: string | undefined = this.has("updated-since-ignored") ? undefined : r.query.updatedSince;
    const since = sinceText === undefined ? null : Date.parse(sinceText);
    let from: Position | undefined;
    if (r.query.cursor !== undefined) {
      const c = decodeCursor(r.query.cursor);
      if (!c) throw new ProblemError("cursor-invalid", "the cursor is not one this system handed out", { errors: [{ in: "query", name: "cursor", message: "is not a cursor of this system" }] });
      if (c.n !== dataNo || c.s !== since)
        throw new ProblemError("cursor-invalid", "the cursor belongs to another data set or updatedSince", { errors: [{ in: "query", name: "cursor", message: "does not match dataNo and updatedSince" }] });
      from = { updatedAt: c.u, key: c.k };
    }
    const page = this.store.page(dataNo, { since: since ?? undefined, from, limit });
    let items = page.items;
    if (this.has("pagination-skips-record") && from) items = items.slice(1);
    const last = page.items[page.items.length - 1];
    const nextCursor = page.more && last ? encodeCursor({ v: 1, n: dataNo, s: since, u: Date.parse(last.updatedAt), k: last.record.DATA_KEY }) : null;
    const body: Schemas["RecordPage"] = { items: items.map((s) => ({ updatedAt: s.updatedAt, record: s.record })), nextCursor };
    return this.withEtag(r, body);
  }

  private getRecord(r: Call): Reply {
    const dataNo: number = r.path.dataNo;
    this.served(dataNo);
    const stored = this.store.get(r.path.dataKey);
    if (!stored || stored.record.DATA_NO !== dataNo) throw new ProblemError("record-not-found", `no record ${r.path.dataKey} in data set ${dataNo}`);
    return this.withEtag(r, { updatedAt: stored.updatedAt, record: stored.record } satisfies Schemas["RecordItem"]);
  }

  // ---- Audit trail ---------------------------------------------------------------------------

  private trailOf(code: string) {
    const trail = this.store.trail(code);
    if (!trail) throw new ProblemError("tender-project-not-found", `no audit trail for tender project ${code}`);
    return trail;
  }

  private auditTrail(r: Call): Reply {
    const code: string = r.path.tenderProjectCode;
    return { status: 200, body: { tenderProjectCode: code, entries: this.trailOf(code) } satisfies Schemas["AuditTrail"] };
  }

  private auditDigest(r: Call): Reply {
    const code: string = r.path.tenderProjectCode;
    const trail = this.trailOf(code);
    return {
      status: 200,
      body: {
        tenderProjectCode: code,
        length: trail.length,
        head: trail[trail.length - 1]!.hash,
        algorithm: "SHA-256",
        canonicalization: "RFC8785",
        at: new Date().toISOString(),
      } satisfies Schemas["AuditDigest"],
    };
  }

  // ---- Single sign-on ------------------------------------------------------------------------

  /** The OpenID relying party, made on first use (its redirect URI needs the base URL). */
  private relyingParty(): RelyingParty {
    const sso = this.options.sso;
    if (!sso) throw new ProblemError("sso-login-failed", "single sign-on is not configured on this system");
    if (!this.rp) {
      const store = memoryPendingLoginStore();
      this.rp = createRelyingParty({
        issuer: this.options.platform.issuer,
        clientId: sso.clientId ?? `system-${this.identity.SYSTEM_NO}`,
        clientSecret: sso.clientSecret,
        redirectUri: `${this.url}/sso/callback`,
        metadata: sso.metadata,
        keys: sso.keys ?? this.options.platform.keys,
        store: this.has("sso-no-state-check") ? latestLoginStore(store) : store,
      });
    }
    return this.rp;
  }

  private deepLinkParams(q: Record<string, any>): Record<string, string> {
    return Object.fromEntries(Object.entries({ tenderProjectCode: q.tenderProjectCode, bidSectionCode: q.bidSectionCode }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  }

  private async ssoLogin(r: Call): Promise<Reply> {
    const module = moduleById(r.query.module);
    if (!module) throw new ProblemError("module-unknown", `no module ${r.query.module}`);
    const { location } = await this.relyingParty().begin({ module: module.id, ...this.deepLinkParams(r.query) });
    return { status: 302, headers: { Location: location, "Cache-Control": "no-store" } };
  }

  private async ssoCallback(r: Call): Promise<Reply> {
    const { claims, data } = await this.relyingParty().complete(r.query);
    const sid = randomBytes(24).toString("base64url");
    const expiresAt = Math.min(Date.now() + SESSION_SECONDS * 1000, typeof claims.exp === "number" ? claims.exp * 1000 + SESSION_SECONDS * 1000 : Infinity);
    this.sessions.set(sid, { sub: String(claims.sub), name: typeof claims.name === "string" ? claims.name : undefined, expiresAt });
    const { module, ...params } = data;
    const landing = this.has("sso-wrong-landing") ? `${this.url}/` : expandUriTemplate(`${this.url}/modules/${module}{?tenderProjectCode,bidSectionCode}`, params);
    const secure = this.url.startsWith("https:") ? "; Secure" : "";
    return {
      status: 302,
      headers: {
        Location: landing,
        "Set-Cookie": `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor((expiresAt - Date.now()) / 1000)}${secure}`,
        "Cache-Control": "no-store",
      },
    };
  }

  private openModule(r: Call): Reply {
    const module = moduleById(r.path.module);
    if (!module) throw new ProblemError("module-unknown", `no module ${r.path.module}`);
    const params = this.deepLinkParams(r.query);
    const sid = parseCookies(r.req.headers.cookie)[SESSION_COOKIE];
    const session = sid ? this.sessions.get(sid) : undefined;
    if (!session || session.expiresAt < Date.now()) {
      if (sid) this.sessions.delete(sid);
      return { status: 302, headers: { Location: expandUriTemplate(`${this.url}/sso/login?module=${module.id}{&tenderProjectCode,bidSectionCode}`, params) } };
    }
    const rows = Object.entries(params).map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("");
    const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escapeHtml(module.zh)}</title></head><body>
<h1 data-module="${escapeHtml(module.id)}">${escapeHtml(module.zh)} — ${escapeHtml(module.en)}</h1>
<p data-user="${escapeHtml(session.sub)}">${escapeHtml(session.name ?? session.sub)}</p><table>${rows}</table></body></html>`;
    return { status: 200, html, headers: { "Cache-Control": "no-store" } };
  }

  // ---- Conformance hook ----------------------------------------------------------------------

  private async runScenario(r: Call): Promise<Reply> {
    const def = scenarioByName(r.path.name);
    if (!def) throw new ProblemError("scenario-unknown", `no scenario ${r.path.name}`);
    const codes = scenarioCodes(def, (r.body ?? {}) as ScenarioInput);
    if ("error" in codes) throw new ProblemError("invalid-request", codes.error, { errors: [{ in: "body", name: "", message: codes.error }] });
    for (const required of def.requires) {
      const missing = this.options.records.build(scenarioByName(required)!, codes).find((d) => !this.store.has(this.keyOf(d.DATA_NO, d.businessKey)));
      if (missing) throw new ProblemError("scenario-precondition", `${def.name} needs ${required} for ${codes.bidSectionCode}`);
    }
    const startedAt = new Date().toISOString();
    const drafts = this.options.records.build(def, codes);
    if (this.has("invalid-payload") && drafts[0]) drafts[0] = { ...drafts[0], context: { ...drafts[0].context, REGION_CODE: "000000", DATA_TIMESTAMP: "20261399250000" } };
    const actor = { type: "client" as const, id: String(r.claims?.client_id ?? r.claims?.sub ?? "anonymous"), name: "conformance hook" };
    const records: Schemas["ScenarioResult"]["records"] = [];
    const audit: Schemas["ScenarioResult"]["audit"] = [];
    const events: Array<{ record: ReportRecord; occurredAt: string; tenderProjectCode: string }> = [];
    for (const [i, d] of drafts.entries()) {
      const key = this.keyOf(d.DATA_NO, d.businessKey);
      const record = { DATA_NO: d.DATA_NO, DATA_EN: this.dataEn(d.DATA_NO), DATA_TYPE: this.store.has(key) ? "2" : "1", DATA_KEY: key, context: d.context } as ApiRecord;
      const stored = this.store.put(record, d.tenderProjectCode);
      records.push({ DATA_NO: record.DATA_NO, DATA_EN: record.DATA_EN, DATA_KEY: key, DATA_TYPE: record.DATA_TYPE as "1" | "2", updatedAt: stored.updatedAt });
      events.push({ record, occurredAt: stored.updatedAt, tenderProjectCode: d.tenderProjectCode });
      if (this.has("audit-missing-entry") && i === drafts.length - 1) continue;
      const effect = def.effects.find((e) => e.DATA_NO === d.DATA_NO)!;
      audit.push(
        this.store.appendAudit(
          { tenderProjectCode: d.tenderProjectCode, at: stored.updatedAt, actor, action: effect.action, object: { DATA_NO: d.DATA_NO, DATA_KEY: key, DATA_TYPE: record.DATA_TYPE as "1" | "2" } },
          // The defective system hashes the entry's hash again: well-formed, but not the hash of the entry.
          this.has("broken-audit-chain") ? (e) => ({ ...e, hash: sha256Hex(e.hash) }) : undefined,
        ),
      );
    }
    this.store.persist();
    await this.push(events);
    return {
      status: 200,
      body: { scenario: def.name, runId: randomUUID(), startedAt, finishedAt: new Date().toISOString(), tenderProjectCode: codes.tenderProjectCode, records, audit } satisfies Schemas["ScenarioResult"],
    };
  }

  private keyOf(dataNo: number, businessKey: string): string {
    return dataKeyOf(this.identity.SYSTEM_NO, dataNo, businessKey);
  }

  /** Hands the records to the sink in order (after they are stored); defect switches drop or delay. */
  private async push(events: Array<{ record: ReportRecord; occurredAt: string; tenderProjectCode: string }>): Promise<void> {
    const sink = this.options.sink ?? noopRecordSink;
    const list = this.has("missing-push") ? events.slice(0, -1) : events;
    if (this.has("late-push")) {
      const t = setTimeout(() => {
        this.pendingPushes.delete(t);
        void (async () => {
          for (const e of list) await sink.publish(e).catch((err: Error) => this.log(`push of ${e.record.DATA_KEY} failed: ${err.message}`));
        })();
      }, this.options.lateMs ?? 65_000);
      this.pendingPushes.add(t);
      return;
    }
    for (const e of list) await sink.publish(e);
  }
}

/** Under the sso-no-state-check defect: the callback gets the latest pending login, whatever its state. */
function latestLoginStore(inner: PendingLoginStore): PendingLoginStore {
  let latest: string | undefined;
  return {
    put(login) {
      latest = login.state;
      inner.put(login);
    },
    take(state) {
      return inner.take(state) ?? (latest ? inner.take(latest) : undefined);
    },
  };
}
