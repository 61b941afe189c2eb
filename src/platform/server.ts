/**
 * The mock city platform (`ywjy mock-platform`): the platform side of the access standard and of the
 * reporting channel on one HTTP server — OpenID Connect discovery, JWKS, token and authorisation
 * endpoints; the intake with its receipts, sequence status and reconciliation; the records it holds;
 * and fault injection. Its admin API under /mock/ registers clients, sets faults and answers queries,
 * for a caller with the admin token only (Authorization: Bearer), JSON bodies only, and never for a web
 * page of another origin (Origin, Sec-Fetch-Site): a page in a browser on the same machine cannot use it.
 *
 * No body is read before its request is authenticated and its declared length checked, and reading stops
 * at the limit; the server keeps the access standard's timeouts and connection limits (createLimitedServer).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { CHANNEL_BASE_PATH, CHANNEL_HEADERS, CHANNEL_PATHS, PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import { accessTokenVerifier, generateSigningKey, loadSigningKey, saveSigningKey, type SigningKey } from "../auth/index.ts";
import { bodyUnread, closeAfter, createLimitedServer, readBodyUpTo, type ServerLimits } from "../sdk/server.ts";
import { FaultInjector, faultRuleProblem, type FaultRule, type FaultTarget } from "./faults.ts";
import { header, Intake, type IntakeEvent, type IntakeLimits, type IntakeReply } from "./intake.ts";
import { Journal } from "./journal.ts";
import { AuthorizationServer, OIDC_PATHS, type OAuthReply } from "./oidc.ts";
import { Registry, type ClientConfig, type TestUser } from "./registry.ts";

export interface MockPlatformOptions {
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Keeps the platform's key and a journal of its state there, so that a restart continues. */
  dataDir?: string;
  /** The origin the platform names itself by (issuer); default http://host:port. */
  publicUrl?: string;
  clients?: ClientConfig[];
  users?: TestUser[];
  faults?: FaultRule[];
  limits?: Partial<IntakeLimits>;
  /** Timeouts and connection limits of the HTTP server (default: the access standard's, SERVER_LIMITS). */
  serverLimits?: Partial<ServerLimits>;
  /** The bearer token of the admin API (default: a new random one each start). */
  adminToken?: string;
  key?: SigningKey;
  now?: () => Date;
}

export interface MockPlatform {
  /** The origin, e.g. http://127.0.0.1:8686; also the OpenID issuer. */
  url: string;
  /** The intake's base URL (the audience of push tokens). */
  intakeUrl: string;
  intake: Intake;
  registry: Registry;
  faults: FaultInjector;
  auth: AuthorizationServer;
  server: Server;
  /** The bearer token the admin API (/mock/…) requires. */
  adminToken: string;
  /** Registers a client now (and in the journal, with a data directory). */
  register(c: ClientConfig): ClientConfig;
  close(): Promise<void>;
}

const EVENT_BUFFER = 1000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The largest body of the token endpoint and of the admin API. */
const FORM_BODY_LIMIT = 64 * 1024;
const ADMIN_BODY_LIMIT = 1 << 20;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, contentType = "application/json"): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store", ...headers });
  res.end(text);
}

/** Sends an intake reply: its exact bytes, with the platform's signature header when it signed them. */
export function sendIntakeReply(res: ServerResponse, r: Pick<IntakeReply, "status" | "text" | "signature" | "contentType">): void {
  send(res, r.status, r.text, r.signature ? { [CHANNEL_HEADERS.signature]: r.signature } : {}, r.contentType);
}

function sendOAuth(res: ServerResponse, r: OAuthReply): void {
  if (r.location) {
    res.writeHead(r.status, { location: r.location, "cache-control": "no-store" });
    res.end();
  } else send(res, r.status, r.body ?? {});
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const { body, complete } = await readBodyUpTo(req, ADMIN_BODY_LIMIT);
  if (!complete) throw new HttpError(413, `the body is larger than ${ADMIN_BODY_LIMIT} bytes`);
  const text = body.toString("utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `the body is not JSON: ${(e as Error).message}`);
  }
}

