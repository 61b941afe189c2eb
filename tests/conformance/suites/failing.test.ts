/**
 * Every check of the access suite fails against a target broken the way the check exists to catch:
 * the reference system with one defect switch on, or with a tamper proxy in front of it that breaks one
 * thing on the way (for the checks no defect switch breaks). Each case asserts the check's ID, that it
 * fails, the requirements it rolls up to, that those requirements fail with it, and that its evidence
 * shows the request that failed it.
 */
import { randomBytes, createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { accessSuite } from "../../../conformance/suites/index.ts";
import { checkOf, EVIDENCE_PATH, evidencePaths, requirementsOf, startTarget, type Target, type TargetOptions } from "./harness.ts";
import { bearerClaims, editJson, jsonAnswer, type Answer, type Exchange, type Tamper } from "./tamper-proxy.ts";

const problem = (status: number, code: string) => jsonAnswer(status, { type: `https://ggzy.xm.gov.cn/ywjy/problems/${code}`, title: code, status, code }, "application/problem+json");
const is = (x: Exchange, method: string, path: RegExp) => x.method === method && path.test(x.url.pathname);
const PUBLIC = /^\/(\.well-known\/ywjy|health|sso\/|modules\/)/;

/** Answers with `change` applied to the JSON of answers to `method path`. */
const onAnswer = (method: string, path: RegExp, change: (body: any, a: Answer) => unknown): Tamper => ({
  response: (x, a) => (is(x, method, path) && a.status < 300 ? editJson(a, (b) => change(b, a)) : a),
});

/** Sends requests whose token `bad` says is bad with the good token instead (a system that accepts them). */
const acceptsTokens =
  (bad: (x: Exchange) => boolean) =>
  (t: { token: string }): Tamper => ({
    request: (x) => (PUBLIC.test(x.url.pathname) || !bad(x) ? x : { ...x, headers: { ...x.headers, authorization: `Bearer ${t.token}` } }),
  });

/** A remaining-count cursor: correct while nothing changes, wrong once records are added between pages. */
const countFromEndPaging = (): Tamper => ({
  async request(x, forward) {
    const m = x.url.pathname.match(/^\/data-sets\/(\d+)\/records$/);
    const limit = Number(x.url.searchParams.get("limit") ?? 100);
    if (x.method !== "GET" || !m || limit >= 500) return x;
    const all = new URL(x.url);
    all.searchParams.delete("cursor");
    all.searchParams.set("limit", "500");
    const a = await forward({ ...x, url: all });
    const items: unknown[] = JSON.parse(a.body.toString("utf8")).items;
    const left = Number(x.url.searchParams.get("cursor")?.slice(1) ?? items.length);
    const start = items.length - left;
    const page = items.slice(start, start + limit);
    const remaining = items.length - start - page.length;
    return jsonAnswer(200, { items: page, nextCursor: remaining > 0 ? `r${remaining}` : null });
  },
});

/** A relying party in the system's place that never checks the ID token's nonce (it registers itself at the platform as the system's client). */
const noNonceCheck = ({ platform }: { platform: Target["platform"] }): Tamper => {
  const logins = new Map<string, { verifier: string; module: string; query: string }>();
  const secret = randomBytes(12).toString("hex");
  const clientId = "system-0201";
  let registered = false;
  return {
    async request(x) {
      const redirectUri = `${x.url.origin}/sso/callback`;
      if (!registered) {
        platform.register({ clientId, clientSecret: secret, redirectUris: [redirectUri] });
        registered = true;
      }
      if (x.url.pathname === "/sso/login") {
        const state = randomBytes(16).toString("base64url");
        const verifier = randomBytes(32).toString("base64url");
        const { module, ...rest } = Object.fromEntries(x.url.searchParams);
        logins.set(state, { verifier, module: module!, query: new URLSearchParams(rest).toString() });
        const to = new URL(`${platform.url}/oauth/authorize`);
        to.search = new URLSearchParams({
          response_type: "code",
          client_id: clientId,
          redirect_uri: redirectUri,
          scope: "openid profile",
          state,
          nonce: randomBytes(16).toString("base64url"),
          code_challenge: createHash("sha256").update(verifier).digest("base64url"),
          code_challenge_method: "S256",
        }).toString();
        return { status: 302, headers: { location: to.toString(), "x-request-id": "rp" }, body: Buffer.alloc(0) };
      }
      if (x.url.pathname === "/sso/callback") {
        const login = logins.get(x.url.searchParams.get("state") ?? "");
        if (!login) return problem(400, "sso-state-invalid");
        logins.delete(x.url.searchParams.get("state")!);
        const res = await fetch(`${platform.url}/oauth/token`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` },
          body: new URLSearchParams({ grant_type: "authorization_code", code: x.url.searchParams.get("code") ?? "", redirect_uri: redirectUri, code_verifier: login.verifier }),
        });
        if (!res.ok) return problem(401, "sso-login-failed");
        return {
          status: 302,
          headers: { location: `/modules/${login.module}?${login.query}`, "set-cookie": "ywjy_session=unchecked; Path=/; HttpOnly; SameSite=Lax", "x-request-id": "rp" },
          body: Buffer.alloc(0),
        };
      }
      return x;
    },
  };
};

let trailReads = 0;

/** How each check is made to fail. */
const CASES: Array<[string, TargetOptions]> = [
  ["discovery.document", { defects: ["discovery-incomplete"] }],
  ["discovery.public", { tamper: () => ({ request: (x) => (is(x, "GET", /^\/health$/) && !x.headers.authorization ? problem(401, "token-missing") : x) }) }],
  ["discovery.identity", { tamper: () => onAnswer("GET", /^\/\.well-known\/ywjy$/, (d) => void (d.PLATFORM_CODE = d.PLATFORM_CODE.slice(0, -1) + (d.PLATFORM_CODE.endsWith("0") ? "1" : "0"))) }],
  ["discovery.spec-version", { tamper: () => onAnswer("GET", /^\/\.well-known\/ywjy$/, (d) => void (d.specVersions = ["9.0.0"])) }],
  ["discovery.modules", { defects: ["discovery-incomplete"] }],
  ["health.status", { tamper: () => onAnswer("GET", /^\/health$/, (h) => void (h.status = "down")) }],
  ["auth.valid-token", { tamper: () => ({ request: (x) => (is(x, "GET", /^\/data-sets$/) && x.headers.authorization ? problem(401, "token-bad-signature") : x) }) }],
  ["auth.missing-token", { tamper: acceptsTokens((x) => !x.headers.authorization) }],
  ["auth.malformed-token", { tamper: acceptsTokens((x) => !bearerClaims(x)) }],
  ["auth.expired-token", { defects: ["accept-expired-token"] }],
  ["auth.not-yet-valid-token", { tamper: acceptsTokens((x) => (bearerClaims(x)?.nbf ?? 0) > Date.now() / 1000) }],
  ["auth.wrong-audience", { defects: ["accept-wrong-audience"] }],
  ["auth.wrong-issuer", { tamper: (t) => acceptsTokens((x) => bearerClaims(x)?.iss !== t.platform.issuer)(t) }],
  ["auth.bad-signature", { defects: ["accept-bad-signature"] }],
  ["auth.alg-none", { defects: ["trust-token-alg"] }],
  ["auth.alg-confusion", { defects: ["trust-token-alg"] }],
  ["auth.no-expiry", { defects: ["accept-unbounded-expiry"] }],
  ["auth.lifetime-too-long", { defects: ["accept-unbounded-expiry"] }],
  ["auth.key-rotation", { defects: ["jwks-fetched-once"] }],
  ["auth.missing-scope", { defects: ["ignore-scopes"] }],
  ["auth.www-authenticate", { defects: ["no-www-authenticate"] }],
  ["errors.problem-json", { defects: ["wrong-error-format"] }],
  ["errors.bad-request", { tamper: () => ({ request: (x) => (x.url.searchParams.get("limit") === "0" ? (x.url.searchParams.delete("limit"), x) : x) }) }],
  ["errors.request-id", { defects: ["no-request-id"] }],
  ["errors.headers-too-large", { defects: ["unbounded-headers"] }],
  ["errors.rate-limit-headers", { defects: ["no-rate-limit-headers"] }],
  [
    "errors.rate-limited",
    { rateLimit: { limit: 20, windowSeconds: 600 }, tamper: () => ({ response: (_x, a) => (a.status === 429 ? { ...a, headers: Object.fromEntries(Object.entries(a.headers).filter(([k]) => k !== "retry-after")) } : a) }) },
  ],
  ["hook.unknown-scenario", { tamper: () => ({ response: (x, a) => (/no-such-scenario/.test(x.url.pathname) ? editJson(a, (p) => void (p.code = "not-found")) : a) }) }],
  ...accessSuite.groups
    .flatMap((g) => g.checks)
    .filter((c) => /^scenario\.[a-z-]+$/.test(c.id) && !["scenario.effects", "scenario.records-valid"].includes(c.id))
    .map((c): [string, TargetOptions] => [c.id, { tamper: () => onAnswer("POST", new RegExp(`^/conformance/scenarios/${c.id.slice(9)}$`), (r) => void delete r.runId) }]),
  ["scenario.effects", { tamper: () => onAnswer("POST", /^\/conformance\/scenarios\/create-tender-project$/, (r) => void r.records.pop()) }],
  ["scenario.records-valid", { defects: ["invalid-payload"] }],
  ["data.list", { tamper: () => onAnswer("GET", /^\/data-sets\/502\/records$/, (p) => void p.items.forEach((i: any) => (i.record.DATA_EN = "NOT_SECTION"))) }],
  ["data.data-sets", { tamper: () => onAnswer("GET", /^\/data-sets$/, (l) => void (l.items[0].count += 1)) }],
  ["data.domain-data-sets", { declaredDomains: ["property-rights"] }],
  ["data.payload-valid", { defects: ["invalid-payload"] }],
  ["data.get", { tamper: () => onAnswer("GET", /^\/data-sets\/\d+\/records\/\w+$/, (r) => void (r.updatedAt = "2000-01-01T00:00:00.000Z")) }],
  ["data.not-found", { tamper: () => ({ response: (_x, a) => (a.status === 404 ? editJson(a, (p) => void (p.code = "not-found")) : a) }) }],
  ["data.updated-since", { defects: ["updated-since-ignored"] }],
  ["data.pagination-complete", { defects: ["pagination-skips-record"] }],
  ["data.pagination-concurrent", { tamper: countFromEndPaging }],
  ["data.etag", { defects: ["etag-ignored"] }],
  ["audit.trail-schema", { tamper: () => onAnswer("GET", /\/audit-trail$/, (t) => void delete t.entries[0].actor) }],
  ["audit.chain-valid", { defects: ["broken-audit-chain"] }],
  ["audit.digest-matches", { tamper: () => onAnswer("GET", /\/audit-trail\/digest$/, (d) => void (d.length += 1)) }],
  ["audit.scenario-entries", { defects: ["audit-missing-entry"] }],
  // From the second read on, the first entry reads differently: the trail was rewritten.
  ["audit.append-only", { tamper: () => onAnswer("GET", /\/audit-trail$/, (t) => void (++trailReads > 1 && (t.entries[0].at = "2020-01-01T00:00:00.000Z"))) }],
  ["sso.login-redirect", { tamper: () => ({ response: (x, a) => (x.url.pathname === "/sso/login" && a.status === 302 ? { ...a, headers: { ...a.headers, location: String(a.headers.location).replace(/&code_challenge[^&]*/g, "") } } : a) }) }],
  ["sso.callback", { tamper: () => ({ response: (x, a) => (x.url.pathname === "/sso/callback" ? { ...a, headers: Object.fromEntries(Object.entries(a.headers).filter(([k]) => k !== "set-cookie")) } : a) }) }],
  ["sso.state-mismatch", { defects: ["sso-no-state-check"] }],
  ["sso.nonce-mismatch", { tamper: noNonceCheck }],
  ["sso.deep-link", { defects: ["sso-wrong-landing"] }],
  [
    "sso.session-cookie",
    { tamper: () => ({ response: (x, a) => (x.url.pathname === "/sso/callback" && a.headers["set-cookie"] ? { ...a, headers: { ...a.headers, "set-cookie": [String(a.headers["set-cookie"]).replace(/; HttpOnly/i, "")] } } : a) }) },
  ],
];

describe("each check fails against a target broken its way", () => {
  let target: Target | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it("has a failing case for every check", () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(accessSuite.groups.flatMap((g) => g.checks.map((c) => c.id)).sort());
  });

  it.each(CASES)("%s fails", async (id, options) => {
    trailReads = 0;
    target = await startTarget(options);
    const report = await target.certify([id]);
    const c = checkOf(report, id);
    expect(c.outcome, `${id}: ${c.reason.en}`).toBe("fail");
    expect([...c.requirements].sort()).toEqual(requirementsOf(id));
    for (const r of report.requirements.filter((r) => c.requirements.includes(r.id))) expect(r.outcome, r.id).toBe("fail");
    expect(evidencePaths(c).some((p) => p.startsWith(EVIDENCE_PATH[id]!)), `${id}: ${evidencePaths(c).join(" ")}`).toBe(true);
    expect(c.reason.zh && c.reason.en).toBeTruthy();
  }, 60_000);
});
