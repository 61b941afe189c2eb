// The synthetic year's trades of the remaining domains (src/synthetic/domains.ts): each kind in turn,
// valid against the contracts, announcement before result on one unified deal code, the statutory
// periods kept (the quality rules find nothing), and the engineering and procurement records unchanged.
import { describe, expect, it } from "vitest";
import { checkRecords } from "../../src/quality/index.ts";
import { DOMAIN_TRADE_DATA_SETS, generateYear } from "../../src/synthetic/index.ts";
import { findings, run } from "./helpers.ts";

const clean = { defectRate: 0, collusionRate: 0, correctionRate: 0 };
const { year, records } = run({ seed: 21, projects: 60, ...clean, domainShare: 0.5 });
const PERIOD_RULES = ["QT-LAND-ANNOUNCE-LEAD", "QT-LAND-LISTING-PERIOD", "QT-MINING-ANNOUNCE-LEAD", "QT-ASSET-LISTING-PERIOD", "QT-ASSET-LISTING-PERIOD-LARGE", "QT-EQUITY-LISTING-PERIOD"];

describe("the synthetic year's other domains", () => {
  it.each(Object.entries(DOMAIN_TRADE_DATA_SETS))("has %s trades: an announcement and a result on one unified deal code", (_kind, [announcement, result]) => {
    const first = records.filter((r) => r.DATA_NO === announcement);
    const second = records.filter((r) => r.DATA_NO === result);
    expect(first.length).toBeGreaterThan(0);
    const announced = new Set(first.map((r) => r.context.UNIFIED_DEAL_CODE));
    for (const r of second) expect(announced.has(r.context.UNIFIED_DEAL_CODE), r.DATA_KEY).toBe(true);
  });

  it("counts its trades apart from the lifecycles", () => {
    expect(year.stats.domainTrades).toBeGreaterThan(10);
    expect(year.stats.engineering + year.stats.procurement).toBe(60);
  });

  it("writes records that pass the contracts", () => {
    const ours = new Set(Object.values(DOMAIN_TRADE_DATA_SETS).flat());
    const bad = records.filter((r) => ours.has(r.DATA_NO)).flatMap((r) => findings(r).filter((f) => f.severity === "error").map((f) => `${r.DATA_KEY} ${f.ruleId} ${f.path}`));
    expect(bad).toEqual([]);
  });

  it("keeps the land, mining and property-rights periods", () => {
    const result = checkRecords(records, { rules: PERIOD_RULES });
    expect(result.findings.map((f) => `${f.ruleId} ${f.DATA_KEY}`)).toEqual([]);
    for (const id of ["QT-LAND-ANNOUNCE-LEAD", "QT-MINING-ANNOUNCE-LEAD", "QT-ASSET-LISTING-PERIOD", "QT-ASSET-LISTING-PERIOD-LARGE", "QT-EQUITY-LISTING-PERIOD"]) expect(result.dimensions.timeliness.rules.find((r) => r.id === id)?.checked, id).toBeGreaterThan(0);
  });

  it("leaves the engineering and procurement records as they were", () => {
    const without = [...generateYear({ seed: 21, projects: 60, ...clean, domainShare: 0 })];
    const ours = new Set(Object.values(DOMAIN_TRADE_DATA_SETS).flat());
    expect(JSON.stringify(records.filter((r) => !ours.has(r.DATA_NO)))).toBe(JSON.stringify(without));
  });
});
