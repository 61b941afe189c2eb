/**
 * Certification by trading domain (ACC-DATA-07, check data.domain-data-sets): the reference system run
 * as a property-rights exchange and as a land-trading system is certified on its own domain's data sets
 * (700/701/750/753, 600/601) with the whole data suite; a system that declares property rights but
 * reports the engineering sets (501 …) only fails the domain check — a MUST requirement, blocking the
 * data level — with the discovery document as evidence.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadDomains } from "../../../src/specs/domains.ts";
import { loadGeneratedSchemas } from "../../../src/validate/schemas.ts";
import { checkOf, evidencePaths, startTarget, type Target } from "./harness.ts";

const DATA_CHECKS = ["data.list", "data.data-sets", "data.domain-data-sets", "data.payload-valid", "data.get", "data.updated-since", "data.pagination-complete", "data.etag"];

describe("the domain catalogue", () => {
  const schemas = loadGeneratedSchemas().dataSets;
  const domainOf = new Map(schemas.map((s) => [Number(s["x-data-no"]), String(s["x-domain"])]));

  it("names every domain of the data contracts, and requires only data sets of its own domain", () => {
    const ids = loadDomains().map((d) => d.id);
    expect([...new Set(domainOf.values())].filter((d) => !ids.includes(d))).toEqual([]);
    for (const d of loadDomains()) for (const n of d.required) expect(domainOf.get(n), `${d.id} requires ${n}`).toBe(d.id);
  });
});

describe("certifying by trading domain", () => {
  let target: Target | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it.each([
    ["property-rights", [700, 701, 750, 753]],
    ["land", [600, 601]],
  ])("certifies the reference system run as %s on its domain's data sets %j", async (domain, sets) => {
    target = await startTarget({ domain });
    const report = await target.certify(DATA_CHECKS);
    for (const id of DATA_CHECKS) expect(checkOf(report, id).outcome, `${id}: ${checkOf(report, id).reason.en}`).toMatch(/^(pass|warn)$/);
    const c = checkOf(report, "data.domain-data-sets");
    expect(c.requirements).toEqual(["ACC-DATA-07"]);
    expect(c.reason.en).toContain(`Declares the trading domains ${domain}`);
    for (const n of sets) expect(c.reason.en).toContain(String(n));
    expect(report.requirements.find((r) => r.id === "ACC-DATA-07")).toMatchObject({ outcome: "pass", level: "应" });
    // The records of the domain were read and validated with the rest.
    expect(checkOf(report, "data.payload-valid").outcome).toBe("pass");
  }, 120_000);

  it("fails a property-rights system that reports the engineering data sets only", async () => {
    target = await startTarget({ declaredDomains: ["property-rights"] });
    const report = await target.certify(["data.domain-data-sets"]);
    const c = checkOf(report, "data.domain-data-sets");
    expect(c.outcome).toBe("fail");
    expect(c.requirements).toEqual(["ACC-DATA-07"]);
    expect(c.reason.en).toContain("declares the trading domain property-rights");
    expect(c.reason.en).toContain("700 LISTING_PUB_INFO, 701 TRADE_RESULT_INFO, 750 STOCK_LISTING_PUB_INFO, 753 STOCK_TRADE_RESULT_INFO");
    expect(evidencePaths(c)).toContain("/.well-known/ywjy");
    expect(report.requirements.find((r) => r.id === "ACC-DATA-07")).toMatchObject({ outcome: "fail", level: "应", levelEn: "MUST" });
    const data = report.levels.find((l) => l.id === "data")!;
    expect(data.met).toBe(false);
    expect(data.blocking).toContain("ACC-DATA-07");
  }, 60_000);
});
