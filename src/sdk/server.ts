/**
 * Server-side helpers for a trading system that implements the access standard on node:http (or any
 * framework that exposes the raw request and response): the operation types, RFC 9457 problem+json with
 * the standard's stable error codes, bearer-token authorisation by the scopes the document gives each
 * operation, ETags, a fixed-window rate limiter with RateLimit headers, and JSON body reading.
 * The validators compiled from the document are in ./openapi.ts.
 */
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { TokenError, type AccessTokenClaims } from "../auth/access-tokens.ts";
import { ACCESS_PARAMETERS, type components, type OperationId, type operations, type ProblemCode } from "../../generated/sdk/access.ts";
import { loadAccessApi, type AccessApi, type OperationInfo, type ValidationError } from "./openapi.ts";
import type { LocalizedText } from "../specs/manifest.ts";

export type Problem = components["schemas"]["Problem"];
export const PROBLEM_TYPE_BASE = "https://ggzy.xm.gov.cn/ywjy/problems/";
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

// ---- Operation types --------------------------------------------------------------------------

type Op<Id extends OperationId> = operations[Id];
/** The path parameters of an operation. */
export type PathParams<Id extends OperationId> = Op<Id>["parameters"] extends { path: infer P } ? P : never;
/** The query parameters of an operation. */
export type QueryParams<Id extends OperationId> = Op<Id>["parameters"] extends { query?: infer Q } ? NonNullable<Q> : never;
/** The JSON request body of an operation. */
export type RequestBody<Id extends OperationId> = Op<Id> extends { requestBody?: { content: { "application/json": infer B } } } ? B : never;
/** The statuses an operation documents. */
export type ResponseStatus<Id extends OperationId> = keyof Op<Id>["responses"] & number;
/** The JSON body of one documented response of an operation. */
export type ResponseBody<Id extends OperationId, S extends ResponseStatus<Id> = 200 & ResponseStatus<Id>> = Op<Id>["responses"][S] extends {
  content: { "application/json": infer B };
}
  ? B
  : never;

// ---- Problems ---------------------------------------------------------------------------------

export interface ProblemCodeInfo {
  code: ProblemCode;
  status: number;
  title: LocalizedText;
}

let codeTable: Map<ProblemCode, ProblemCodeInfo> | undefined;

/** The standard's error codes with their HTTP status and zh/en titles (from the document's ProblemCode schema). */
export function problemCodes(api: AccessApi = loadAccessApi()): Map<ProblemCode, ProblemCodeInfo> {
  if (codeTable) return codeTable;
  const table = new Map<ProblemCode, ProblemCodeInfo>();
  for (const c of api.document.components.schemas.ProblemCode.oneOf as Array<Record<string, any>>)
    table.set(c.const, { code: c.const, status: c["x-status"], title: { zh: c["x-zh"], en: c.title } });
  codeTable = table;
  return table;
}

export interface ProblemInit {
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: ValidationError[];
}

/** A problem+json body for one of the standard's error codes. */
export function problem(code: ProblemCode, init: ProblemInit = {}): Problem {
  const info = problemCodes().get(code);
  if (!info) throw new Error(`unknown problem code ${code}`);
  return {
    type: PROBLEM_TYPE_BASE + code,
    title: info.title.en,
    status: info.status,
    code,
    ...(init.detail !== undefined ? { detail: init.detail } : {}),
    ...(init.instance !== undefined ? { instance: init.instance } : {}),
    ...(init.requestId !== undefined ? { requestId: init.requestId } : {}),
    ...(init.errors?.length ? { errors: init.errors.map((e) => ({ in: e.in as "path" | "query" | "header" | "body", name: e.name, message: e.message })) } : {}),
  };
}

/** An error a handler throws to answer with a problem; `headers` go with it (WWW-Authenticate, Retry-After…). */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly extra: { errors?: ValidationError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? code);
  }
  get status(): number {
    return problemCodes().get(this.code)?.status ?? 500;
  }
  toProblem(instance?: string, requestId?: string): Problem {
    return problem(this.code, { detail: this.detail, instance, requestId, errors: this.extra.errors });
  }
}

// ---- Authorisation ----------------------------------------------------------------------------

/** A bearer-token verifier, as src/auth's accessTokenVerifier makes one. */
export type TokenVerifier = (authorization: string | undefined, requiredScope?: string) => Promise<AccessTokenClaims>;

