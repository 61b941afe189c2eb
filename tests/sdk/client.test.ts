/**
 * The SDK's typed client against a scripted server on loopback: client-credentials tokens cached until
 * shortly before they expire (one token request at a time), retry on 429 and 503 with Retry-After or
 * exponential backoff with full jitter, the same body resent, other statuses not retried, a timeout per
 * attempt, and token-endpoint failures reported without the secret.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clientCredentials, createAccessClient, retryAfterMs } from "../../src/sdk/index.ts";

interface Seen {
  method: string;
  path: string;
  authorization?: string;
  body: string;
}

let server: Server;
let base: string;
let seen: Seen[];
let tokenRequests: Array<{ authorization?: string; form: URLSearchParams }>;
/** The answers the API routes give, in turn; the last repeats. */
let script: Array<{ status: number; headers?: Record<string, string> }>;

async function body(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const c of req) text += c;
  return text;
}

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const text = await body(req);
    if (req.url === "/token") {
      tokenRequests.push({ authorization: req.headers.authorization, form: new URLSearchParams(text) });
      const basic = Buffer.from(req.headers.authorization?.replace(/^Basic /, "") ?? "", "base64").toString();
      if (basic.startsWith("bad:")) {
        res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "invalid_client" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ access_token: `tok-${tokenRequests.length}`, token_type: "Bearer", expires_in: 60 }));
      return;
    }
    if (req.url === "/hang") return; // never answers
    seen.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization, body: text });
    const answer = script.length > 1 ? script.shift()! : script[0]!;
    res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers }).end(JSON.stringify({ status: "ok", specVersion: "0.1.0", time: new Date().toISOString() }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  seen = [];
  tokenRequests = [];
  script = [{ status: 200 }];
});

const sleeps: number[] = [];
const retry = { sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };

describe("client-credentials tokens", () => {
  it("fetches one token with HTTP Basic, scope and resource, and reuses it", async () => {
    const tokens = clientCredentials({ tokenUrl: `${base}/token`, clientId: "runner", clientSecret: "s3cret", scopes: ["records:read"], resource: "urn:ywjy:system:0201" });
    const client = createAccessClient({ baseUrl: base, token: tokens });
    for (let i = 0; i < 3; i++) expect((await client.GET("/health")).response.status).toBe(200);
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.authorization).toBe(`Basic ${Buffer.from("runner:s3cret").toString("base64")}`);
    expect(Object.fromEntries(tokenRequests[0]!.form)).toEqual({ grant_type: "client_credentials", scope: "records:read", resource: "urn:ywjy:system:0201" });
    expect(seen.map((s) => s.authorization)).toEqual(["Bearer tok-1", "Bearer tok-1", "Bearer tok-1"]);
  });

  it("asks for a new token once the cached one is about to expire, and after invalidate()", async () => {
    let clock = 1_000_000;
    const tokens = clientCredentials({ tokenUrl: `${base}/token`, clientId: "runner", clientSecret: "s", skewSeconds: 10, now: () => clock });
    expect(await tokens.getToken()).toBe("tok-1");
    clock += 49_000;
    expect(await tokens.getToken()).toBe("tok-1");
    clock += 2_000;
    expect(await tokens.getToken()).toBe("tok-2");
    tokens.invalidate();
    expect(await tokens.getToken()).toBe("tok-3");
  });

  it("makes one token request for concurrent callers", async () => {
    const tokens = clientCredentials({ tokenUrl: `${base}/token`, clientId: "runner", clientSecret: "s" });
    expect(new Set(await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()]))).toEqual(new Set(["tok-1"]));
    expect(tokenRequests).toHaveLength(1);
  });

  it("sends the credentials as form fields with clientAuth post", async () => {
    await clientCredentials({ tokenUrl: `${base}/token`, clientId: "runner", clientSecret: "s", clientAuth: "post" }).getToken();
    expect(tokenRequests[0]!.authorization).toBeUndefined();
    expect(tokenRequests[0]!.form.get("client_id")).toBe("runner");
  });

  it("reports a refusing token endpoint by status and error, without the secret", async () => {
    const err = await clientCredentials({ tokenUrl: `${base}/token`, clientId: "bad", clientSecret: "top-secret" }).getToken().catch((e: Error) => e);
    expect((err as Error).message).toMatch(/answered 401 \(invalid_client\)/);
    expect((err as Error).message).not.toContain("top-secret");
  });
});