async function platformKey(dataDir: string | undefined): Promise<SigningKey> {
  if (!dataDir) return generateSigningKey("ES256");
  const path = join(dataDir, "platform-key.json");
  if (existsSync(path)) return loadSigningKey(path);
  const key = await generateSigningKey("ES256");
  saveSigningKey(path, key);
  return key;
}

export async function startMockPlatform(o: MockPlatformOptions = {}): Promise<MockPlatform> {
  const host = o.host ?? "127.0.0.1";
  if (o.dataDir) mkdirSync(o.dataDir, { recursive: true });
  const key = o.key ?? (await platformKey(o.dataDir));
  const journal = o.dataDir ? new Journal(join(o.dataDir, "journal.ndjson")) : undefined;
  const entries = journal?.read() ?? [];
  const registry = new Registry([...entries.flatMap((e) => (e.t === "client" ? [e.client] : [])), ...(o.clients ?? [])], o.users);
  const faults = new FaultInjector();
  for (const f of o.faults ?? []) faults.add(f);

  // Its idle timeout is longer than clients keep idle connections (undici: 4 s), so a client never reuses one the server is closing.
  const server = createLimitedServer(undefined, o.serverLimits);
  const adminToken = o.adminToken ?? randomBytes(24).toString("base64url");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = (o.publicUrl ?? `http://${host.includes(":") ? `[${host}]` : host}:${port}`).replace(/\/$/, "");
  const intakeUrl = url + CHANNEL_BASE_PATH;

  const auth = new AuthorizationServer({ issuer: url, key, registry, intakeAudience: intakeUrl });
  const verifyPushToken = accessTokenVerifier(auth.jwks(), { issuer: url, audience: intakeUrl });
  const intake = new Intake({
    systems: registry,
    authenticate: async (authorization) => ({ clientId: (await verifyPushToken(authorization, PUSH_SCOPE)).client_id }),
    receiptKey: key,
    limits: o.limits,
    journal: journal ? (e) => journal.write(e) : undefined,
    now: o.now,
  });
  intake.replay(entries.flatMap((e) => (e.t === "client" ? [] : [e])));

  const events: Array<IntakeEvent & { n: number }> = [];
  let eventNo = 0;
  intake.onEvent((e) => {
    events.push({ ...e, n: ++eventNo });
    if (events.length > EVENT_BUFFER) events.shift();
  });

  const register = (c: ClientConfig) => {
    const stored = registry.register(c);
    journal?.write({ t: "client", client: stored });
    return stored;
  };

  const sequencePath = new RegExp(`^${CHANNEL_BASE_PATH}${CHANNEL_PATHS.sequenceStatus.replace("{systemNo}", "([0-9A-Za-z]{4})")}$`);
  const channelTarget = (path: string): FaultTarget | undefined =>
    path === CHANNEL_BASE_PATH + CHANNEL_PATHS.reports
      ? "reports"
      : path === CHANNEL_BASE_PATH + CHANNEL_PATHS.reconciliation
        ? "reconciliation"
        : sequencePath.test(path)
          ? "sequence"
          : path === OIDC_PATHS.token
            ? "token"
            : undefined;

  async function channel(req: IncomingMessage, res: ServerResponse, path: string, target: FaultTarget): Promise<void> {
    const h = (name: string) => header(req.headers, name);
    const seq = Number(h(CHANNEL_HEADERS.sequence));
    const fault = faults.decide({
      target,
      systemNo: h(CHANNEL_HEADERS.systemNo) ?? sequencePath.exec(path)?.[1],
      sequence: Number.isFinite(seq) ? seq : undefined,
      eventId: h(CHANNEL_HEADERS.eventId),
    });
    if (fault?.action === "drop-request") {
      req.socket.destroy();
      return;
    }
    if (fault?.action === "fail") {
      closeAfter(req, res);
      const status = fault.status ?? 503;
      send(res, status, { type: "about:blank", title: "fault injected by ywjy mock-platform", status, code: "fault-injected" }, fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {}, "application/problem+json");
      return;
    }
    if (fault?.action === "delay") await new Promise((r) => setTimeout(r, fault.delayMs));
    // The token and the declared length first: no byte of the body is read for a request refused on them.
    let admitted: { clientId: string } | undefined;
    if (target !== "token") {
      const a = await intake.admit(req.headers);
      if ("status" in a) {
        closeAfter(req, res);
        return sendIntakeReply(res, a);
      }
      admitted = a;
    } else if (Number(req.headers["content-length"]) > FORM_BODY_LIMIT) throw new HttpError(413, `the body is larger than ${FORM_BODY_LIMIT} bytes`);
    const { body } = await readBodyUpTo(req, target === "token" ? FORM_BODY_LIMIT : intake.limits.maxMessageBytes);
    closeAfter(req, res);
    if (target === "token" && body.length > FORM_BODY_LIMIT) throw new HttpError(413, `the body is larger than ${FORM_BODY_LIMIT} bytes`);
    const ir = { headers: req.headers, body, ...(admitted ? { admitted } : {}) };
    let reply: IntakeReply | OAuthReply;
    if (target === "reports") reply = await intake.push(ir);
    else if (target === "reconciliation") reply = await intake.manifest(ir);
    else if (target === "sequence") reply = await intake.sequenceStatusRequest(ir, sequencePath.exec(path)![1]!);
    else reply = await auth.token(new URLSearchParams(body.toString("utf8")), req.headers.authorization);
    if (fault?.action === "drop-response") {
      res.socket?.destroy();
      return;
    }
    if ("text" in reply) sendIntakeReply(res, reply);
    else sendOAuth(res, reply);
  }

  const adminDigest = createHash("sha256").update(adminToken).digest();
  /** Why the admin API refuses a request before reading anything of it, if it does. */
  function adminRefusal(req: IncomingMessage): HttpError | undefined {
    const site = header(req.headers, "sec-fetch-site");
    const origin = header(req.headers, "origin");
    if ((site !== undefined && site !== "same-origin" && site !== "none") || (origin !== undefined && origin !== new URL(url).origin))
      return new HttpError(403, "the admin API does not answer requests of another origin");
    const given = /^Bearer (\S+)$/.exec(header(req.headers, "authorization") ?? "")?.[1];
    if (!given || !timingSafeEqual(createHash("sha256").update(given).digest(), adminDigest)) return new HttpError(401, "the admin API needs Authorization: Bearer <admin token> (printed when the platform starts)");
    if (bodyUnread(req) && (header(req.headers, "content-type") ?? "").split(";")[0]!.trim().toLowerCase() !== "application/json")
      return new HttpError(415, "the admin API takes application/json bodies only");
    return undefined;
  }

  async function admin(req: IncomingMessage, res: ServerResponse, u: URL): Promise<void> {
    const refused = adminRefusal(req);
    if (refused) {
      closeAfter(req, res);
      throw refused;
    }
    let parts: string[];
    try {
      parts = u.pathname.split("/").slice(2).map(decodeURIComponent);
    } catch {
      throw new HttpError(400, `the path ${u.pathname} is not percent-encoded UTF-8`);
    }
    const [what, id] = parts;
    const method = req.method ?? "GET";
    if (what === undefined || what === "") {
      send(res, 200, {
        issuer: url,
        intakeUrl,
        systems: intake.systemNos().map((s) => ({ ...intake.sequenceStatus(s), records: intake.records({ systemNo: s }).length })),
        faults: faults.list(),
      });
    } else if (what === "clients" && method === "POST") {
      const c = (await readJson(req)) as ClientConfig;
      try {
        const { clientSecretSha256: _s, ...shown } = register(c);
        send(res, 201, shown);
      } catch (e) {
        throw new HttpError(400, (e as Error).message);
      }
    } else if (what === "clients" && method === "GET") {
      send(res, 200, { items: registry.list().map(({ clientSecretSha256: _s, ...c }) => c) });
    } else if (what === "records" && method === "GET") {
      const q = u.searchParams;
      const dataNo = q.get("DATA_NO");
      const state = q.get("state");
      const items = intake.records({
        systemNo: q.get("systemNo") ?? undefined,
        DATA_NO: dataNo ? Number(dataNo) : undefined,
        DATA_KEY: id ?? q.get("DATA_KEY") ?? undefined,
        state: state === "held" || state === "accepted" ? state : undefined,
      });
      const view = items.map(({ item: _i, ...s }) => s);
      if (id !== undefined) {
        if (!view.length) throw new HttpError(404, `no record ${id}`);
        send(res, 200, view[0]);
      } else send(res, 200, { count: view.length, items: view });
    } else if (what === "systems" && parts[2] === "sequence" && id) {
      if (!/^[0-9A-Za-z]{4}$/.test(id)) throw new HttpError(400, `${id} is not a system number (4 letters or digits)`);
      send(res, 200, intake.sequenceStatus(id));
    } else if (what === "faults" && method === "GET") {
      send(res, 200, { items: faults.list() });
    } else if (what === "faults" && method === "POST") {
      const rule = await readJson(req);
      const problem = faultRuleProblem(rule);
      if (problem) throw new HttpError(400, problem);
      send(res, 201, faults.add(rule as FaultRule));
    } else if (what === "faults" && method === "DELETE") {
      if (id === undefined) faults.clear();
      else if (!faults.remove(id)) throw new HttpError(404, `no fault ${id}`);
      res.writeHead(204).end();
    } else if (what === "events" && method === "GET") {
      const since = Number(u.searchParams.get("since") ?? 0);
      send(res, 200, { items: events.filter((e) => e.n > since) });
    } else throw new HttpError(404, `no ${method} ${u.pathname}`);
  }

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? "GET";
    const handle = async () => {
      let u: URL;
      try {
        u = new URL(req.url ?? "/", url);
      } catch {
        throw new HttpError(400, "the request target is not a path");
      }
      const path = u.pathname;
      const target = channelTarget(path);
      const allowed = target === "sequence" ? "GET" : "POST";
      if (target && method === allowed) return channel(req, res, path, target);
      if (target) throw new HttpError(405, `${path} takes ${allowed}`);
      if (method === "GET" && path === OIDC_PATHS.discovery) return send(res, 200, auth.discovery());
      if (method === "GET" && path === OIDC_PATHS.jwks) return send(res, 200, auth.jwks(), { "cache-control": "max-age=300" });
      if (method === "GET" && path === OIDC_PATHS.authorize) return sendOAuth(res, auth.authorize(u.searchParams));
      if (method === "GET" && path === OIDC_PATHS.userinfo) return sendOAuth(res, await auth.userinfo(req.headers.authorization));
      if (method === "GET" && path === "/health") return send(res, 200, { status: "ok" });
      if (path === "/mock" || path.startsWith("/mock/")) return admin(req, res, u);
      throw new HttpError(404, `no ${method} ${path}`);
    };
    handle().catch((e: unknown) => {
      // A client that went away mid-request (aborted, reset) gets no answer and leaves no trace.
      if (res.headersSent || res.destroyed || req.socket.destroyed) return;
      closeAfter(req, res);
      const status = e instanceof HttpError ? e.status : 500;
      send(res, status, { type: "about:blank", title: e instanceof Error ? e.message : String(e), status }, {}, "application/problem+json");
    });
  });

  return {
    url,
    intakeUrl,
    intake,
    registry,
    faults,
    auth,
    server,
    adminToken,
    register,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