/** The WWW-Authenticate challenge for a token error (RFC 6750 §3). */
export function bearerChallenge(e: TokenError, scope?: string): string {
  const error = e.code === "token-missing" ? undefined : e.code === "scope-missing" ? "insufficient_scope" : "invalid_token";
  const parts = [`realm="ywjy"`, ...(error ? [`error="${error}"`, `error_description="${e.code}"`] : []), ...(scope ? [`scope="${scope}"`] : [])];
  return `Bearer ${parts.join(", ")}`;
}

/**
 * Checks the bearer token against the scopes the document gives the operation. Returns the claims, or
 * undefined for an operation that needs no token; throws a ProblemError with the token's error code and
 * its WWW-Authenticate challenge.
 */
export async function authorize(verify: TokenVerifier, op: OperationInfo, authorization: string | undefined): Promise<AccessTokenClaims | undefined> {
  if (!op.scopes) return undefined;
  const scope = op.scopes.join(" ");
  try {
    const claims = await verify(authorization);
    for (const s of op.scopes) if (!String(claims.scope ?? "").split(" ").includes(s)) throw new TokenError("scope-missing", `the token lacks the scope ${s}`);
    return claims;
  } catch (e) {
    if (!(e instanceof TokenError)) throw e;
    const code: ProblemCode = e.code;
    throw new ProblemError(code, e.message, { headers: { "WWW-Authenticate": bearerChallenge(e, e.code === "scope-missing" ? scope : undefined) } });
  }
}

// ---- HTTP helpers ----------------------------------------------------------------------------

/** The request's X-Request-Id when it is a valid one, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | number> = {}, contentType = "application/json"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, "Content-Type": `${contentType}; charset=utf-8`, "Content-Length": Buffer.byteLength(text) });
  res.end(res.req?.method === "HEAD" ? undefined : text);
}

export function sendProblem(res: ServerResponse, body: Problem, headers: Record<string, string | number> = {}): void {
  sendJson(res, body.status, body, headers, PROBLEM_CONTENT_TYPE);
}

/**
 * Reads a request body up to `limit` bytes and stops reading there: a larger body comes back cut at
 * limit + 1 bytes with `complete` false (the caller refuses it, and closes the connection: see closeAfter).
 */
export function readBodyUpTo(req: IncomingMessage, limit: number): Promise<{ body: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      const room = limit + 1 - size;
      chunks.push(c.length > room ? c.subarray(0, room) : c);
      size += Math.min(c.length, room);
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        resolve({ body: Buffer.concat(chunks), complete: false });
      }
    };
    req.on("data", onData);
    req.on("end", () => resolve({ body: Buffer.concat(chunks), complete: true }));
    req.on("error", reject);
  });
}

/** Whether a request still has body bytes that nobody has read. */
export const bodyUnread = (req: IncomingMessage) => !req.complete && (req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0);

/**
 * Closes the connection once the answer is sent, when the request's body was left unread: reading the
 * rest only to throw it away (what node:http does for a kept-alive connection) is the work refused.
 */
export function closeAfter(req: IncomingMessage, res: ServerResponse): void {
  if (!bodyUnread(req) || res.headersSent) return;
  res.setHeader("connection", "close");
  res.once("finish", () => req.socket.destroy());
}

/**
 * Reads a JSON request body of at most `limitBytes`; an empty body is undefined. Throws ProblemError
 * invalid-request. A body declared or found larger is not read further, and the connection is closed
 * once the problem is sent.
 */
export async function readJsonBody(req: IncomingMessage, limitBytes = 1 << 20): Promise<unknown> {
  const tooLarge = () => new ProblemError("invalid-request", `the body is larger than ${limitBytes} bytes`, { errors: [{ in: "body", name: "", message: `is larger than ${limitBytes} bytes` }] });
  if (Number(req.headers["content-length"]) > limitBytes) throw tooLarge();
  const { body, complete } = await readBodyUpTo(req, limitBytes);
  if (!complete) throw tooLarge();
  const text = body.toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ProblemError("invalid-request", `the body is not JSON: ${(e as Error).message}`, { errors: [{ in: "body", name: "", message: "is not JSON" }] });
  }
}

/** A strong ETag of a JSON answer: SHA-256 of the bytes sendJson sends for it (JSON.stringify). */
export function etagOf(value: unknown): string {
  return `"${createHash("sha256").update(JSON.stringify(value) ?? "").digest("base64url").slice(0, 27)}"`;
}