describe("retries", () => {
  beforeEach(() => {
    sleeps.length = 0;
  });

  it("retries a 429 after its Retry-After", async () => {
    script = [{ status: 429, headers: { "retry-after": "2" } }, { status: 200 }];
    const r = await createAccessClient({ baseUrl: base, retry }).GET("/health");
    expect(r.response.status).toBe(200);
    expect(sleeps).toEqual([2000]);
  });

  it("backs off exponentially with full jitter on 503, and gives up after the retries", async () => {
    script = [{ status: 503 }];
    const r = await createAccessClient({ baseUrl: base, retry: { ...retry, retries: 3, baseDelayMs: 200 } }).GET("/health");
    expect(r.response.status).toBe(503);
    expect(sleeps).toEqual([100, 200, 400]);
    expect(seen).toHaveLength(4);
  });

  it("caps the backoff at maxDelayMs and does not wait for a longer Retry-After", async () => {
    script = [{ status: 503 }];
    await createAccessClient({ baseUrl: base, retry: { ...retry, retries: 4, baseDelayMs: 1000, maxDelayMs: 3000 } }).GET("/health");
    expect(sleeps).toEqual([500, 1000, 1500, 1500]);
    sleeps.length = 0;
    script = [{ status: 429, headers: { "retry-after": "3600" } }, { status: 200 }];
    expect((await createAccessClient({ baseUrl: base, retry }).GET("/health")).response.status).toBe(429);
    expect(sleeps).toEqual([]);
  });

  it("resends the same body", async () => {
    script = [{ status: 503, headers: { "retry-after": "0" } }, { status: 200 }];
    const client = createAccessClient({ baseUrl: base, retry });
    await client.POST("/conformance/scenarios/{name}", { params: { path: { name: "open-bids" } }, body: { bidSectionCode: "E3502032026110001001001" } });
    expect(seen.map((s) => [s.method, s.path, s.body])).toEqual([
      ["POST", "/conformance/scenarios/open-bids", '{"bidSectionCode":"E3502032026110001001001"}'],
      ["POST", "/conformance/scenarios/open-bids", '{"bidSectionCode":"E3502032026110001001001"}'],
    ]);
  });

  it.each([400, 401, 404, 500])("does not retry %i", async (status) => {
    script = [{ status }];
    await createAccessClient({ baseUrl: base, retry }).GET("/health");
    expect(seen).toHaveLength(1);
  });

  it("does not retry when retry is false", async () => {
    script = [{ status: 503 }];
    await createAccessClient({ baseUrl: base, retry: false }).GET("/health");
    expect(seen).toHaveLength(1);
  });

  it.each([
    ["delay-seconds", "7", 7000],
    ["an HTTP-date", new Date(Date.parse("2026-11-27T08:00:05Z")).toUTCString(), 5000],
    ["a date in the past", "Thu, 01 Jan 1970 00:00:00 GMT", 0],
    ["garbage", "soon", undefined],
  ])("reads Retry-After given as %s", (_name, header, ms) => {
    expect(retryAfterMs(header, Date.parse("2026-11-27T08:00:00Z"))).toBe(ms);
  });
});

describe("timeouts", () => {
  it("aborts an attempt that takes longer than timeoutMs", async () => {
    const client = createAccessClient({ baseUrl: base, timeoutMs: 100, retry: false });
    const err = await client.GET("/hang" as "/health").catch((e: Error) => e);
    expect((err as Error).name).toMatch(/TimeoutError|AbortError/);
  });
});
