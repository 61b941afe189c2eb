/**
 * The SDK's server-side helpers, table-driven: problem+json bodies from the document's error codes,
 * authorisation by the scopes the document gives each operation, WWW-Authenticate challenges, ETag
 * matching, the rate limiter, deep-link URI templates, scenario input defaults, and the router and
 * parameter validation built from the document.
 */
import { describe, expect, it } from "vitest";
import { generateSigningKey, issueAccessToken } from "../../src/auth/index.ts";
import {
  accessTokenVerifier,
  authorize,
  bearerChallenge,
  etagMatches,
  etagOf,
  expandUriTemplate,
  FixedWindowRateLimiter,
  loadAccessApi,
  problem,
  problemCodes,
  ProblemError,
  scenarioByName,
  scenarioCodes,
  TokenError,
  type TokenErrorCode,
} from "../../src/sdk/index.ts";

const api = loadAccessApi();

describe("problem+json", () => {
  it("fills type, title and status from the document's code table", () => {
    expect(problem("record-not-found", { instance: "/x", requestId: "r1" })).toEqual({
      type: "https://ggzy.xm.gov.cn/ywjy/problems/record-not-found",
      title: "No record with this DATA_KEY",
      status: 404,
      code: "record-not-found",
      instance: "/x",
      requestId: "r1",
    });
    expect(api.validateSchema("Problem", problem("invalid-request", { errors: [{ in: "query", name: "limit", message: "too big" }] }))).toEqual([]);
  });

  it("has a status and zh/en titles for every code, and a code for every token error of src/auth", () => {
    for (const info of problemCodes().values()) {
      expect(info.status).toBeGreaterThanOrEqual(400);
      expect(info.title.zh).not.toBe("");
      expect(info.title.en).not.toBe("");
    }
    const tokenCodes: TokenErrorCode[] = ["token-missing", "token-malformed", "token-expired", "token-not-yet-valid", "token-wrong-audience", "token-wrong-issuer", "token-bad-signature", "scope-missing"];
    for (const code of tokenCodes) expect(problemCodes().get(code)?.status).toBe(new TokenError(code, "").status);
  });

  it("refuses a code the document does not have", () => {
    expect(() => problem("no-such-code" as never)).toThrow(/unknown problem code/);
  });
});

describe("authorize", () => {
  it("passes a public operation without a token, and checks the operation's scopes otherwise", async () => {
    const key = await generateSigningKey();
    const verify = accessTokenVerifier({ keys: [key.publicJwk] }, { issuer: "iss", audience: "aud" });
    const token = (scopes: string[]) => issueAccessToken(key, { issuer: "iss", audience: "aud", clientId: "c", scopes }).then((t) => `Bearer ${t}`);
    expect(await authorize(verify, api.operation("getHealth"), undefined)).toBeUndefined();
    expect((await authorize(verify, api.operation("getAuditTrail"), await token(["audit:read"])))!.client_id).toBe("c");
    const err = await authorize(verify, api.operation("getAuditTrail"), await token(["records:read"])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProblemError);
    expect((err as ProblemError).code).toBe("scope-missing");
    expect((err as ProblemError).extra.headers?.["WWW-Authenticate"]).toBe('Bearer realm="ywjy", error="insufficient_scope", error_description="scope-missing", scope="audit:read"');
  });

  it.each([
    ["token-missing", 'Bearer realm="ywjy"'],
    ["token-expired", 'Bearer realm="ywjy", error="invalid_token", error_description="token-expired"'],
  ] as const)("challenges %s as RFC 6750 says", (code, challenge) => {
    expect(bearerChallenge(new TokenError(code, ""))).toBe(challenge);
  });
});

describe("ETags", () => {
  const etag = etagOf({ b: 1, a: [1, 2] });
  it.each([
    [etag, true],
    [`W/${etag}`, true],
    [`"other", ${etag}`, true],
    ["*", true],
    ['"other"', false],
    [undefined, false],
  ])("If-None-Match %s matches: %s", (header, want) => {
    expect(etagMatches(header, etag)).toBe(want);
  });

  it("is the same for the same answer and differs for another", () => {
    expect(etagOf({ b: 1, a: [1, 2] })).toBe(etag);
    expect(etagOf({ b: 1, a: [1, 3] })).not.toBe(etag);
  });
});

