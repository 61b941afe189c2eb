/**
 * Single sign-on and deep links (access standard, ACC-SSO). The runner plays the user's browser between
 * the target (the OpenID relying party) and its own platform session (the OpenID provider): it opens a
 * module's login link, follows the redirect to the platform's authorisation endpoint, takes the code
 * back to the target's callback and opens the deep link it lands on. The negative cases change one thing
 * on the way — the state at the callback, the nonce at the platform — and expect no session.
 */
import { randomBytes } from "node:crypto";
import { expandUriTemplate, loadAccessApi, type ProblemCode } from "../../src/sdk/index.ts";
import type { CheckContext } from "../context.ts";
import { HttpProbe, type ProbeResponse } from "../runner/http-probe.ts";
import { skip, type CheckDefinition, type GroupDefinition, type Verdict } from "../runner/model.ts";
import { Judge, requestLine, t } from "./judge.ts";
import { discovery, once, pathOf, sampleCodes } from "./state.ts";

interface Provider {
  probe: HttpProbe;
  authorizationEndpoint: URL;
}

/**
 * The platform session's OpenID provider (its discovery document), or why single sign-on cannot be
 * driven: the session has none, or the issuer the target trusts (credentials `issuer`) is another one.
 */
function provider(ctx: CheckContext): Promise<Provider | Verdict> {
  return once(ctx, "sso-provider", async () => {
    const probe = new HttpProbe(ctx.platform.url, ctx.probe.options);
    const res = await probe.send({ path: ".well-known/openid-configuration" });
    const meta = (res.json ?? {}) as { issuer?: unknown; authorization_endpoint?: unknown };
    let endpoint: URL | undefined;
    try {
      endpoint = res.status === 200 && typeof meta.authorization_endpoint === "string" ? new URL(meta.authorization_endpoint) : undefined;
    } catch {
      endpoint = undefined;
    }
    if (!endpoint)
      return skip(
        `检测方的平台会话（${ctx.platform.url}）没有可用的 OpenID 提供方，无法驱动单点登录`,
        `The runner's platform session (${ctx.platform.url}) has no usable OpenID provider, so single sign-on cannot be driven`,
      );
    if (meta.issuer !== ctx.platform.issuer)
      return skip(
        `目标系统信任的签发方 ${ctx.platform.issuer} 不是检测方平台会话的 OpenID 提供方（${String(meta.issuer)}），无法驱动单点登录`,
        `The issuer the target trusts (${ctx.platform.issuer}) is not the OpenID provider of the runner's platform session (${String(meta.issuer)}), so single sign-on cannot be driven`,
      );
    return { probe, authorizationEndpoint: endpoint };
  });
}

const isVerdict = (x: Provider | Verdict): x is Verdict => "outcome" in x;

/** The session cookie's name, from the document's sessionCookie scheme. */
const sessionCookieName = (): string => loadAccessApi().document.components.securitySchemes.sessionCookie.name;

/** The cookies of a Set-Cookie header (several are joined by ", "), each as its name=value and attributes. */
function setCookies(header: string | undefined): Array<{ name: string; pair: string; attributes: Map<string, string> }> {
  if (!header) return [];
  return header.split(/,(?=\s*[^;,=\s]+=)/).map((c) => {
    const [pair, ...attrs] = c.split(";").map((s) => s.trim());
    const attributes = new Map(attrs.map((a) => [a.split("=")[0]!.toLowerCase(), a.includes("=") ? a.slice(a.indexOf("=") + 1) : ""]));
    return { name: pair!.split("=")[0]!, pair: pair!, attributes };
  });
}

const session = (res: ProbeResponse) => setCookies(res.headers["set-cookie"]).find((c) => c.name === sessionCookieName());
const resolve = (res: ProbeResponse) => (res.headers.location ? new URL(res.headers.location, res.request.url) : undefined);

interface Login {
  module: { id: string; deepLink?: string };
  vars: Record<string, string>;
  start: ProbeResponse;
  authorizeUrl: URL;
}

