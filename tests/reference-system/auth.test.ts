/**
 * Platform-token authentication of the reference system: each way a token can be wrong gets 401 (403
 * for a missing scope) with problem+json carrying the token's stable error code and a WWW-Authenticate
 * challenge; the answer conforms to the OpenAPI document; a valid token passes; rate limiting answers
 * 429 with Retry-After once the window is used up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, issueAccessToken } from "../../src/auth/index.ts";
import { expectConforms, ISSUER, startTestSystem, type TestSystem } from "./helpers.ts";

let t: TestSystem;
beforeAll(async () => {
  t = await startTestSystem();
});
afterAll(() => t.close());

const now = () => Math.floor(Date.now() / 1000);

describe("bearer tokens", () => {
  const cases: Array<[string, () => Promise<string | null>, number, string]> = [
    ["a missing token", async () => null, 401, "token-missing"],
    ["a header that is not Bearer", async () => "Basic dXNlcjpwYXNz", 401, "token-malformed"],
    ["a bearer value that is not a JWT", async () => "Bearer not-a-jwt", 401, "token-malformed"],
    ["an expired token", async () => `Bearer ${await t.token({ now: now() - 3600, ttlSeconds: 300 })}`, 401, "token-expired"],
    ["a token that is not valid yet", async () => `Bearer ${await t.token({ notBefore: now() + 3600 })}`, 401, "token-not-yet-valid"],
    ["a token for another audience", async () => `Bearer ${await t.token({ audience: "urn:ywjy:system:0999" })}`, 401, "token-wrong-audience"],
    ["a token from another issuer", async () => `Bearer ${await t.token({ issuer: "https://elsewhere.test" })}`, 401, "token-wrong-issuer"],
    ["a token signed with another key", async () => `Bearer ${await issueAccessToken(await generateSigningKey(), { issuer: ISSUER, audience: t.system.audience, clientId: "x", scopes: ["records:read"] })}`, 401, "token-bad-signature"],
    ["a token without the operation's scope", async () => `Bearer ${await t.token({ scopes: ["audit:read"] })}`, 403, "scope-missing"],
  ];

  it.each(cases)("refuses %s", async (_name, make, status, code) => {
    const a = await t.call("/data-sets/500/records", { auth: await make() });
    expect(a.status).toBe(status);
    expect(a.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(a.body).toMatchObject({ status, code, type: `https://ggzy.xm.gov.cn/ywjy/problems/${code}`, instance: "/data-sets/500/records" });
    expect(a.body.requestId).toBe(a.headers.get("x-request-id"));
    expect(a.headers.get("www-authenticate")).toMatch(/^Bearer realm="ywjy"/);
    if (status === 403) expect(a.headers.get("www-authenticate")).toContain('error="insufficient_scope", error_description="scope-missing", scope="records:read"');
    expectConforms("listRecords", a);
  });

  it("accepts a valid token and answers with RateLimit headers", async () => {
    const a = await t.call("/data-sets/500/records");
    expect(a.status).toBe(200);
    expect(a.headers.get("ratelimit-limit")).toMatch(/^\d+$/);
    expect(a.headers.get("ratelimit-remaining")).toMatch(/^\d+$/);
    expectConforms("listRecords", a);
  });

  it("checks the scope each operation names", async () => {
    const recordsOnly = `Bearer ${await t.token({ scopes: ["records:read"] })}`;
    expect((await t.call("/data-sets", { auth: recordsOnly })).status).toBe(200);
    expect((await t.call("/tender-projects/E3502032026110001001/audit-trail", { auth: recordsOnly })).body.code).toBe("scope-missing");
    expect((await t.run("create-tender-project").then(() => t.call("/conformance/scenarios/open-bids", { method: "POST", auth: recordsOnly }))).body.code).toBe("scope-missing");
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After and problem+json once the window is used up", async () => {
    const limited = await startTestSystem({ rateLimit: { limit: 2, windowSeconds: 60 } });
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await limited.call("/data-sets"));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(answers.map((a) => a.headers.get("ratelimit-remaining"))).toEqual(["1", "0", "0"]);
      const last = answers[2]!;
      expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(last.body.code).toBe("rate-limited");
      expectConforms("listDataSets", last);
    } finally {
      await limited.close();
    }
  });
});

describe("sandbox mode", () => {
  it("hides the conformance hook outside sandbox mode", async () => {
    const production = await startTestSystem({ sandbox: false });
    try {
      const a = await production.run("create-tender-project");
      expect(a.status).toBe(404);
      expect(a.body.code).toBe("sandbox-disabled");
      expectConforms("runScenario", a);
      expect((await production.call("/.well-known/ywjy", { auth: null })).body.sandbox).toBe(false);
    } finally {
      await production.close();
    }
  });
});
