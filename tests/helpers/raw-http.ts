/**
 * HTTP below fetch, for the tests of how servers treat hostile clients: large and slow uploads, raw
 * sockets that send half a request, and the bytes a server actually read from its connections.
 */
import { request, type Server } from "node:http";
import { connect, type Socket } from "node:net";

export interface UploadResult {
  /** The answer, when one came before the connection ended. */
  status?: number;
  contentType?: string;
  body?: string;
  /** The error the client met (a reset or closed connection while it was still sending). */
  error?: string;
}

/**
 * Posts `bytes` bytes of body in 64 KiB chunks, with a Content-Length unless `chunked`. Resolves when the
 * answer has been read or the connection has ended, whichever the server chose.
 */
export function upload(url: string, bytes: number, o: { headers?: Record<string, string>; chunked?: boolean } = {}): Promise<UploadResult> {
  return new Promise((resolve) => {
    const out: UploadResult = {};
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      resolve(out);
    };
    const req = request(url, { method: "POST", headers: { "content-type": "application/json", ...(o.chunked ? {} : { "content-length": String(bytes) }), ...o.headers } }, (res) => {
      out.status = res.statusCode;
      out.contentType = res.headers["content-type"];
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => {
        out.body = text;
        req.destroy();
        done();
      });
      res.on("error", () => done());
    });
    req.on("error", (e) => {
      out.error ??= (e as NodeJS.ErrnoException).code ?? e.message;
      // An answer may still be on its way after the write side failed.
      setImmediate(() => (out.status === undefined || out.body !== undefined ? done() : undefined));
    });
    req.on("close", () => setImmediate(done));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes && !req.destroyed) {
        const n = Math.min(chunk.length, bytes - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

/** Counts the bytes a server read from all its connections (also those already closed). */
export function bytesReadBy(server: Server): () => number {
  const sockets: Socket[] = [];
  server.on("connection", (s: Socket) => sockets.push(s));
  return () => sockets.reduce((n, s) => n + s.bytesRead, 0);
}

/** A raw connection: what it received, and a promise that settles when the server closed it. */
export interface RawConnection {
  socket: Socket;
  received(): string;
  closed: Promise<string>;
}

export async function rawConnection(url: string): Promise<RawConnection> {
  const u = new URL(url);
  const socket = connect(Number(u.port), u.hostname);
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (c: string) => (text += c));
  socket.on("error", () => {});
  const closed = new Promise<string>((resolve) => socket.on("close", () => resolve(text)));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  return { socket, received: () => text, closed };
}

/** The status and JSON body of a raw HTTP/1.1 answer. */
export function parseRawAnswer(text: string): { status: number; contentType?: string; body: any } {
  const [head = "", body = ""] = text.split("\r\n\r\n");
  const status = Number(head.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);
  const contentType = head.match(/^content-type:\s*(.+)$/im)?.[1]?.trim();
  // A chunked body (no Content-Length) is left as it came.
  const json = /json/.test(contentType ?? "") && /^content-length:/im.test(head);
  return { status, ...(contentType ? { contentType } : {}), body: body && json ? JSON.parse(body) : body };
}