/** Opens the first module's login link; expects a redirect to the platform's authorisation endpoint. */
async function beginLogin(ctx: CheckContext, j: Judge, p: Provider): Promise<Login | undefined> {
  const d = await discovery(ctx);
  const module = d.modules?.[0];
  const codes = sampleCodes();
  const vars = { tenderProjectCode: codes.tenderProjectCode, bidSectionCode: codes.bidSectionCode };
  const path = module?.loginLink ? expandUriTemplate(module.loginLink, vars) : pathOf("ssoLogin", {}, { module: module?.id ?? "", ...vars });
  if (new URL(path, ctx.probe.url("/")).origin !== ctx.probe.origin) {
    j.fail(`登录链接 ${path} 不在本系统上`, `the login link ${path} is not on the system`);
    return undefined;
  }
  const start = await ctx.probe.send({ path, followRedirects: false });
  if (!j.status(start, 302)) return undefined;
  const to = resolve(start)!;
  if (to.origin + to.pathname !== p.authorizationEndpoint.origin + p.authorizationEndpoint.pathname) {
    j.fail(`${requestLine(start)} 重定向到 ${to.origin}${to.pathname}，不是平台授权端点 ${p.authorizationEndpoint}`, `${requestLine(start)} redirects to ${to.origin}${to.pathname}, not the platform's authorisation endpoint ${p.authorizationEndpoint}`, start);
    return undefined;
  }
  return { module: { id: module?.id ?? "", ...(module?.deepLink ? { deepLink: module.deepLink } : {}) }, vars, start, authorizeUrl: to };
}

/** Lets the platform authorise (it logs in its test user) and returns the callback URL it sends the browser to. */
async function authorize(ctx: CheckContext, j: Judge, p: Provider, url: URL): Promise<URL | undefined> {
  const res = await p.probe.send({ path: url.toString(), followRedirects: false });
  if (!j.status(res, 302)) return undefined;
  const back = resolve(res)!;
  if (back.searchParams.has("error")) {
    j.fail(`平台拒绝了登录请求：${back.searchParams.get("error")} ${back.searchParams.get("error_description") ?? ""}`, `the platform refused the login request: ${back.searchParams.get("error")} ${back.searchParams.get("error_description") ?? ""}`, res);
    return undefined;
  }
  if (back.origin !== ctx.probe.origin) {
    j.fail(`登录回调地址 ${back.origin}${back.pathname} 不在本系统上（${ctx.probe.origin}）`, `the login callback ${back.origin}${back.pathname} is not on the system (${ctx.probe.origin})`, res);
    return undefined;
  }
  return back;
}

const callbackAt = (ctx: CheckContext, url: URL, cookie?: string) => ctx.probe.send({ path: url.toString(), followRedirects: false, ...(cookie ? { headers: { cookie } } : {}) });

/** Expects a callback refused with `code` and no session opened. */
function judgeRefusedCallback(j: Judge, res: ProbeResponse, code: ProblemCode | ProblemCode[], what: { zh: string; en: string }): void {
  j.refuses(res, code, what);
  if (session(res)) j.fail(`${what.zh}：回调被拒绝时仍建立了会话（Set-Cookie ${sessionCookieName()}）`, `${what.en}: a refused callback still opened a session (Set-Cookie ${sessionCookieName()})`, res);
}

interface CompletedLogin extends Login {
  callback: ProbeResponse;
  callbackUrl: URL;
}

/** The login that sso.callback completed, for the deep-link and cookie checks. */
const COMPLETED = "sso-completed-login";

async function withProvider(ctx: CheckContext, body: (p: Provider, j: Judge) => Promise<Verdict>): Promise<Verdict> {
  const p = await provider(ctx);
  return isVerdict(p) ? p : body(p, new Judge());
}

const loginRedirect: CheckDefinition<CheckContext> = {
  id: "sso.login-redirect",
  depends: ["endpoint:openidConfiguration", "endpoint:authorize"],
  title: t("单点登录入口重定向到平台授权端点（含 state、nonce、PKCE）", "The login entry redirects to the platform with state, nonce and PKCE"),
  needs: ["discovery.document"],
  run: (ctx) =>
    withProvider(ctx, async (p, j) => {
      const login = await beginLogin(ctx, j, p);
      if (login) {
        const q = login.authorizeUrl.searchParams;
        const d = await discovery(ctx);
        const expect = (name: string, ok: boolean, want: string) => {
          if (!ok) j.fail(`授权请求参数 ${name}=${q.get(name) ?? "（无）"}，应为 ${want}`, `the authorisation request has ${name}=${q.get(name) ?? "(none)"}, expected ${want}`, login.start);
        };
        expect("response_type", q.get("response_type") === "code", "code");
        expect("client_id", !!q.get("client_id") && (!d.sso?.clientId || q.get("client_id") === d.sso.clientId), d.sso?.clientId ?? "the system's client id");
        expect("redirect_uri", !!q.get("redirect_uri") && (!d.sso?.callbackUrl || q.get("redirect_uri") === d.sso.callbackUrl), d.sso?.callbackUrl ?? "the system's callback");
        expect("scope", (q.get("scope") ?? "").split(" ").includes("openid"), "a scope that includes openid");
        expect("state", (q.get("state") ?? "").length >= 16, "an unguessable value (16 characters or more)");
        expect("nonce", (q.get("nonce") ?? "").length >= 16, "an unguessable value (16 characters or more)");
        expect("code_challenge", /^[A-Za-z0-9_-]{43}$/.test(q.get("code_challenge") ?? ""), "a base64url SHA-256 (43 characters)");
        expect("code_challenge_method", q.get("code_challenge_method") === "S256", "S256");
      }
      return j.verdict(t("登录入口重定向到平台授权端点，参数齐全（授权码模式、state、nonce、PKCE S256）。", "The login entry redirects to the platform's authorisation endpoint with every parameter (code flow, state, nonce, PKCE S256)."));
    }),
};

