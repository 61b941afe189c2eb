/**
 * Every operation of the access standard, called on the reference system with good and bad requests:
 * each answer must be one the OpenAPI document allows (status, media type, required headers, body),
 * checked with ajv validators compiled from the document itself. The last test checks that every
 * operation was exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAccessApi, verifyAuditChain, type OperationId } from "../../src/sdk/index.ts";
import { expectConforms, runLifecycle, SECTION, startTestSystem, TP, type Answer, type TestSystem } from "./helpers.ts";

let t: TestSystem;
const seen = new Map<OperationId, Set<number>>();

function check(op: OperationId, a: Answer): Answer {
  expectConforms(op, a);
  if (!seen.has(op)) seen.set(op, new Set());
  seen.get(op)!.add(a.status);
  return a;
}

beforeAll(async () => {
  t = await startTestSystem();
  await runLifecycle(t);
});
afterAll(() => t.close());

describe("discovery and health", () => {
  it("serves the discovery document without a token, with its identity, modules and data sets", async () => {
    const a = check("getDiscovery", await t.call("/.well-known/ywjy", { auth: null }));
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ SYSTEM_NO: "0201", baseUrl: t.url, sandbox: true, auth: { audience: t.system.audience } });
    expect(a.body.modules.map((m: { id: string }) => m.id)).toContain("tender-notice");
    expect(a.body.dataSets).toEqual(expect.arrayContaining([500, 501, 502, 503, 506, 507, 508, 509, 510, 511, 512, 513, 517]));
  });

  it("serves the health status without a token", async () => {
    const a = check("getHealth", await t.call("/health", { auth: null }));
    expect(a.body.status).toBe("ok");
  });

  it("echoes a given X-Request-Id and makes one otherwise", async () => {
    expect((await t.call("/health", { auth: null, headers: { "x-request-id": "req-42" } })).headers.get("x-request-id")).toBe("req-42");
    expect((await t.call("/health", { auth: null })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("trading data", () => {
  it("lists the data sets with their counts", async () => {
    const a = check("listDataSets", await t.call("/data-sets"));
    expect(a.body.items).toContainEqual(expect.objectContaining({ DATA_NO: 507, DATA_EN: "TENDER_LIST", count: 3 }));
  });

  it("lists records page by page, with ETag and 304", async () => {
    const first = check("listRecords", await t.call("/data-sets/502/records?limit=1"));
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = check("listRecords", await t.call(`/data-sets/502/records?limit=1&cursor=${first.body.nextCursor}`));
    expect(second.body.items[0].record.DATA_KEY).not.toBe(first.body.items[0].record.DATA_KEY);
    expect(second.body.nextCursor).toBeNull();
    const etag = first.headers.get("etag")!;
    const again = check("listRecords", await t.call("/data-sets/502/records?limit=1", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
  });

  it("gets one record, with ETag and 304, and 404 for an unknown key", async () => {
    const list = await t.call("/data-sets/513/records");
    const key = list.body.items[0].record.DATA_KEY;
    const a = check("getRecord", await t.call(`/data-sets/513/records/${key}`));
    expect(a.body.record.context.BID_SECTION_CODE).toBe(SECTION);
    check("getRecord", await t.call(`/data-sets/513/records/${key}`, { headers: { "if-none-match": a.headers.get("etag")! } }));
    const missing = check("getRecord", await t.call("/data-sets/513/records/0201513999999999999999"));
    expect(missing.body.code).toBe("record-not-found");
    const otherSet = check("getRecord", await t.call(`/data-sets/512/records/${key}`));
    expect(otherSet.status).toBe(404);
  });

  it.each([
    ["an unknown data set", "/data-sets/999/records", 404, "data-set-unknown"],
    ["a limit over 500", "/data-sets/500/records?limit=501", 400, "invalid-request"],
    ["a limit that is not a number", "/data-sets/500/records?limit=ten", 400, "invalid-request"],
    ["a bad updatedSince", "/data-sets/500/records?updatedSince=yesterday", 400, "invalid-request"],
    ["an unknown parameter", "/data-sets/500/records?page=2", 400, "invalid-request"],
    ["a cursor that is not a cursor", "/data-sets/500/records?cursor=bm90LWEtY3Vyc29y", 400, "cursor-invalid"],
  ])("answers %s with problem+json", async (_name, path, status, code) => {
    const a = check("listRecords", await t.call(path));
    expect(a.status).toBe(status);
    expect(a.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(a.body).toMatchObject({ code, status, type: `https://ggzy.xm.gov.cn/ywjy/problems/${code}` });
  });

  it("names the parameter of a 400", async () => {
    const a = await t.call("/data-sets/500/records?limit=501");
    expect(a.body.errors).toEqual([{ in: "query", name: "limit", message: expect.stringMatching(/500/) }]);
  });

  it("refuses a cursor of another data set", async () => {
    const page = await t.call("/data-sets/507/records?limit=1");
    const a = check("listRecords", await t.call(`/data-sets/508/records?cursor=${page.body.nextCursor}`));
    expect(a.body.code).toBe("cursor-invalid");
  });
});

describe("audit trail", () => {
  it("serves a valid hash chain and a digest that matches its head", async () => {
    const trail = check("getAuditTrail", await t.call(`/tender-projects/${TP}/audit-trail`));
    const digest = check("getAuditDigest", await t.call(`/tender-projects/${TP}/audit-trail/digest`));
    expect(verifyAuditChain(trail.body.entries, digest.body)).toMatchObject({ ok: true, length: trail.body.entries.length });
  });

  it("answers 404 for a tender project without a trail", async () => {
    check("getAuditTrail", await t.call("/tender-projects/E3502032026119999001/audit-trail"));
    const a = check("getAuditDigest", await t.call("/tender-projects/E3502032026119999001/audit-trail/digest"));
    expect(a.body.code).toBe("tender-project-not-found");
  });

  it("answers 400 for a malformed tender project code", async () => {
    const a = check("getAuditTrail", await t.call("/tender-projects/short/audit-trail"));
    expect(a.status).toBe(400);
  });
});

describe("conformance hook", () => {
  it.each([
    ["an unknown scenario", "no-such-scenario", {}, 404, "scenario-unknown"],
    ["codes that do not nest", "open-bids", { tenderProjectCode: TP, bidSectionCode: "E3502032026119999001001" }, 400, "invalid-request"],
    ["an unknown input property", "open-bids", { colour: "red" }, 400, "invalid-request"],
    ["a scenario whose required scenario has not run", "open-bids", { projectCode: "E3502032026119999" }, 409, "scenario-precondition"],
  ])("answers %s with problem+json", async (_name, scenario, input, status, code) => {
    const a = check("runScenario", await t.run(scenario, input));
    expect(a.status).toBe(status);
    expect(a.body.code).toBe(code);
  });

  it("answers a body that is not JSON with 400", async () => {
    const a = check("runScenario", await t.call("/conformance/scenarios/open-bids", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }));
    expect(a.body.code).toBe("invalid-request");
  });
});

describe("single sign-on endpoints without a platform", () => {
  it("redirects an unauthenticated module visit to /sso/login with the same module and parameters", async () => {
    const a = check("openModule", await t.call(`/modules/award-notice?tenderProjectCode=${TP}`, { auth: null }));
    expect(a.status).toBe(302);
    expect(a.headers.get("location")).toBe(`${t.url}/sso/login?module=award-notice&tenderProjectCode=${TP}`);
  });

  it.each([
    ["an unknown module page", "openModule", "/modules/no-such-module", 404, "module-unknown"],
    ["a login for an unknown module", "ssoLogin", "/sso/login?module=no-such-module", 404, "module-unknown"],
    ["a login without a module", "ssoLogin", "/sso/login", 400, "invalid-request"],
    ["a callback without a state", "ssoCallback", "/sso/callback?code=x", 400, "invalid-request"],
  ] as const)("answers %s with problem+json", async (_name, op, path, status, code) => {
    const a = check(op, await t.call(path, { auth: null }));
    expect(a.status).toBe(status);
    expect(a.body.code).toBe(code);
  });
});

describe("the rest of the API surface", () => {
  it("answers an unknown path with 404 problem+json and a wrong method with 405", async () => {
    const notFound = await t.call("/no/such/path");
    expect(notFound.status).toBe(404);
    expect(notFound.body.code).toBe("not-found");
    const wrong = await t.call("/health", { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    expect(wrong.body.code).toBe("method-not-allowed");
  });

  it("exercised every operation of the document", () => {
    // ssoLogin's and ssoCallback's success paths need a platform: tests/reference-system/sso.test.ts.
    const ops = [...loadAccessApi().operations.keys()];
    expect(ops.filter((op) => !seen.has(op))).toEqual([]);
  });
});
