/**
 * A proxy on loopback in front of a clean reference system that breaks one thing on the way: a test
 * gives it functions that see each request and answer and may change them (or answer in the system's
 * place). It makes the purpose-built bad targets for the checks that no defect switch of the reference
 * system breaks. The reference system is started with the proxy's URL as its base URL, so its links
 * and redirects lead back through the proxy.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Exchange {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Close the connection instead of answering. */
  reset?: boolean;
}

export interface Tamper {
  /** Changes the request, or answers it in the system's place (`forward` asks the system behind). */
  request?(x: Exchange, forward: (x: Exchange) => Promise<Answer>): Exchange | Answer | void | Promise<Exchange | Answer | void>;
  /** Changes the answer. */
  response?(x: Exchange, a: Answer): Answer | void;
}

export interface TamperProxy {
  url: string;
  /** Where requests go (set once the system behind listens). */
  upstream?: string;
  close(): Promise<void>;
}

const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host", "upgrade"]);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startTamperProxy(tamper: Tamper): Promise<TamperProxy> {
  const proxy: TamperProxy = { url: "", close: async () => {} };
  const forward = async (x: Exchange): Promise<Answer> => {
    const up = await fetch(proxy.upstream + x.url.pathname + x.url.search, {
      method: x.method,
      headers: x.headers,
      redirect: "manual",
      ...(x.body.length ? { body: new Uint8Array(x.body) } : {}),
    });
    const headers: Record<string, string | string[]> = {};
    up.headers.forEach((v, k) => {
      if (!HOP.has(k) && k !== "set-cookie") headers[k] = v;
    });
    if (up.headers.getSetCookie().length) headers["set-cookie"] = up.headers.getSetCookie();
    return { status: up.status, headers, body: Buffer.from(await up.arrayBuffer()) };
  };
  const server = createServer(async (req, res) => {
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (HOP.has(k) || v === undefined ? [] : [[k, Array.isArray(v) ? v.join(", ") : v]])));
      let x: Exchange = { method: req.method ?? "GET", url: new URL(req.url ?? "/", proxy.url), headers, body: await readBody(req) };
      const changed = await tamper.request?.(x, forward);
      if (changed && !("status" in changed)) x = changed;
      let a = changed && "status" in changed ? changed : await forward(x);
      a = tamper.response?.(x, a) ?? a;
      if (a.reset) return void req.socket.destroy();
      res.writeHead(a.status, { ...a.headers, "content-length": String(a.body.length) });
      res.end(a.body);
    } catch (e) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`tamper proxy: ${(e as Error).message}`);
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(() => r()));
  };
  return proxy;
}

const isJson = (a: Answer) => /json/.test(String(a.headers["content-type"] ?? ""));

/** The answer with its JSON body changed by `change` (which may edit it in place or return a new one). */
export function editJson(a: Answer, change: (body: any) => unknown): Answer {
  if (!isJson(a) || a.body.length === 0) return a;
  const body = JSON.parse(a.body.toString("utf8"));
  const out = change(body) ?? body;
  return { ...a, body: Buffer.from(JSON.stringify(out)) };
}

/** A JSON answer made up by the proxy. */
export function jsonAnswer(status: number, body: unknown, contentType = "application/json"): Answer {
  return { status, headers: { "content-type": contentType, "x-request-id": "tamper-proxy" }, body: Buffer.from(JSON.stringify(body)) };
}

/** The payload of a JWT bearer token, when the request carries one. */
export function bearerClaims(x: Exchange): Record<string, any> | undefined {
  const m = x.headers.authorization?.match(/^Bearer ([^.]+)\.([^.]+)\./);
  if (!m) return undefined;
  try {
    return JSON.parse(Buffer.from(m[2]!, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}
