/**
 * A typed client of the access standard (the platform's side, or a conformance runner, calling a
 * trading system): openapi-fetch over the generated `paths`, with
 * - a token provider middleware: OAuth 2.0 client credentials against a token URL, the token cached
 *   until shortly before it expires, one token request at a time;
 * - a per-request timeout (each attempt);
 * - retry with exponential backoff and full jitter on 429 and 503, honouring Retry-After.
 * A wrong path, method, parameter or body does not compile.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "../../generated/sdk/access.ts";

export type FetchLike = (request: Request) => Promise<Response>;

export interface TokenProvider {
  /** A valid access token (from the cache, or a new one). */
  getToken(): Promise<string>;
  /** Forgets the cached token, e.g. after a 401. */
  invalidate(): void;
}

export interface ClientCredentialsOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes?: string[];
  /** RFC 8707 resource indicator: the audience the token is for (the system's discovery auth.audience). */
  resource?: string;
  /** How the client authenticates at the token endpoint: HTTP Basic (default) or form fields. */
  clientAuth?: "basic" | "post";
  /** Renew this many seconds before the token expires (default 30). */
  skewSeconds?: number;
  timeoutMs?: number;
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  now?: () => number;
}

/** A token provider for the client-credentials grant (RFC 6749 §4.4). */
export function clientCredentials(o: ClientCredentialsOptions): TokenProvider {
  const doFetch = o.fetch ?? fetch;
  const now = o.now ?? Date.now;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function request(): Promise<string> {
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (o.scopes?.length) form.set("scope", o.scopes.join(" "));
    if (o.resource) form.set("resource", o.resource);
    const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
    if (o.clientAuth === "post") {
      form.set("client_id", o.clientId);
      form.set("client_secret", o.clientSecret);
    } else {
      const enc = (s: string) => encodeURIComponent(s);
      headers.Authorization = `Basic ${Buffer.from(`${enc(o.clientId)}:${enc(o.clientSecret)}`).toString("base64")}`;
    }
    const res = await doFetch(o.tokenUrl, { method: "POST", headers, body: form, signal: AbortSignal.timeout(o.timeoutMs ?? 10_000) });
    const text = await res.text();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      /* reported below */
    }
    if (!res.ok || typeof body.access_token !== "string")
      throw new Error(`token endpoint ${o.tokenUrl} answered ${res.status}${typeof body.error === "string" ? ` (${body.error})` : ""} without an access token`);
    const ttl = typeof body.expires_in === "number" ? body.expires_in : 300;
    cached = { token: body.access_token, expiresAt: now() + Math.max(0, ttl - (o.skewSeconds ?? 30)) * 1000 };
    return body.access_token;
  }

  return {
    async getToken() {
      if (cached && now() < cached.expiresAt) return cached.token;
      pending ??= request().finally(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** A middleware that sets `Authorization: Bearer …` from a token provider. */
export function bearerTokenMiddleware(tokens: TokenProvider | (() => Promise<string>)): Middleware {
  const get = typeof tokens === "function" ? tokens : () => tokens.getToken();
  return {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await get()}`);
      return request;
    },
  };
}

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries: number;
  /** Backoff base: the ceiling of attempt n is base × 2^n (default 200 ms). */
  baseDelayMs: number;
  /** Ceiling of one backoff; a Retry-After longer than this is not waited for (default 10 s). */
  maxDelayMs: number;
  statuses: number[];
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_CLIENT_RETRY: RetryOptions = {
  retries: 3,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  statuses: [429, 503],
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
};

/** Retry-After in milliseconds (delay-seconds or an HTTP-date), or undefined. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** How long to wait before retry number `attempt` (0-based): Retry-After when given, else full-jitter backoff. */
export function retryDelayMs(attempt: number, response: Response, o: RetryOptions = DEFAULT_CLIENT_RETRY): number | undefined {
  const after = retryAfterMs(response.headers.get("retry-after"));
  if (after !== undefined) return after <= o.maxDelayMs ? after : undefined;
  return Math.floor(o.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt));
}

/** Wraps a fetch with a per-attempt timeout and retries on the retry statuses. */
export function resilientFetch(inner: FetchLike, o: { timeoutMs?: number; retry?: Partial<RetryOptions> | false } = {}): FetchLike {
  const retry: RetryOptions | undefined = o.retry === false ? undefined : { ...DEFAULT_CLIENT_RETRY, ...o.retry };
  const timeoutMs = o.timeoutMs ?? 10_000;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
      const response = await inner(new Request(request.clone(), { signal }));
      if (!retry || attempt >= retry.retries || !retry.statuses.includes(response.status)) return response;
      const delay = retryDelayMs(attempt, response, retry);
      if (delay === undefined) return response;
      await response.body?.cancel();
      await retry.sleep(delay);
    }
  };
}

export interface AccessClientOptions {
  /** The trading system's base URL (its discovery document's baseUrl). */
  baseUrl: string;
  /** Where bearer tokens come from; without one, requests carry no token (discovery, health). */
  token?: TokenProvider | (() => Promise<string>);
  /** Timeout of each attempt (default 10 s). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions> | false;
  fetch?: FetchLike;
  headers?: Record<string, string>;
}

export type AccessClient = Client<paths>;

/** A typed client of one trading system's access API. */
export function createAccessClient(o: AccessClientOptions): AccessClient {
  const client = createClient<paths>({
    baseUrl: o.baseUrl.replace(/\/$/, ""),
    fetch: resilientFetch(o.fetch ?? ((r) => fetch(r)), { timeoutMs: o.timeoutMs, retry: o.retry }),
    headers: o.headers,
  });
  if (o.token) client.use(bearerTokenMiddleware(o.token));
  return client;
}
