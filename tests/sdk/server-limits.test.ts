/**
 * The connection limits of ACC-ERR-06 and RPT-CHAN-20, on each server ywjy runs: the mock platform, the
 * reference system, and the runner's own platform side (the same platform code, embedded). Each is
 * started with short timeouts and a small connection cap, then met by hostile clients on loopback:
 * unauthenticated large uploads (refused before the body is read), half-sent headers and bodies (cut by
 * the timeouts, with 408 problem+json), idle connections (closed), one connection too many (closed), a
 * 1 MB token (431 problem+json), and a client that aborts its upload (no trace on stderr).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startPlatformSession } from "../../conformance/platform-session.ts";
import { createReferenceSystem } from "../../conformance/reference-system/index.ts";
import { generateSigningKey, issueAccessToken } from "../../src/auth/index.ts";
import { startMockPlatform } from "../../src/platform/index.ts";
import { SERVER_LIMITS, type ServerLimits } from "../../src/sdk/index.ts";
import { bytesReadBy, parseRawAnswer, rawConnection, upload } from "../helpers/raw-http.ts";
import type { Server } from "node:http";

const LIMITS: Partial<ServerLimits> = { headersTimeoutMs: 300, requestTimeoutMs: 600, idleTimeoutMs: 400, maxConnections: 4 };
const MB = 1 << 20;

interface Subject {
  url: string;
  server: Server;
  /** A token-protected POST path. */
  protectedPost: string;
  /** A POST whose body the server reads (its path, and the headers that get it that far). */
  bodyReadingPost(): Promise<{ path: string; headers: Record<string, string> }>;
  close(): Promise<void>;
}

/** The platform's token endpoint reads its form body before it knows the client (the client may authenticate in it). */
const tokenEndpoint = async () => ({ path: "/oauth/token", headers: { "content-type": "application/x-www-form-urlencoded" } });

const SUBJECTS: Array<[string, () => Promise<Subject>]> = [
  [
    "mock platform",
    async () => {
      const p = await startMockPlatform({ serverLimits: LIMITS });
      return { url: p.url, server: p.server, protectedPost: "/reporting/v1/reports", bodyReadingPost: tokenEndpoint, close: () => p.close() };
    },
  ],
  [
    "runner's platform",
    async () => {
      const p = await startPlatformSession({ credentials: { clientId: "runner" }, serverLimits: LIMITS });
      return { url: p.url, server: p.mock.server, protectedPost: "/reporting/v1/reports", bodyReadingPost: tokenEndpoint, close: () => p.close() };
    },
  ],
  [
    "reference system",
    async () => {
      const key = await generateSigningKey();
      const system = createReferenceSystem({ sandbox: true, platform: { issuer: "https://platform.test", keys: { keys: [key.publicJwk] } }, serverLimits: LIMITS });
      const url = await system.listen(0);
      const path = "/conformance/scenarios/create-tender-project";
      const token = () => issueAccessToken(key, { issuer: "https://platform.test", audience: system.audience, clientId: "runner", scopes: ["conformance:run"] });
      return {
        url,
        server: system.server,
        protectedPost: path,
        bodyReadingPost: async () => ({ path, headers: { authorization: `Bearer ${await token()}`, "content-type": "application/json" } }),
        close: () => system.close(),
      };
    },
  ],
];

it("the defaults are the access standard's parameters", () => {
  expect(SERVER_LIMITS).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, idleTimeoutMs: 30_000, maxConnections: 512, maxHeaderBytes: 16_384 });
});

describe.each(SUBJECTS)("%s", (_name, start) => {
  let s: Subject;
  let bytesRead: () => number;
  beforeAll(async () => {
    s = await start();
    bytesRead = bytesReadBy(s.server);
  });
  afterAll(() => s?.close());

  it("refuses an unauthenticated 100 MB upload before reading its body", async () => {
    const before = bytesRead();
    const r = await upload(s.url + s.protectedPost, 100 * MB);
    // The answer may be lost to the reset of a connection still sending; what counts is what the server read.
    if (r.status !== undefined) expect(r.status).toBe(401);
    else expect(r.error).toBeDefined();
    expect(bytesRead() - before).toBeLessThan(8 * MB);
  });

  it("cuts a connection whose headers do not arrive within the headers timeout, with 408 problem+json", async () => {
    const c = await rawConnection(s.url);
    c.socket.write(`POST ${s.protectedPost} HTTP/1.1\r\nHost: x\r\n`);
    const a = parseRawAnswer(await c.closed);
    expect([a.status, a.contentType, a.body.code]).toEqual([408, "application/problem+json", "request-timeout"]);
  });

  it("cuts a request whose body does not arrive within the request timeout, with 408 problem+json", async () => {
    const c = await rawConnection(s.url);
    const { path, headers } = await s.bodyReadingPost();
    c.socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}Content-Length: 1000\r\n\r\n`);
    // A byte now and then keeps the connection from going idle: only the request timeout can end it.
    const trickle = setInterval(() => c.socket.writable && c.socket.write("1"), 100);
    const a = parseRawAnswer(await c.closed.finally(() => clearInterval(trickle)));
    expect([a.status, a.contentType, a.body.code]).toEqual([408, "application/problem+json", "request-timeout"]);
  });

  it("closes a kept-alive connection that stays idle", async () => {
    const c = await rawConnection(s.url);
    c.socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(parseRawAnswer(await c.closed).status).toBe(200);
  });

  it("answers a 1 MB token with 431 problem+json", async () => {
    const r = await fetch(s.url + s.protectedPost, { method: "POST", headers: { authorization: `Bearer ${"a".repeat(MB)}` }, body: "{}" });
    expect([r.status, r.headers.get("content-type")]).toEqual([431, "application/problem+json"]);
    expect(((await r.json()) as { code: string }).code).toBe("headers-too-large");
  });

  it("lets a client that aborts its upload go without a word on stderr", async () => {
    const stderr = vi.spyOn(process.stderr, "write");
    const consoleError = vi.spyOn(console, "error");
    try {
      const before = bytesRead();
      const c = await rawConnection(s.url);
      const { path, headers } = await s.bodyReadingPost();
      c.socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join("")}Content-Length: 100000\r\n\r\n{"a":`);
      // Reset once the server is reading the body (it has read the part sent).
      await vi.waitFor(() => expect(bytesRead()).toBeGreaterThan(before));
      await new Promise((r) => setTimeout(r, 50));
      c.socket.resetAndDestroy();
      await c.closed;
      // The server has seen the reset once a later request is answered.
      expect((await fetch(s.url + "/health")).status).toBe(200);
      expect([...stderr.mock.calls, ...consoleError.mock.calls]).toEqual([]);
    } finally {
      stderr.mockRestore();
      consoleError.mockRestore();
    }
  });
  it("closes connections beyond maxConnections at once", async () => {
    const connections = () => new Promise<number>((r) => s.server.getConnections((_e, n) => r(n)));
    // Those of the earlier tests (fetch keeps its own alive) are closed by the idle timeout first.
    await vi.waitFor(async () => expect(await connections()).toBe(0), { timeout: 5000 });
    const held = await Promise.all(Array.from({ length: LIMITS.maxConnections! }, () => rawConnection(s.url)));
    try {
      // The server counts a connection once it has accepted it: wait for each to be seen.
      await vi.waitFor(async () => expect(await connections()).toBe(LIMITS.maxConnections));
      const extra = await rawConnection(s.url);
      extra.socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
      expect(await extra.closed).toBe("");
    } finally {
      for (const c of held) c.socket.destroy();
    }
  });
});
