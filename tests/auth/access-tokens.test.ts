import { beforeAll, describe, expect, it } from "vitest";
import { accessTokenVerifier, generateSigningKey, issueAccessToken, type SigningKey, type TokenErrorCode } from "../../src/auth/index.ts";

const issuer = "https://platform.test";
const audience = "urn:ywjy:system:0201";
let key: SigningKey;
let other: SigningKey;
let verify: ReturnType<typeof accessTokenVerifier>;

beforeAll(async () => {
  key = await generateSigningKey("ES256");
  other = await generateSigningKey("ES256");
  verify = accessTokenVerifier({ keys: [key.publicJwk] }, { issuer, audience, clockToleranceSeconds: 0 });
});

const now = () => Math.floor(Date.now() / 1000);
const base = { issuer, audience, clientId: "platform", scopes: ["records:read"] };

describe("platform access tokens", () => {
  it("accepts a good token and returns its claims", async () => {
    const claims = await verify(`Bearer ${await issueAccessToken(key, base)}`, "records:read");
    expect(claims.client_id).toBe("platform");
  });

  const cases: Array<[string, () => Promise<string | undefined>, TokenErrorCode, number]> = [
    ["no header", async () => undefined, "token-missing", 401],
    ["not a bearer", async () => "Basic dXNlcjpwYXNz", "token-malformed", 401],
    ["not a JWT", async () => "Bearer abc.def", "token-malformed", 401],
    ["expired", async () => `Bearer ${await issueAccessToken(key, { ...base, now: now() - 3600, ttlSeconds: 60 })}`, "token-expired", 401],
    ["not yet valid", async () => `Bearer ${await issueAccessToken(key, { ...base, notBefore: now() + 3600 })}`, "token-not-yet-valid", 401],
    ["wrong audience", async () => `Bearer ${await issueAccessToken(key, { ...base, audience: "urn:other" })}`, "token-wrong-audience", 401],
    ["wrong issuer", async () => `Bearer ${await issueAccessToken(key, { ...base, issuer: "https://evil.test" })}`, "token-wrong-issuer", 401],
    ["signed by another key", async () => `Bearer ${await issueAccessToken(other, base)}`, "token-bad-signature", 401],
    ["missing scope", async () => `Bearer ${await issueAccessToken(key, { ...base, scopes: ["audit:read"] })}`, "scope-missing", 403],
  ];
  it.each(cases)("rejects %s", async (_name, header, code, status) => {
    const err = await verify(await header(), "records:read").catch((e) => e);
    expect(err.code).toBe(code);
    expect(err.status).toBe(status);
  });
});
