/**
 * The platform as OAuth 2.0 authorisation server and OpenID provider: discovery, JWKS, client
 * credentials (scopes and audiences per client), and the login of single sign-on — authorise with
 * PKCE, the configured test user logged in without a form, code for tokens, ID token and userinfo.
 */
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUSH_SCOPE } from "../../generated/sdk/channel.ts";
import { accessTokenVerifier, idTokenVerifier } from "../../src/auth/index.ts";
import { startMockPlatform, type MockPlatform } from "../../src/platform/index.ts";

const RP = { clientId: "ref-system-sso", clientSecret: "rp-secret", redirectUris: ["http://127.0.0.1:9/sso/callback"] };
const RUNNER = { clientId: "runner", clientSecret: "runner-secret", scopes: ["records:read", "audit:read"], audiences: ["https://ts.example/api"] };
const USERS = [
  { sub: "u-1", name: "张三", preferred_username: "zhangsan", uscc: "91350206MA2Y4F8N33" },
  { sub: "u-2", name: "李四", preferred_username: "lisi" },
];

let p: MockPlatform;
beforeAll(async () => {
  p = await startMockPlatform({ clients: [RP, RUNNER, { clientId: "pusher", clientSecret: "push-secret", systemNo: "0201", jwks: { keys: [] } }], users: USERS });
});
afterAll(() => p.close());

const form = (o: Record<string, string>) => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(o).toString() });
const tokenRequest = (o: Record<string, string>) => fetch(p.auth.url("token"), form(o));

async function login(params: Record<string, string>) {
  const u = new URL(p.auth.url("authorize"));
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  const r = await fetch(u, { redirect: "manual" });
  return { status: r.status, location: r.headers.get("location") ? new URL(r.headers.get("location")!) : undefined, body: r.status === 302 ? undefined : await r.json() };
}

