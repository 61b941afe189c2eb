/**
 * The runner's HTTP client for talking to a target that may be broken or hostile: every request
 * has a total time limit, a body-size cap, and follows redirects only within the target's origin.
 * It never throws for what the target does — a reset, a hang, garbage or an endless body come
 * back as a ProbeResponse with `error` set — so a check can fail or error, and the run goes on.
 *
 * A response keeps the parsed JSON, an excerpt of the body as text and the body's SHA-256, never the
 * raw body: checks keep responses (as evidence, across pages), and a target answering megabytes to
 * every request must not make the runner hold them all.
 */
import { createHash } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { collectGarbage } from "./memory.ts";

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
  /** The body as text (UTF-8): the whole body up to TEXT_EXCERPT_BYTES, else its first TEXT_EXCERPT_BYTES (then `bytes` is larger). */
  text?: string;
  /** The body's length in bytes (as far as it was read; past the cap, with the chunk that crossed it). */
  bytes: number;
  /** SHA-256 of the body bytes read, `sha256:<hex>` (absent when there was no body). */
  digest?: string;
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
  /** How many bodies over LARGE_BODY_BYTES are read at once (default 2). */
  largeBodySlots?: number;
}

/** How much of a body a ProbeResponse keeps as text (the JSON is parsed from the whole body). */
export const TEXT_EXCERPT_BYTES = 64 * 1024;

/** A body past this size is large: it reads on only with one of the probe's large-body slots. */
export const LARGE_BODY_BYTES = 1024 * 1024;
/** Large bodies read between two full garbage collections. */
const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * Slots for reading large bodies. Buffering a body, joining its chunks, decoding it and parsing it
 * cost several times its size; checks run side by side and several of them may wait on a large answer
 * at once, so only `slots` large bodies are read at a time, and the others wait (paused) for a slot.
 * Small bodies never wait, and a body that holds a slot never waits for anything else.
 */
class LargeBodySlots {
  private readonly waiting: Array<() => void> = [];
  /** Bytes of large bodies read since the last full garbage collection (memory.ts). */
  private sinceCollection = 0;
  constructor(private free: number) {}
  /** Counts a large body read; once they add up to COLLECT_AFTER_BYTES, collects the garbage earlier ones left. */
  read(bytes: number): void {
    this.sinceCollection += bytes;
    if (this.sinceCollection >= COLLECT_AFTER_BYTES) {
      this.sinceCollection = 0;
      collectGarbage();
    }
  }
  /** A slot now (true), or false and `granted` is called when one is free. */
  take(granted: () => void): boolean {
    if (this.free > 0) {
      this.free--;
      return true;
    }
    this.waiting.push(granted);
    return false;
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

export class HttpProbe {
  readonly origin: string;
  private readonly base: URL;
  private readonly largeBodies: LargeBodySlots;
  constructor(
    target: string,
    readonly options: ProbeOptions,
  ) {
    this.base = new URL(target.endsWith("/") ? target : target + "/");
    this.origin = this.base.origin;
    this.largeBodies = new LargeBodySlots(options.largeBodySlots ?? 1);
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
      let whole: Buffer | undefined;
      let filled = 0;
      let bytes = 0;
      let settled = false;
      let status: number | undefined;
      let resHeaders: Record<string, string> = {};
      let slot: "none" | "waiting" | "held" = "none";
      const finish = (error?: ProbeResponse["error"]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (slot === "held") this.largeBodies.read(bytes);
        const body = whole ? whole.subarray(0, filled) : Buffer.concat(chunks);
        chunks.length = 0;
        whole = undefined;
        // A fresh string of the excerpt's bytes, not a slice of the whole text (a slice would keep the whole alive).
        const text = body.subarray(0, TEXT_EXCERPT_BYTES).toString("utf8");
        const out: ProbeResponse = { request: record, status, headers: resHeaders, text, bytes, durationMs: Date.now() - started };
        if (body.length > 0) out.digest = "sha256:" + createHash("sha256").update(body).digest("hex");
        if (error) out.error = error;
        else if (body.length > 0) {
          const all = body.length > TEXT_EXCERPT_BYTES ? body.toString("utf8") : text;
          if (all.trim() !== "")
            try {
              out.json = JSON.parse(all);
            } catch (e) {
              out.jsonError = (e as Error).message;
            }
        }
        // The slot is given back once the body is parsed: from here on, only the parsed value is held.
        if (slot === "held") this.largeBodies.give();
        resolve(out);
      };
      const lib = url.protocol === "https:" ? https : http;
      const request = lib.request(url, { method, headers, agent: false }, (res) => {
        status = res.statusCode;
        resHeaders = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v ?? "")]));
        const announced = Number(res.headers["content-length"]);
        /** With a slot, a large body of announced length goes into one buffer rather than chunks joined at the end (half the memory). */
        const adopt = () => {
          slot = "held";
          if (!Number.isSafeInteger(announced) || announced < bytes || announced > this.options.maxBodyBytes) return;
          whole = Buffer.allocUnsafe(announced);
          for (const c of chunks) filled += c.copy(whole, filled);
          chunks.length = 0;
        };
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > this.options.maxBodyBytes) {
            finish({ code: "too-large", message: `the response body exceeds ${this.options.maxBodyBytes} bytes` });
            res.destroy();
            request.destroy();
            return;
          }
          if (whole && filled + chunk.length <= whole.length) filled += chunk.copy(whole, filled);
          else {
            if (whole) {
              // More than announced: go on in chunks.
              chunks.push(whole.subarray(0, filled));
              whole = undefined;
            }
            chunks.push(chunk);
          }
          if (slot === "none" && bytes > LARGE_BODY_BYTES) {
            if (this.largeBodies.take(() => (settled ? this.largeBodies.give() : (adopt(), res.resume())))) adopt();
            else {
              slot = "waiting";
              res.pause();
            }
          }
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
