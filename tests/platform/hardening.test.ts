/**
 * The mock platform against an attacker on the same machine (issue 11): no body read for a request
 * refused on its token or declared size, reading stopped at the cap; the admin API closed to callers
 * without the admin token, to other than JSON bodies and to web pages of other origins; paths that do
 * not decode get 400; unknown system names leave no state; push tokens without exp or with an exp
 * centuries away are refused.
 */
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";
import { bytesReadBy, upload } from "../helpers/raw-http.ts";
import { message, testPlatform, variant, type TestPlatform } from "./fixtures.ts";

const MB = 1 << 20;
const CAP = MB;

let t: TestPlatform;
let platformKey: SigningKey;
let bytesRead: () => number;
beforeAll(async () => {
  platformKey = await generateSigningKey();
  t = await testPlatform({ key: platformKey, limits: { maxMessageBytes: CAP } });
  bytesRead = bytesReadBy(t.platform.server);
});
afterAll(() => t?.close());

describe("the intake reads no body it refuses", () => {
  it("refuses an authenticated message declared larger than maxMessageBytes before reading it", async () => {
    const before = bytesRead();
    const r = await upload(t.platform.intakeUrl + "/reports", 100 * MB, { headers: { authorization: `Bearer ${await t.token()}` } });
    if (r.status !== undefined) {
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body!).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["intake.too-large"]);
    } else expect(r.error).toBeDefined();
    expect(bytesRead() - before).toBeLessThan(8 * MB);
  });

  it("stops reading a chunked message at maxMessageBytes", async () => {
    const before = bytesRead();
    const r = await upload(t.platform.intakeUrl + "/reports", 60 * MB, { chunked: true, headers: { authorization: `Bearer ${await t.token()}` } });
    if (r.status !== undefined) expect(r.status).toBe(413);
    expect(bytesRead() - before).toBeLessThan(CAP + 8 * MB);
  });

  it("still takes a message within the limits on the same platform", async () => {
    expect((await t.post(await message({ key: t.key, body: variant(502, 1), sequence: 1 }))).status).toBe(200);
  });
});

describe("push tokens the platform signed but should not accept", () => {
  const claims = () => ({ client_id: "trading-system-0201", scope: PUSH_SCOPE, iss: t.platform.url, aud: t.platform.intakeUrl, sub: "trading-system-0201", iat: Math.floor(Date.now() / 1000) });
  const sign = (c: Record<string, unknown>) => new SignJWT(c).setProtectedHeader({ alg: platformKey.alg, kid: platformKey.kid, typ: "at+jwt" }).sign(platformKey.privateKey);
  it.each([
    ["without exp", () => sign(claims())],
    ["with exp 9e15", () => sign({ ...claims(), exp: 9e15 })],
  ])("refuses a token %s (401 token-malformed)", async (_name, token) => {
    const m = await message({ key: t.key, body: variant(502, 2), sequence: 2 });
    const r = await fetch(t.platform.intakeUrl + "/reports", { method: "POST", headers: { ...m.headers, authorization: `Bearer ${await token()}` }, body: m.body });
    expect([r.status, ((await r.json()) as { code: string }).code]).toEqual([401, "token-malformed"]);
  });
});

describe("the admin API", () => {
  const client = () => ({ clientId: `evil-${crypto.randomUUID()}`, clientSecret: "evil-secret-123456", systemNo: "0299" });
  const bearer = () => `Bearer ${t.platform.adminToken}`;
  it.each<[string, () => Record<string, string> | Promise<Record<string, string>>, number]>([
    ["a text/plain body (a web page's simple request)", () => ({ authorization: bearer(), "content-type": "text/plain" }), 415],
    ["no admin token", () => ({ "content-type": "application/json" }), 401],
    ["a wrong admin token", () => ({ authorization: "Bearer not-the-admin-token", "content-type": "application/json" }), 401],
    ["the platform's own access token", async () => ({ authorization: `Bearer ${await t.token()}`, "content-type": "application/json" }), 401],
    ["an Origin of another site", () => ({ authorization: bearer(), "content-type": "application/json", origin: "http://evil.example" }), 403],
    ["Sec-Fetch-Site: cross-site", () => ({ authorization: bearer(), "content-type": "application/json", "sec-fetch-site": "cross-site" }), 403],
    ["Sec-Fetch-Site: same-site", () => ({ authorization: bearer(), "content-type": "application/json", "sec-fetch-site": "same-site" }), 403],
  ])("refuses to register a client with %s", async (_name, headers, status) => {
    const c = client();
    const r = await fetch(t.platform.url + "/mock/clients", { method: "POST", body: JSON.stringify(c), headers: await headers() });
    expect([r.status, r.headers.get("content-type")]).toEqual([status, "application/problem+json"]);
    expect(t.platform.registry.list().map((x) => x.clientId)).not.toContain(c.clientId);
  });

  it("refuses forged records pushed through it without the token (nothing reaches the faults or the records)", async () => {
    const r = await fetch(t.platform.url + "/mock/faults", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ action: "fail" }) });
    expect(r.status).toBe(401);
    expect(t.platform.faults.list()).toEqual([]);
  });

  it("registers a client for a same-origin caller with the token and JSON", async () => {
    const c = client();
    const r = await fetch(t.platform.url + "/mock/clients", { method: "POST", headers: { authorization: bearer(), "content-type": "application/json", origin: t.platform.url, "sec-fetch-site": "same-origin" }, body: JSON.stringify(c) });
    expect(r.status).toBe(201);
    expect(t.platform.registry.list().map((x) => x.clientId)).toContain(c.clientId);
  });

  it("answers a path that is not percent-encoded UTF-8 with 400 problem+json", async () => {
    const r = await fetch(t.platform.url + "/mock/records/%E0%A4%A", { headers: { authorization: bearer() } });
    expect([r.status, r.headers.get("content-type")]).toEqual([400, "application/problem+json"]);
  });

  it("keeps no state for system names it does not know", async () => {
    const known = t.platform.intake.systemNos();
    for (let i = 0; i < 200; i++) {
      const r = await fetch(`${t.platform.url}/mock/systems/${(9000 + i).toString(36).toUpperCase().padStart(4, "Z")}/sequence`, { headers: { authorization: bearer() } });
      expect(r.status).toBe(200);
    }
    expect(t.platform.intake.systemNos()).toEqual(known);
    expect((await fetch(`${t.platform.url}/mock/systems/${"x".repeat(5000)}/sequence`, { headers: { authorization: bearer() } })).status).toBe(400);
  });
});