describe("the platform's OpenID provider", () => {
  it("publishes its discovery document and JWKS", async () => {
    const d = (await (await fetch(`${p.url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(d).toMatchObject({ issuer: p.url, token_endpoint: p.auth.url("token"), jwks_uri: p.auth.url("jwks"), code_challenge_methods_supported: ["S256"] });
    const jwks = (await (await fetch(d.jwks_uri as string)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it.each([
    ["a pushing client gets a push token for the intake", { grant_type: "client_credentials", client_id: "pusher", client_secret: "push-secret" }, 200, undefined],
    ["the runner gets a token for a trading system's audience", { grant_type: "client_credentials", client_id: "runner", client_secret: "runner-secret", scope: "records:read", resource: "https://ts.example/api" }, 200, undefined],
    ["a wrong secret", { grant_type: "client_credentials", client_id: "pusher", client_secret: "nope" }, 401, "invalid_client"],
    ["a scope the client may not have", { grant_type: "client_credentials", client_id: "runner", client_secret: "runner-secret", scope: PUSH_SCOPE }, 400, "invalid_scope"],
    ["an audience the client may not have", { grant_type: "client_credentials", client_id: "runner", client_secret: "runner-secret", scope: "records:read", resource: "https://elsewhere.example" }, 400, "invalid_target"],
    ["an unknown grant", { grant_type: "password", client_id: "pusher", client_secret: "push-secret" }, 400, "unsupported_grant_type"],
  ])("client credentials: %s", async (_name, params, status, error) => {
    const r = await tokenRequest(params as Record<string, string>);
    const body = (await r.json()) as { access_token?: string; error?: string };
    expect(r.status).toBe(status);
    expect(body.error).toBe(error);
    if (status === 200) {
      const audience = (params as Record<string, string>).resource ?? p.intakeUrl;
      const claims = await accessTokenVerifier(p.auth.jwks(), { issuer: p.url, audience })(`Bearer ${body.access_token}`);
      expect(claims.client_id).toBe(params.client_id);
    }
  });

  it("logs in the configured test user with PKCE and returns a verifiable ID token with the nonce", async () => {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const a = await login({
      response_type: "code",
      client_id: RP.clientId,
      redirect_uri: RP.redirectUris[0]!,
      scope: "openid profile",
      state: "st-1",
      nonce: "n-1",
      code_challenge: challenge,
      code_challenge_method: "S256",
      login_hint: "lisi",
    });
    expect(a.status).toBe(302);
    expect(a.location!.origin + a.location!.pathname).toBe(RP.redirectUris[0]);
    expect(a.location!.searchParams.get("state")).toBe("st-1");
    const code = a.location!.searchParams.get("code")!;

    const exchange = (v: string) => tokenRequest({ grant_type: "authorization_code", code, redirect_uri: RP.redirectUris[0]!, code_verifier: v, client_id: RP.clientId, client_secret: RP.clientSecret });
    const r = await exchange(verifier);
    const tokens = (await r.json()) as { id_token: string; access_token: string };
    expect(r.status).toBe(200);
    const claims = await idTokenVerifier(p.auth.jwks(), { issuer: p.url, clientId: RP.clientId })(tokens.id_token, "n-1");
    expect([claims.sub, claims.name]).toEqual(["u-2", "李四"]);
    await expect(idTokenVerifier(p.auth.jwks(), { issuer: p.url, clientId: RP.clientId })(tokens.id_token, "other-nonce")).rejects.toThrow(/nonce/);

    const info = await fetch(p.auth.url("userinfo"), { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(((await info.json()) as { sub: string }).sub).toBe("u-2");
    // A code is good once.
    expect(((await (await exchange(verifier)).json()) as { error: string }).error).toBe("invalid_grant");
  });

  it("logs in the first configured user when no login_hint is given", async () => {
    const a = await login({ response_type: "code", client_id: RP.clientId, redirect_uri: RP.redirectUris[0]!, scope: "openid", state: "s" });
    const code = a.location!.searchParams.get("code")!;
    const r = await tokenRequest({ grant_type: "authorization_code", code, redirect_uri: RP.redirectUris[0]!, client_id: RP.clientId, client_secret: RP.clientSecret });
    const { id_token } = (await r.json()) as { id_token: string };
    expect((await idTokenVerifier(p.auth.jwks(), { issuer: p.url, clientId: RP.clientId })(id_token)).sub).toBe("u-1");
  });

  it.each([
    ["an unknown client", { client_id: "nobody" }, 400, undefined],
    ["a redirect URI not registered", { redirect_uri: "http://127.0.0.1:9/elsewhere" }, 400, undefined],
    ["scope without openid", { scope: "profile" }, 302, "invalid_scope"],
    ["a plain PKCE challenge", { code_challenge: "abc", code_challenge_method: "plain" }, 302, "invalid_request"],
    ["response_type token", { response_type: "token" }, 302, "unsupported_response_type"],
  ])("authorise refuses %s", async (_name, change, status, error) => {
    const a = await login({ response_type: "code", client_id: RP.clientId, redirect_uri: RP.redirectUris[0]!, scope: "openid", state: "s", ...change });
    expect(a.status).toBe(status);
    if (error) expect([a.location!.searchParams.get("error"), a.location!.searchParams.get("state")]).toEqual([error, "s"]);
  });

  it("refuses a code exchanged with the wrong verifier or redirect URI", async () => {
    const challenge = createHash("sha256").update("right-verifier-right-verifier-right-verifier").digest("base64url");
    const get = async () =>
      (await login({ response_type: "code", client_id: RP.clientId, redirect_uri: RP.redirectUris[0]!, scope: "openid", code_challenge: challenge, code_challenge_method: "S256" })).location!.searchParams.get("code")!;
    const wrongVerifier = await tokenRequest({ grant_type: "authorization_code", code: await get(), redirect_uri: RP.redirectUris[0]!, code_verifier: "wrong", client_id: RP.clientId, client_secret: RP.clientSecret });
    const wrongRedirect = await tokenRequest({ grant_type: "authorization_code", code: await get(), redirect_uri: "http://127.0.0.1:9/x", code_verifier: "right-verifier-right-verifier-right-verifier", client_id: RP.clientId, client_secret: RP.clientSecret });
    expect([wrongVerifier.status, wrongRedirect.status]).toEqual([400, 400]);
  });
});
