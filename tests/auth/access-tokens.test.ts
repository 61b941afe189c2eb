import { beforeAll, describe, expect, it } from "vitest";
import { exportSPKI, importJWK, SignJWT, UnsecuredJWT, type CryptoKey } from "jose";
import { ACCESS_PARAMETERS } from "../../generated/sdk/access.ts";
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
const claims = () => ({ client_id: "platform", scope: "records:read", iss: issuer, aud: audience, sub: "platform", iat: now(), exp: now() + 300 });
/** A token with the claims of a good one, but for the header's alg: none. */
const unsigned = () => new UnsecuredJWT(claims()).encode();
/** HS256 keyed with the platform's public key (PEM), under the platform key's kid: the classic algorithm confusion. */
const hmacWithPublicKey = async () =>
  new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: key.kid, typ: "at+jwt" }).sign(new TextEncoder().encode(await exportSPKI((await importJWK(key.publicJwk, "ES256")) as CryptoKey)));
const withExp = (exp: number | undefined) => {
  const { exp: _e, ...rest } = claims();
  return new SignJWT(exp === undefined ? rest : { ...rest, exp }).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "at+jwt" }).sign(key.privateKey);
};

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
    ["alg none", async () => `Bearer ${unsigned()}`, "token-bad-signature", 401],
    ["HS256 keyed with the platform's public key", async () => `Bearer ${await hmacWithPublicKey()}`, "token-bad-signature", 401],
    ["no exp", async () => `Bearer ${await withExp(undefined)}`, "token-malformed", 401],
    ["exp 9e15", async () => `Bearer ${await withExp(9e15)}`, "token-malformed", 401],
    ["exp beyond maxTokenLifetime", async () => `Bearer ${await withExp(now() + ACCESS_PARAMETERS.maxTokenLifetime.value + 120)}`, "token-malformed", 401],
    ["missing scope", async () => `Bearer ${await issueAccessToken(key, { ...base, scopes: ["audit:read"] })}`, "scope-missing", 403],
  ];
  it.each(cases)("rejects %s", async (_name, header, code, status) => {
    const err = await verify(await header(), "records:read").catch((e) => e);
    expect(err.code).toBe(code);
    expect(err.status).toBe(status);
  });

  it("accepts a token whose exp is just within maxTokenLifetime", async () => {
    expect((await verify(`Bearer ${await withExp(now() + ACCESS_PARAMETERS.maxTokenLifetime.value - 5)}`)).client_id).toBe("platform");
  });
});