const callback: CheckDefinition<CheckContext> = {
  id: "sso.callback",
  depends: ["endpoint:token", "endpoint:jwks"],
  title: t("登录回调换取并验证令牌后建立会话", "The callback exchanges the code, verifies the ID token and opens a session"),
  needs: ["sso.login-redirect"],
  run: (ctx) =>
    withProvider(ctx, async (p, j) => {
      const login = await beginLogin(ctx, j, p);
      const url = login && (await authorize(ctx, j, p, login.authorizeUrl));
      if (login && url) {
        const res = await callbackAt(ctx, url);
        if (j.status(res, 302)) {
          if (!session(res)) j.fail(`回调成功但未建立会话（缺少 Set-Cookie ${sessionCookieName()}）`, `the callback succeeded but opened no session (no Set-Cookie ${sessionCookieName()})`, res);
          else ctx.state.set(COMPLETED, { ...login, callback: res, callbackUrl: url } satisfies CompletedLogin);
        }
        // The same code and state again: the login is used up.
        judgeRefusedCallback(j, await callbackAt(ctx, url), ["sso-state-invalid", "sso-login-failed"], t("重放同一回调", "replaying the same callback"));
      }
      return j.verdict(t("回调以授权码换取令牌并建立会话；重放同一回调被拒绝。", "The callback exchanges the code and opens a session; replaying it is refused."));
    }),
};

const stateMismatch: CheckDefinition<CheckContext> = {
  id: "sso.state-mismatch",
  title: t("state 不符的回调被拒绝", "A callback whose state does not match is refused"),
  needs: ["sso.login-redirect"],
  run: (ctx) =>
    withProvider(ctx, async (p, j) => {
      const login = await beginLogin(ctx, j, p);
      const url = login && (await authorize(ctx, j, p, login.authorizeUrl));
      if (url) {
        url.searchParams.set("state", `ywjy-${randomBytes(18).toString("base64url")}`);
        judgeRefusedCallback(j, await callbackAt(ctx, url), "sso-state-invalid", t("以他人的 state 回调", "a callback with a state the system never made"));
      }
      return j.verdict(t("state 不符的回调以 400（sso-state-invalid）拒绝，未建立会话。", "A callback with a foreign state is refused (400, sso-state-invalid) and opens no session."));
    }),
};

const nonceMismatch: CheckDefinition<CheckContext> = {
  id: "sso.nonce-mismatch",
  title: t("nonce 不符的 ID 令牌被拒绝", "An ID token with another nonce is refused"),
  needs: ["sso.login-redirect"],
  run: (ctx) =>
    withProvider(ctx, async (p, j) => {
      const login = await beginLogin(ctx, j, p);
      if (login) {
        // The platform is asked for a different nonce than the system sent, so the ID token carries that one.
        login.authorizeUrl.searchParams.set("nonce", `ywjy-${randomBytes(18).toString("base64url")}`);
        const url = await authorize(ctx, j, p, login.authorizeUrl);
        if (url) judgeRefusedCallback(j, await callbackAt(ctx, url), "sso-login-failed", t("ID 令牌的 nonce 不是系统发出的", "an ID token whose nonce the system did not send"));
      }
      return j.verdict(t("nonce 不符的 ID 令牌以 401（sso-login-failed）拒绝，未建立会话。", "An ID token with another nonce is refused (401, sso-login-failed) and opens no session."));
    }),
};

