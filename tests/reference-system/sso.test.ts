/**
 * Single sign-on end to end with the mock platform as OpenID provider, and the platform's tokens for
 * the API fetched by the SDK client (client credentials against the platform's token endpoint, the
 * system's audience as RFC 8707 resource, keys from the platform's JWKS URL): the login redirect
 * carries state, nonce and PKCE; the callback opens a session and lands on the module's deep link; a
 * wrong or replayed state and a refused login are refused. The two SSO defect switches break exactly that.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReferenceSystem } from "../../conformance/reference-system/index.ts";
import type { ReferenceSystem } from "../../conformance/reference-system/system.ts";
import type { DefectName } from "../../conformance/reference-system/defects.ts";
import { startMockPlatform, type MockPlatform } from "../../src/platform/index.ts";
import { clientCredentials, createAccessClient } from "../../src/sdk/index.ts";
import { expectConforms, readAnswer, TP } from "./helpers.ts";

const SECRET = "sso-test-secret";
let platform: MockPlatform;
const systems: ReferenceSystem[] = [];

async function system(defects: DefectName[] = []): Promise<ReferenceSystem> {
  const s = await startReferenceSystem({
    sandbox: true,
    defects,
    platform: { issuer: platform.url, keys: new URL(`${platform.url}/.well-known/jwks.json`), jwksUri: `${platform.url}/.well-known/jwks.json` },
    sso: { clientId: `system-0201-${systems.length}`, clientSecret: SECRET },
    log: () => {},
  });
  platform.register({ clientId: `system-0201-${systems.length}`, clientSecret: SECRET, redirectUris: [`${s.url}/sso/callback`] });
  systems.push(s);
  return s;
}

const get = async (url: string, cookie?: string) => readAnswer(await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} }));

/** Follows the login: the system's /sso/login, the platform's authorisation endpoint, back to the callback URL (not called). */
async function loginUpToCallback(s: ReferenceSystem, query = `module=award-notice&tenderProjectCode=${TP}`): Promise<{ authorize: URL; callback: URL }> {
  const login = await get(`${s.url}/sso/login?${query}`);
  expectConforms("ssoLogin", login);
  const authorize = new URL(login.headers.get("location")!);
  const back = await get(authorize.toString());
  expect(back.status, back.text).toBe(302);
  return { authorize, callback: new URL(back.headers.get("location")!) };
}

beforeAll(async () => {
  platform = await startMockPlatform({ port: 0 });
});
afterAll(async () => {
  for (const s of systems) await s.close();
  await platform.close();
});

describe("single sign-on with the platform", () => {
  let s: ReferenceSystem;
  beforeAll(async () => {
    s = await system();
  });

  it("redirects the login to the platform with state, nonce and PKCE S256", async () => {
    const { authorize } = await loginUpToCallback(s);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${platform.url}/oauth/authorize`);
    const q = Object.fromEntries(authorize.searchParams);
    expect(q).toMatchObject({ response_type: "code", client_id: "system-0201-0", redirect_uri: `${s.url}/sso/callback`, code_challenge_method: "S256" });
    expect(q.scope!.split(" ")).toContain("openid");
    for (const p of ["state", "nonce", "code_challenge"]) expect(q[p]).toMatch(/^[A-Za-z0-9_-]{32,}$/);
  });

  it("opens a session at the callback and lands on the module's deep link", async () => {
    const { callback } = await loginUpToCallback(s);
    const cb = await get(callback.toString());
    expectConforms("ssoCallback", cb);
    expect(cb.status).toBe(302);
    expect(cb.headers.get("location")).toBe(`${s.url}/modules/award-notice?tenderProjectCode=${TP}`);
    const cookie = cb.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^ywjy_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const page = await get(cb.headers.get("location")!, cookie.split(";")[0]);
    expectConforms("openModule", page);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-module="award-notice"');
    expect(page.text).toContain('data-user="ywjy-test-user"');
    expect(page.text).toContain(TP);
  });

  it("refuses a callback whose state it did not make, and a replayed one", async () => {
    const { callback } = await loginUpToCallback(s);
    const forged = new URL(callback);
    forged.searchParams.set("state", "forged-state-value");
    const a = await get(forged.toString());
    expectConforms("ssoCallback", a);
    expect(a.body).toMatchObject({ status: 400, code: "sso-state-invalid" });
    expect(a.headers.get("set-cookie")).toBeNull();
    expect((await get(callback.toString())).status).toBe(302);
    expect((await get(callback.toString())).body.code).toBe("sso-state-invalid");
  });

  it("refuses a login the platform refused", async () => {
    const { callback } = await loginUpToCallback(s);
    const refused = new URL(`${s.url}/sso/callback`);
    refused.searchParams.set("state", callback.searchParams.get("state")!);
    refused.searchParams.set("error", "access_denied");
    const a = await get(refused.toString());
    expectConforms("ssoCallback", a);
    expect(a.body).toMatchObject({ status: 401, code: "sso-login-failed" });
  });

  it("accepts API calls with the platform's client-credential tokens, fetched and cached by the SDK client", async () => {
    platform.register({ clientId: "runner", clientSecret: "runner-secret", scopes: ["records:read", "audit:read", "conformance:run"], audiences: [s.audience] });
    const client = createAccessClient({
      baseUrl: s.url,
      token: clientCredentials({ tokenUrl: `${platform.url}/oauth/token`, clientId: "runner", clientSecret: "runner-secret", scopes: ["records:read", "conformance:run"], resource: s.audience }),
    });
    const run = await client.POST("/conformance/scenarios/{name}", { params: { path: { name: "create-tender-project" } }, body: {} });
    expect(run.response.status).toBe(200);
    const { data, response } = await client.GET("/data-sets/{dataNo}/records", { params: { path: { dataNo: 501 } } });
    expect(response.status).toBe(200);
    expect(data!.items[0]!.record.context.TENDER_PROJECT_CODE).toBe(TP);
  });
});

describe("the SSO defect switches", () => {
  it("sso-no-state-check logs in with a state the system never made", async () => {
    const s = await system(["sso-no-state-check"]);
    const { callback } = await loginUpToCallback(s);
    callback.searchParams.set("state", "forged-state-value");
    const a = await get(callback.toString());
    expect(a.status).toBe(302);
    expect(a.headers.get("set-cookie")).toMatch(/^ywjy_session=/);
  });

  it("sso-wrong-landing lands on the home page instead of the module", async () => {
    const s = await system(["sso-wrong-landing"]);
    const { callback } = await loginUpToCallback(s);
    const a = await get(callback.toString());
    expect(a.headers.get("location")).toBe(`${s.url}/`);
  });
});
