/**
 * The trading centre's key set fetched from a URL (`ywjy verify-report --trust https://…`): bounded in
 * time and size like every request to a party the runner does not control, and refused with a message
 * naming the URL when it is not a key set.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTrustStore } from "../../conformance/report/trust.ts";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";

let server: http.Server;
let base: string;
let key: SigningKey;
const limits = { timeoutMs: 500, maxBytes: 64 * 1024 };

beforeAll(async () => {
  key = await generateSigningKey("ES256");
  server = http.createServer((req, res) => {
    const json = (body: string) => (res.writeHead(200, { "content-type": "application/json" }), res.end(body));
    if (req.url === "/keys.json") return json(JSON.stringify({ keys: [{ ...key.publicJwk, nbf: 1_700_000_000 }] }));
    if (req.url === "/huge.json") return json(`{"keys":[${" ".repeat(limits.maxBytes * 4)}]}`);
    if (req.url === "/not-keys.json") return json('{"hello":"world"}');
    if (req.url === "/hang.json") return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
);

const noFile = () => {
  throw new Error("not a file");
};

describe("a trust store at a URL", () => {
  it("is fetched, with each key's validity", async () => {
    const store = await loadTrustStore(`${base}/keys.json`, noFile, limits);
    expect(store.source).toBe(`${base}/keys.json`);
    expect(store.keys).toEqual([expect.objectContaining({ kid: key.kid, nbf: 1_700_000_000 })]);
  });

  it.each([
    ["a body over the size cap", "/huge.json", /the key set could not be fetched \(too-large/],
    ["no answer within the time limit", "/hang.json", /the key set could not be fetched \(timeout/],
    ["an error status", "/missing.json", /the key set could not be fetched \(HTTP 404\)/],
    ["JSON that is not a key set", "/not-keys.json", /not a JWK or a JWKS/],
  ])("is refused on %s, naming the URL", async (_name, path, message) => {
    const err = await loadTrustStore(`${base}${path}`, noFile, limits).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(`${base}${path}: `);
    expect((err as Error).message).toMatch(message);
  });
});