describe("rate limiter", () => {
  it("allows `limit` requests per window and key, then says when the window resets", () => {
    const l = new FixedWindowRateLimiter({ limit: 2, windowSeconds: 10 });
    const t0 = 1_000_000;
    expect([l.take("a", t0), l.take("a", t0 + 1000), l.take("a", t0 + 2000)].map((s) => [s.allowed, s.remaining, s.resetSeconds])).toEqual([
      [true, 1, 10],
      [true, 0, 9],
      [false, 0, 8],
    ]);
    expect(l.take("b", t0 + 2000).allowed).toBe(true);
    expect(l.take("a", t0 + 10_000).allowed).toBe(true);
  });
});

describe("deep-link URI templates", () => {
  it.each([
    ["/modules/x{?tenderProjectCode,bidSectionCode}", { tenderProjectCode: "T1" }, "/modules/x?tenderProjectCode=T1"],
    ["/modules/x{?tenderProjectCode,bidSectionCode}", {}, "/modules/x"],
    ["/sso/login?module=x{&tenderProjectCode,bidSectionCode}", { tenderProjectCode: "T1", bidSectionCode: "S 1" }, "/sso/login?module=x&tenderProjectCode=T1&bidSectionCode=S%201"],
    ["/p/{id}", { id: "a/b" }, "/p/a%2Fb"],
  ])("expands %s", (template, vars, want) => {
    expect(expandUriTemplate(template, vars)).toBe(want);
  });
});

describe("scenario inputs", () => {
  const openBids = scenarioByName("open-bids")!;
  it.each([
    ["the catalogue's defaults", {}, { projectCode: "E3502032026110001", tenderProjectCode: "E3502032026110001001", bidSectionCode: "E3502032026110001001001" }],
    ["parents implied by a section", { bidSectionCode: "E3502062026110007002003" }, { projectCode: "E3502062026110007", tenderProjectCode: "E3502062026110007002", bidSectionCode: "E3502062026110007002003" }],
    ["a project code", { projectCode: "E3502112026110009" }, { projectCode: "E3502112026110009", tenderProjectCode: "E3502112026110009001", bidSectionCode: "E3502112026110009001001" }],
  ])("applies %s", (_name, input, want) => {
    expect(scenarioCodes(openBids, input)).toEqual(want);
  });

  it("takes a scenario's own defaults (report-exception is about the second section)", () => {
    expect(scenarioCodes(scenarioByName("report-exception")!, {})).toMatchObject({ bidSectionCode: "E3502032026110001001002" });
  });

  it("refuses codes that do not nest", () => {
    expect(scenarioCodes(openBids, { tenderProjectCode: "E3502032026110001001", bidSectionCode: "E3502032026110002001001" })).toEqual({ error: expect.stringMatching(/does not start with/) });
  });
});

describe("router and parameters from the document", () => {
  it.each([
    ["GET", "/health", "getHealth", {}],
    ["HEAD", "/health", "getHealth", {}],
    ["GET", "/data-sets/500/records", "listRecords", { dataNo: "500" }],
    ["GET", "/tender-projects/E3502032026110001001/audit-trail/digest", "getAuditDigest", { tenderProjectCode: "E3502032026110001001" }],
    ["POST", "/conformance/scenarios/open-bids", "runScenario", { name: "open-bids" }],
  ])("routes %s %s", (method, path, id, params) => {
    expect(api.match(method, path)).toMatchObject({ operation: { id }, pathParams: params });
  });

  it("tells an unknown path from a wrong method", () => {
    expect(api.match("GET", "/nothing")).toEqual({ error: "not-found" });
    expect(api.match("POST", "/health")).toEqual({ error: "method-not-allowed", allowed: ["GET"] });
  });

  it("coerces, defaults and checks query parameters", () => {
    const op = api.operation("listRecords");
    expect(api.validateParameters(op, { path: { dataNo: "507" }, query: new URLSearchParams("") })).toEqual({ values: { path: { dataNo: 507 }, query: { limit: 100 }, header: {} }, errors: [] });
    expect(api.validateParameters(op, { path: { dataNo: "x" }, query: new URLSearchParams("limit=0") }).errors).toEqual([
      { in: "path", name: "dataNo", message: "must be integer" },
      { in: "query", name: "limit", message: "must be >= 1" },
    ]);
  });
});
