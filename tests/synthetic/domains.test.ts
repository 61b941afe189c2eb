// The synthetic year's trades of the remaining domains (src/synthetic/domains.ts) and its complaints
// (src/synthetic/complaints.ts): each kind in turn, valid against the contracts, announcement before result
// on one unified deal code, the equity listing's enterprise and shareholders under its project code, each
// complaint about a real engineering section of the year, the statutory periods kept (the quality rules
// find nothing and are exercised), and the engineering and procurement records unchanged.
import { describe, expect, it } from "vitest";
import { checkRecords } from "../../src/quality/index.ts";
import { COMPLAINT_DATA_SET, DOMAIN_TRADE_DATA_SETS, generateYear } from "../../src/synthetic/index.ts";
import { findings, hours, Index, run, workdays } from "./helpers.ts";

const clean = { defectRate: 0, collusionRate: 0, correctionRate: 0 };
const { year, records } = run({ seed: 21, projects: 60, ...clean, domainShare: 0.5 });
const index = new Index(records);
const OURS = new Set([...Object.values(DOMAIN_TRADE_DATA_SETS).flat(), COMPLAINT_DATA_SET]);
/** The rules of the remaining domains, by dimension: none finds anything on a clean year, each checks something. */
const RULES = {
  timeliness: ["QT-LAND-ANNOUNCE-LEAD", "QT-LAND-LISTING-PERIOD", "QT-MINING-ANNOUNCE-LEAD", "QT-ASSET-LISTING-PERIOD", "QT-ASSET-LISTING-PERIOD-LARGE", "QT-EQUITY-LISTING-PERIOD", "QT-COMPLAINT-HANDLING"],
  accuracy: ["QA-REF-LAND-ANNOUNCEMENT", "QA-REF-MINING-ANNOUNCEMENT", "QA-REF-EXPLORATION-ANNOUNCEMENT", "QA-REF-ASSET-LISTING", "QA-REF-EQUITY-LISTING", "QA-REF-EQUITY-ENTERPRISE"],
} as const;

describe("the synthetic year's other domains", () => {
  it.each(Object.entries(DOMAIN_TRADE_DATA_SETS))("has %s trades: an announcement and a result on one unified deal code", (_kind, sets) => {
    for (const n of sets) expect(index.of(n).length, String(n)).toBeGreaterThan(0);
    const announced = new Set(index.of(sets[0]!).map((r) => r.context.UNIFIED_DEAL_CODE));
    for (const r of index.of(sets.at(-1)!)) expect(announced.has(r.context.UNIFIED_DEAL_CODE), r.DATA_KEY).toBe(true);
  });

  it("counts its trades and complaints apart from the lifecycles", () => {
    expect(year.stats.domainTrades).toBeGreaterThan(10);
    expect(year.stats.complaints).toBeGreaterThan(0);
    expect(year.stats.complaints).toBe(index.of(COMPLAINT_DATA_SET).length);
    expect(year.stats.engineering + year.stats.procurement).toBe(60);
  });

  it("writes records that pass the contracts", () => {
    const bad = records.filter((r) => OURS.has(r.DATA_NO)).flatMap((r) => findings(r).filter((f) => f.severity === "error").map((f) => `${r.DATA_KEY} ${f.ruleId} ${f.path}`));
    expect(bad).toEqual([]);
  });

  it("discloses with each equity listing the enterprise sold and its shareholders, the seller holding at least the stake sold", () => {
    for (const listing of index.of(750)) {
      const code = listing.context.PROJECT_CODE;
      const [enterprise, ...more] = index.of(751).filter((r) => r.context.PROJECT_CODE === code);
      const holders = index.of(752).filter((r) => r.context.PROJECT_CODE === code);
      expect(more, code).toEqual([]);
      expect(enterprise?.context.SELL_PERCENT, code).toBe(listing.context.TOTAL_PERCENT);
      expect(holders.length, code).toBeGreaterThan(0);
      for (const h of holders) expect(h.context.SUBJECT_COMPANY_CODE).toBe(enterprise!.context.SUBJECT_COMPANY_CODE);
      expect(holders.reduce((sum, h) => sum + Number(h.context.TOP10_HOLDER_PERCENT), 0), code).toBe(100);
      const seller = holders.find((h) => h.context.TOP10_HOLDER_NAME === listing.context.SELLER_NAME);
      expect(Number(seller?.context.TOP10_HOLDER_PERCENT), code).toBeGreaterThanOrEqual(Number(listing.context.TOTAL_PERCENT));
    }
  });

  it("complains about real engineering sections of the year, after their candidates were published, to their supervising department", () => {
    for (const complaint of index.of(COMPLAINT_DATA_SET)) {
      const c = complaint.context;
      const [publicity] = index.in(c.BID_SECTION_CODE!, 511);
      expect(publicity?.context, complaint.DATA_KEY).toMatchObject({ TENDER_PROJECT_CODE: c.TENDER_PROJECT_CODE, UNIFIED_DEAL_CODE: c.UNIFIED_DEAL_CODE });
      expect(hours(publicity!.context.PUBLICITY_START_TIME!, c.COMPLAINT_DATE!)).toBeGreaterThan(0);
      expect(workdays(c.COMPLAINT_DATE!, c.ACCEPT_DATE!)).toBeLessThanOrEqual(3);
      const tenderProject = index.of(501).find((r) => r.context.TENDER_PROJECT_CODE === c.TENDER_PROJECT_CODE);
      expect(c.DEALING_UNIT).toBe(tenderProject?.context.SUPERVISE_DEPT_NAME);
      expect(c.COMPLAINTED_BODY_CODE).toBe(tenderProject?.context.TENDERER_CODE);
      // The complainant bid for the section and is not its first candidate.
      const complainant = c.COMPLAINT_NAME!.replace(/（.*$/, "");
      expect(index.in(c.BID_SECTION_CODE!, 507).map((r) => r.context.BIDDER_NAME)).toContain(complainant);
      expect(publicity!.context.FIRST_BIDDER_NAME).not.toBe(complainant);
    }
  });

  it.each(Object.entries(RULES))("keeps the %s rules of land, mining, property rights and complaints, and exercises each", (dimension, ids) => {
    const result = checkRecords(records, { rules: [...ids] });
    expect(result.findings.map((f) => `${f.ruleId} ${f.DATA_KEY}`)).toEqual([]);
    const checked = result.dimensions[dimension as keyof typeof RULES].rules;
    for (const id of ids) expect(checked.find((r) => r.id === id)?.checked, id).toBeGreaterThan(0);
  });

  it("leaves the engineering and procurement records as they were", () => {
    const without = [...generateYear({ seed: 21, projects: 60, ...clean, domainShare: 0 })];
    expect(JSON.stringify(records.filter((r) => !OURS.has(r.DATA_NO)))).toBe(JSON.stringify(without));
  });
});