/** Whether an If-None-Match header matches `etag` (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => bare(t) === bare(etag));
}

// ---- Rate limiting ---------------------------------------------------------------------------

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** A fixed-window limiter per key (a client id, an address): `limit` requests per `windowSeconds`. */
export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(readonly options: { limit: number; windowSeconds: number }) {}

  take(key: string, now = Date.now()): RateLimitState {
    const { limit, windowSeconds } = this.options;
    const span = windowSeconds * 1000;
    let w = this.windows.get(key);
    if (!w || now - w.start >= span) {
      w = { start: now - (now % span), count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) for (const [k, old] of this.windows) if (now - old.start >= span) this.windows.delete(k);
    }
    const resetSeconds = Math.max(1, Math.ceil((w.start + span - now) / 1000));
    if (w.count >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
    w.count++;
    return { allowed: true, limit, remaining: limit - w.count, resetSeconds };
  }
}

export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.resetSeconds),
    ...(s.allowed ? {} : { "Retry-After": String(s.resetSeconds) }),
  };
}

// ---- Connection limits -----------------------------------------------------------------------

/** How long a server waits for a client and how much it holds (ACC-ERR-06; the access standard's parameters). */
export interface ServerLimits {
  /** requestHeadersTimeout: complete headers within this, or 408. */
  headersTimeoutMs: number;
  /** requestTimeout: the complete request (headers and body) within this, or 408. */
  requestTimeoutMs: number;
  /** idleConnectionTimeout: a connection passing no data this long is closed (keep-alive included). */
  idleTimeoutMs: number;
  maxConnections: number;
  /** maxHeaderBytes: larger request lines and headers get 431. */
  maxHeaderBytes: number;
}

const seconds = (p: { value: number }) => p.value * 1000;
export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: seconds(ACCESS_PARAMETERS.requestHeadersTimeout),
  requestTimeoutMs: seconds(ACCESS_PARAMETERS.requestTimeout),
  idleTimeoutMs: seconds(ACCESS_PARAMETERS.idleConnectionTimeout),
  maxConnections: ACCESS_PARAMETERS.maxConnections.value,
  maxHeaderBytes: ACCESS_PARAMETERS.maxHeaderBytes.value,
};

/** The problem+json a connection gets for an HTTP error node:http meets before any request handler runs. */
function clientErrorResponse(code: string | undefined): string | undefined {
  const problemCode: ProblemCode | undefined =
    code === "HPE_HEADER_OVERFLOW" ? "headers-too-large" : code === "ERR_HTTP_REQUEST_TIMEOUT" ? "request-timeout" : code?.startsWith("HPE_") ? "invalid-request" : undefined;
  if (!problemCode) return undefined;
  const body = JSON.stringify(problem(problemCode));
  const status = problemCodes().get(problemCode)!.status;
  const reason = status === 431 ? "Request Header Fields Too Large" : status === 408 ? "Request Timeout" : "Bad Request";
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`;
}

/**
 * An HTTP server that keeps the access standard's connection limits (ACC-ERR-06): header, request and
 * idle timeouts, a connection cap, a header size limit, and problem+json answers (431, 408, 400) to what
 * node:http refuses before a handler runs. A client that goes away mid-request is let go quietly.
 */
export function createLimitedServer(handler: RequestListener | undefined, limits: Partial<ServerLimits> = {}): Server {
  const l = { ...SERVER_LIMITS, ...limits };
  const server = createServer(
    {
      maxHeaderSize: l.maxHeaderBytes,
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      // How often node:http looks for requests over their timeouts (its default, 30 s, would let them run over).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(l.headersTimeoutMs / 4))),
    },
  );
  if (handler) server.on("request", handler);
  server.keepAliveTimeout = l.idleTimeoutMs;
  server.timeout = l.idleTimeoutMs;
  server.maxConnections = l.maxConnections;
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const answered = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage?.headersSent;
    const text = socket.writable && !answered ? clientErrorResponse(err.code) : undefined;
    if (!text) return void socket.destroy();
    // Answer, then discard what the client still sends (so that it reads the answer rather than a reset)
    // until it closes, or at the latest after the idle timeout.
    socket.end(text);
    socket.resume();
    setTimeout(() => socket.destroy(), l.idleTimeoutMs).unref();
  });
  return server;
}
