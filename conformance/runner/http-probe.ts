/**
 * The runner's HTTP client for talking to a target that may be broken or hostile: every request
 * has a total time limit, a body-size cap, and follows redirects only within the target's origin.
 * It never throws for what the target does — a reset, a hang, garbage or an endless body come
 * back as a ProbeResponse with `error` set — so a check can fail or error, and the run goes on.
 */
import http from "node:http";
import https from "node:https";

export type ProbeErrorCode = "timeout" | "too-large" | "reset" | "refused" | "redirect-off-origin" | "too-many-redirects" | "network" | "deadline";

export interface ProbeRequest {
  method?: string;
  /** A path on the target (`/records/501`) or an absolute URL on the target's origin. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Per-request limit in ms (defaults to the probe's). */
  timeoutMs?: number;
  followRedirects?: boolean;
}

export interface ProbeResponse {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  status?: number;
  headers: Record<string, string>;
  /** The body as text (UTF-8), capped. */
  text?: string;
  bytes: number;
  /** The parsed JSON body, when it parses; `jsonError` otherwise (only for non-empty bodies). */
  json?: unknown;
  jsonError?: string;
  error?: { code: ProbeErrorCode; message: string };
  durationMs: number;
}

export interface ProbeOptions {
  timeoutMs: number;
  maxBodyBytes: number;
  /** The run's global deadline (epoch ms); requests do not start or continue past it. */
  deadline: number;
  maxRedirects?: number;
}

export class HttpProbe {
  readonly origin: string;
  private readonly base: URL;
  constructor(
    target: string,
    readonly options: ProbeOptions,
  ) {
    this.base = new URL(target.endsWith("/") ? target : target + "/");
    this.origin = this.base.origin;
  }

  url(path: string): URL {
    return new URL(path.replace(/^\//, ""), this.base);
  }

  async send(req: ProbeRequest): Promise<ProbeResponse> {
    let url = this.url(req.path);
    const method = (req.method ?? "GET").toUpperCase();
    const started = Date.now();
    let redirects = 0;
    for (;;) {
      const res = await this.once(url, method, req, started);
      const location = res.headers.location;
      if (req.followRedirects === false || !res.status || res.status < 300 || res.status > 399 || !location) return res;
      const next = new URL(location, url);
      if (next.origin !== this.origin)
        return { ...res, error: { code: "redirect-off-origin", message: `redirect to ${next.origin} leaves the target's origin ${this.origin}` } };
      if (++redirects > (this.options.maxRedirects ?? 5))
        return { ...res, error: { code: "too-many-redirects", message: `more than ${this.options.maxRedirects ?? 5} redirects` } };
      url = next;
    }
  }

  private once(url: URL, method: string, req: ProbeRequest, started: number): Promise<ProbeResponse> {
    const headers: Record<string, string> = { accept: "application/json, application/problem+json;q=0.9, */*;q=0.1", ...req.headers };
    const body = typeof req.body === "string" ? Buffer.from(req.body) : req.body ? Buffer.from(req.body) : undefined;
    if (body) headers["content-length"] = String(body.length);
    const record: ProbeResponse["request"] = {
      method,
      url: url.toString(),
      headers,
      ...(body ? { body: body.subarray(0, 4096).toString("utf8") } : {}),
    };
    const remaining = this.options.deadline - Date.now();
    const limit = Math.min(req.timeoutMs ?? this.options.timeoutMs, remaining);
    if (limit <= 0)
      return Promise.resolve({ request: record, headers: {}, bytes: 0, error: { code: "deadline", message: "the run's global deadline has passed" }, durationMs: 0 });

    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      let settled = false;
      let status: number | undefined;
      let resHeaders: Record<string, string> = {};
      const finish = (error?: ProbeResponse["error"]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString("utf8");
        const out: ProbeResponse = { request: record, status, headers: resHeaders, text, bytes, durationMs: Date.now() - started };
        if (error) out.error = error;
        else if (text.trim() !== "") {
          try {
            out.json = JSON.parse(text);
          } catch (e) {
            out.jsonError = (e as Error).message;
          }
        }
        resolve(out);
      };
      const lib = url.protocol === "https:" ? https : http;
      const request = lib.request(url, { method, headers, agent: false }, (res) => {
        status = res.statusCode;
        resHeaders = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v ?? "")]));
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > this.options.maxBodyBytes) {
            finish({ code: "too-large", message: `the response body exceeds ${this.options.maxBodyBytes} bytes` });
            res.destroy();
            request.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () => finish());
        res.on("error", (e) => finish(networkError(e)));
        res.on("aborted", () => finish({ code: "reset", message: "the connection was closed mid-response" }));
      });
      const timer = setTimeout(() => {
        finish({ code: limit < (req.timeoutMs ?? this.options.timeoutMs) ? "deadline" : "timeout", message: `no complete response within ${limit} ms` });
        request.destroy();
      }, limit);
      request.on("error", (e) => finish(networkError(e)));
      if (body) request.write(body);
      request.end();
    });
  }
}

function networkError(e: NodeJS.ErrnoException): NonNullable<ProbeResponse["error"]> {
  if (e.code === "ECONNRESET" || e.code === "EPIPE" || e.message === "socket hang up") return { code: "reset", message: `connection reset (${e.code ?? e.message})` };
  if (e.code === "ECONNREFUSED") return { code: "refused", message: "connection refused" };
  return { code: "network", message: e.code ? `${e.code}: ${e.message}` : e.message };
}