const completed = (ctx: CheckContext) => ctx.state.get(COMPLETED) as CompletedLogin;

const deepLink: CheckDefinition<CheckContext> = {
  id: "sso.deep-link",
  title: t("登录后直达所请求功能模块的深度链接", "After login the user lands on the requested module's deep link"),
  needs: ["sso.callback"],
  async run(ctx) {
    const j = new Judge();
    const login = completed(ctx);
    const landing = resolve(login.callback);
    j.see(login.callback);
    const want = login.module.deepLink ? new URL(expandUriTemplate(login.module.deepLink, login.vars), ctx.probe.url("/")) : undefined;
    const sameTarget = (a: URL, b: URL) => a.origin === b.origin && a.pathname === b.pathname && [...b.searchParams].every(([k, v]) => a.searchParams.get(k) === v);
    if (!landing || !want || !sameTarget(landing, want))
      j.fail(`登录后跳转到 ${landing ?? "（无）"}，应为模块 ${login.module.id} 的深度链接 ${want ?? "（发现文档未给出）"}`, `after login the user is sent to ${landing ?? "(nowhere)"}, not the deep link of module ${login.module.id} (${want ?? "not in the discovery document"})`, login.callback);
    else if (landing.origin !== ctx.probe.origin) j.fail(`深度链接 ${landing} 不在本系统上`, `the deep link ${landing} is not on the system`, login.callback);
    else {
      const page = await ctx.probe.send({ path: landing.toString(), followRedirects: false, headers: { cookie: session(login.callback)!.pair } });
      if (j.status(page, 200)) j.conforms("openModule", page);
      else if (page.status === 302) j.fail("持会话打开深度链接仍被要求再次登录", "the deep link asks for a second login despite the session", page);
    }
    return j.verdict(t(`登录后直达模块 ${login.module.id} 的深度链接，无需再次登录。`, `After login the user lands on the deep link of module ${login.module.id} with no second login.`));
  },
};

/** The longest session the runner accepts when the platform's is not known: a working day and night. */
const MAX_SESSION_SECONDS = 24 * 3600;

const sessionCookie: CheckDefinition<CheckContext> = {
  id: "sso.session-cookie",
  title: t("会话 Cookie 设置 HttpOnly、SameSite 和有效期", "The session cookie is HttpOnly, SameSite and bounded"),
  needs: ["sso.callback"],
  async run(ctx) {
    const j = new Judge();
    const res = completed(ctx).callback;
    j.see(res);
    const c = session(res)!;
    if (!c.attributes.has("httponly")) j.fail(`会话 Cookie ${c.name} 未设置 HttpOnly`, `the session cookie ${c.name} is not HttpOnly`, res);
    const sameSite = c.attributes.get("samesite")?.toLowerCase();
    if (sameSite !== "lax" && sameSite !== "strict") j.fail(`会话 Cookie 的 SameSite 为 ${sameSite ?? "（未设置）"}，应为 Lax`, `the session cookie's SameSite is ${sameSite ?? "(not set)"}, expected Lax`, res);
    if (ctx.probe.origin.startsWith("https:") && !c.attributes.has("secure")) j.fail("HTTPS 下会话 Cookie 未设置 Secure", "the session cookie over HTTPS is not Secure", res);
    const maxAge = c.attributes.has("max-age") ? Number(c.attributes.get("max-age")) : c.attributes.has("expires") ? (Date.parse(c.attributes.get("expires")!) - Date.now()) / 1000 : undefined;
    if (maxAge !== undefined && !(maxAge <= MAX_SESSION_SECONDS))
      j.fail(`会话 Cookie 有效期 ${Math.round(maxAge)} 秒，超过 ${MAX_SESSION_SECONDS} 秒`, `the session cookie lives ${Math.round(maxAge)} s, more than ${MAX_SESSION_SECONDS} s`, res);
    return j.verdict(t(`会话 Cookie ${c.name} 为 HttpOnly、SameSite=${sameSite}，有效期有限。`, `The session cookie ${c.name} is HttpOnly, SameSite=${sameSite}, and bounded.`));
  },
};

export const ssoGroup: GroupDefinition<CheckContext> = {
  id: "sso",
  title: t("单点登录与深度链接", "Single sign-on and deep links"),
  claims: { logins: "write" },
  checks: [loginRedirect, callback, stateMismatch, nonceMismatch, deepLink, sessionCookie],
};
