/**
 * The SDK's OpenID relying party against a scripted provider on loopback: the ID token must be signed
 * by the provider's keys, for this client, from this issuer, and carry the login's nonce; the code is
 * exchanged with the login's code_verifier; each failure is a ProblemError with the standard's code.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, issueIdToken, type SigningKey } from "../../src/auth/index.ts";
import { createRelyingParty, ProblemError } from "../../src/sdk/index.ts";

const ISSUER = "https://platform.test";
let key: SigningKey;
let server: Server;
let tokenUrl: string;
/** How the scripted token endpoint makes its ID token for the last code. */
let idToken: (nonce: string) => Promise<string>;
let lastForm: URLSearchParams;
let nonceOfCode = "";

beforeAll(async () => {
  key = await generateSigningKey();
  server = createServer(async (req, res) => {
    let text = "";
    for await (const c of req) text += c;
    lastForm = new URLSearchParams(text);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ access_token: "a", token_type: "Bearer", id_token: await idToken(nonceOfCode) }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  tokenUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function rp() {
  return createRelyingParty({
    issuer: ISSUER,
    clientId: "system-0201",
    clientSecret: "s",
    redirectUri: "https://jy.test/sso/callback",
    metadata: { issuer: ISSUER, authorization_endpoint: `${ISSUER}/oauth/authorize`, token_endpoint: tokenUrl, jwks_uri: `${ISSUER}/jwks` },
    keys: { keys: [key.publicJwk] },
  });
}

/** Begins a login and answers its callback with a code. */
async function login(make: (nonce: string) => Promise<string>) {
  const party = rp();
  const { location, state } = await party.begin({ module: "contract" });
  const url = new URL(location);
  nonceOfCode = url.searchParams.get("nonce")!;
  idToken = make;
  return { party, state, challenge: url.searchParams.get("code_challenge")!, result: party.complete({ code: "the-code", state }) };
}

const good = (o: Partial<Parameters<typeof issueIdToken>[1]> = {}, signer?: SigningKey) => (nonce: string) =>
  issueIdToken(signer ?? key, { issuer: ISSUER, clientId: "system-0201", subject: "u-1", nonce, claims: { name: "林晓" }, ...o });

describe("the relying party", () => {
  it("completes a login: the code and code_verifier go to the token endpoint, the claims and data come back", async () => {
    const { result, challenge } = await login(good());
    const { claims, data } = await result;
    expect(claims).toMatchObject({ sub: "u-1", name: "林晓" });
    expect(data).toEqual({ module: "contract" });
    expect(lastForm.get("grant_type")).toBe("authorization_code");
    expect(lastForm.get("redirect_uri")).toBe("https://jy.test/sso/callback");
    expect(createHash("sha256").update(lastForm.get("code_verifier")!).digest("base64url")).toBe(challenge);
  });

  it.each([
    ["another nonce", good({ nonce: "not-the-login-nonce" })],
    ["another audience", good({ clientId: "system-0999" })],
    ["another issuer", good({ issuer: "https://elsewhere.test" })],
    ["an expired token", good({ now: Math.floor(Date.now() / 1000) - 3600 })],
  ])("refuses an ID token with %s (sso-login-failed)", async (_name, make) => {
    const err = await (await login(make)).result.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).code).toBe("sso-login-failed");
  });

  it("refuses an ID token signed with another key", async () => {
    const other = await generateSigningKey();
    const err = await (await login((nonce) => good({}, other)(nonce))).result.catch((e: unknown) => e);
    expect((err as ProblemError).code).toBe("sso-login-failed");
  });

  it("refuses an unknown state, and a state used once already (sso-state-invalid)", async () => {
    const { party, state, result } = await login(good());
    await result;
    for (const s of ["unknown", state]) {
      const err = await party.complete({ code: "c", state: s }).catch((e: unknown) => e);
      expect((err as ProblemError).code).toBe("sso-state-invalid");
    }
  });
});
