/**
 * The mock city platform (`ywjy mock-platform`): the platform side of the access standard and of the
 * reporting channel on one HTTP server — OpenID Connect discovery, JWKS, token and authorisation
 * endpoints; the intake with its receipts, sequence status and reconciliation; the records it holds;
 * and fault injection. Its admin API under /mock/ registers clients, sets faults and answers queries.
 */
import { existsSync, mkdirSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { CHANNEL_BASE_PATH, CHANNEL_HEADERS, CHANNEL_PATHS, PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import { accessTokenVerifier, generateSigningKey, loadSigningKey, saveSigningKey, type SigningKey } from "../auth/index.ts";
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

/** Reads a request body up to `limit` bytes; a larger body is cut at limit + 1 (the caller refuses it). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      if (size > limit) return;
      size += c.length;
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, contentType = "application/json"): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "cache-control": "no-store", ...headers });
  res.end(text);
}

function sendReply(res: ServerResponse, r: IntakeReply): void {
  send(res, r.status, r.text, r.signature ? { [CHANNEL_HEADERS.signature]: r.signature } : {}, r.contentType);
}

function sendOAuth(res: ServerResponse, r: OAuthReply): void {
  if (r.location) {
    res.writeHead(r.status, { location: r.location, "cache-control": "no-store" });
    res.end();
  } else send(res, r.status, r.body ?? {});
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, 1 << 20)).toString("utf8");
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

  const server = createServer();
  // Longer than clients keep idle connections (undici: 4 s), so a client never reuses one the server is closing.
  server.keepAliveTimeout = 65_000;
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
      const status = fault.status ?? 503;
      send(res, status, { type: "about:blank", title: "fault injected by ywjy mock-platform", status, code: "fault-injected" }, fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {}, "application/problem+json");
      return;
    }
    if (fault?.action === "delay") await new Promise((r) => setTimeout(r, fault.delayMs));
    const body = await readBody(req, intake.limits.maxMessageBytes);
    const ir = { headers: req.headers, body };
    let reply: IntakeReply | OAuthReply;
    if (target === "reports") reply = await intake.push(ir);
    else if (target === "reconciliation") reply = await intake.manifest(ir);
    else if (target === "sequence") reply = await intake.sequenceStatusRequest(ir, sequencePath.exec(path)![1]!);
    else reply = await auth.token(new URLSearchParams(body.toString("utf8")), req.headers.authorization);
    if (fault?.action === "drop-response") {
      res.socket?.destroy();
      return;
    }
    if ("text" in reply) sendReply(res, reply);
    else sendOAuth(res, reply);
  }

  async function admin(req: IncomingMessage, res: ServerResponse, u: URL): Promise<void> {
    const parts = u.pathname.split("/").slice(2).map(decodeURIComponent);
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
    const u = new URL(req.url ?? "/", url);
    const path = u.pathname;
    const method = req.method ?? "GET";
    const handle = async () => {
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
      if (res.headersSent || res.destroyed) return;
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
    register,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
