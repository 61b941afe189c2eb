/**
 * The example records of the remaining trading domains (specs/reporting/examples): prequalification
 * (514–516), land use rights (600, 601), mining rights (650–660), state-owned property
 * rights (700, 701, 750–753), credit (300–306) and supervision (400–404). Each passes the checks of every example
 * record (describeExampleRecords); each domain's examples tell one trade within the statutory periods.
 */
import { describe, expect, it } from "vitest";
import { WorkingDays } from "../../src/quality/calendar.ts";
import { checkRecords } from "../../src/quality/index.ts";
import { describeExampleRecords, exampleField, readExample } from "./example-records.ts";

/** [DATA_NO, DATA_EN] of the examples this file checks. */
const EXAMPLES: [number, string][] = [
  [514, "QUALI_INQUERY_CLARI"],
  [515, "QUALI_INQUERY_APP_FILE"],
  [516, "QUALI_INQUERY_RESULT"],
  [600, "DEAL_BEHAVIOR_INFO"],
  [601, "DEAL_LAND_INFO"],
  [650, "EXPLOR_BID_AUCTION_TRANS_ANN"],
  [651, "MINING_BID_AUCTION_TRANS_ANN"],
  [652, "EXPLOR_BID_AUC_TRANS_RES_ANN"],
  [653, "MINING_BID_AUC_TRANS_RES_ANN"],
  [654, "EXPLOR_TRANS_PUB_INFO"],
  [655, "MINING_TRANS_PUB_INFO"],
  [656, "MINING_DISTRICT_RANGE_PUB"],
  [657, "NON_OIL_GAS_EXPLOR_REG_ANN"],
  [658, "NON_OIL_GAS_MINING_REG_ANN"],
  [659, "OIL_GAS_EXPLOR_REG_ANN"],
  [660, "OIL_GAS_MINING_REG_ANN"],
  [700, "LISTING_PUB_INFO"],
  [701, "TRADE_RESULT_INFO"],
  [750, "STOCK_LISTING_PUB_INFO"],
  [751, "TRANSFER_ENTE_INFO"],
  [752, "TRANSFER_ENTE_HAREHOLDER"],
  [753, "STOCK_TRADE_RESULT_INFO"],
  [300, "VIOLATING_LAWS_RULES_INFO"],
  [302, "BLACK_LIST"],
  [303, "WITHDRAW_BLACK_LIST"],
  [304, "AWARD_INFO"],
  [305, "PERFORMANCE_INFO"],
  [306, "SOCIAL_CREDIT_INFO"],
  [400, "ADMIN_SUPER_ITEM_INFO"],
  [402, "PROJECT_ALERTING_INFO"],
  [404, "COMPLAINT_INFO"],
];

describeExampleRecords(EXAMPLES);

const field = exampleField(EXAMPLES);
const DAY = 86_400_000;
const day = (v: string): number => Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8)) / DAY;
const calendar = WorkingDays.fromSpecs();
/** Working days from `from` to `to`, both counted. */
const workingDays = (from: string, to: string): number => {
  let n = 0;
  for (let d = day(from); d <= day(to); d++) if (calendar.isWorkday(d)) n++;
  return n;
};

describe("the land trade told by 600 and 601", () => {
  it("names one announcement and one unified deal code", () => {
    expect(field("601.DEAL_ANNOUNCEMENT_GUID")).toBe(field("600.ANNOUNCEMENT_GUID"));
    expect(field("601.UNIFIED_DEAL_CODE")).toBe(field("600.UNIFIED_DEAL_CODE"));
  });
  it("announces at least 20 days before the listing opens, and lists at least 10 days", () => {
    expect(day(field("600.LISTING_START_TIME")) - day(field("600.ANNOUNCEMENT_START_TIME"))).toBeGreaterThanOrEqual(20);
    expect(day(field("600.LISTING_DEADLINE")) - day(field("600.LISTING_START_TIME"))).toBeGreaterThanOrEqual(10);
  });
  it("publishes the deal once the listing has closed", () => {
    expect(field("601.PUBLISHING_TIME") >= field("600.LISTING_DEADLINE")).toBe(true);
  });
});

describe("the mining-right grants told by 650/652 (exploration) and 651/653 (mining)", () => {
  it.each([
    [650, 652],
    [651, 653],
  ])("%i announces the grant that %i reports the result of", (announcement, result) => {
    for (const f of ["UNIFIED_DEAL_CODE", "NA_APP_NAME", "IN_BUY_KIND", "QT_PLAN_YEARS", "QT_TOTAL_AREA", "NA_GEOGRAPHY_POSITION", "NA_AREA_COORDINATE", "REGION_CODE"]) {
      expect(field(`${result}.${f}`), f).toBe(field(`${announcement}.${f}`));
    }
    expect(field(`${result}.DT_BUY_DATE`) > field(`${announcement}.PUBLISHING_TIME`).slice(0, 8)).toBe(true);
    expect(field(`${result}.PUBLISHING_TIME`) >= field(`${result}.DT_BUY_DATE`)).toBe(true);
  });
});

describe("the property-rights trades told by 700/701 and 750/753", () => {
  it.each([
    [700, 701, 10],
    [750, 753, 20],
  ])("%i lists for its stated working days (at least %i's minimum) before %i's deal", (listing, result, least) => {
    const duration = Number(field(`${listing}.PUBLISH_DURATION`));
    expect(duration).toBeGreaterThanOrEqual(least);
    expect(field(`${result}.UNIFIED_DEAL_CODE`)).toBe(field(`${listing}.UNIFIED_DEAL_CODE`));
    expect(field(`${result}.PROJECT_CODE`)).toBe(field(`${listing}.PROJECT_CODE`));
    expect(workingDays(field(`${listing}.PUBLISH_DATE`), field(`${result}.TRADE_DATE`))).toBeGreaterThan(duration);
  });
});

describe("the credit and supervision records", () => {
  it("restrict the same subject from one decision (300, 302, 402)", () => {
    expect(new Set([field("300.BODY_CODE"), field("302.BODY_CODE"), field("402.BODY_CODE")]).size).toBe(1);
    expect(field("302.DOCUMENT_CODE")).toBe(field("300.DOCUMENT_CODE"));
  });
  it.each([
    ["300", "CONFINED_START", "CONFINED_END"],
    ["402", "START_DATE", "END_DATE"],
    ["404", "START_DATE", "END_DATE"],
  ])("%s: the restriction does not end before it starts", (no, start, end) => {
    expect(field(`${no}.${end}`) >= field(`${no}.${start}`)).toBe(true);
  });
  it("decide the complaint within 30 working days of accepting it", () => {
    expect(workingDays(field("404.ACCEPT_DATE").slice(0, 8), field("404.HANDLE_DATE").slice(0, 8))).toBeLessThanOrEqual(30);
  });
});

describe("the records that follow another data set's record", () => {
  it.each([
    ["515.TENDER_PROJECT_CODE", "514.TENDER_PROJECT_CODE"],
    ["515.BID_SECTION_CODES", "514.BID_SECTION_CODES"],
    ["516.TENDER_PROJECT_CODE", "514.TENDER_PROJECT_CODE"],
    ["516.UNIFIED_DEAL_CODE", "514.UNIFIED_DEAL_CODES"],
    ["658.NA_MINE_NAME", "653.NA_APP_NAME"],
    ["658.UNIFIED_DEAL_CODE", "653.UNIFIED_DEAL_CODE"],
    ["658.APPLY_CODE", "653.BIDDER_CODE"],
    ["660.APPLY_CODE", "659.APPLY_CODE"],
    ["660.NA_APPLY_PERSON", "659.NA_APPLY_PERSON"],
    ["660.NA_GEOGRAPHY_POSITION", "659.NA_GEOGRAPHY_POSITION"],
    ["751.PROJECT_CODE", "750.PROJECT_CODE"],
    ["752.PROJECT_CODE", "750.PROJECT_CODE"],
    ["752.SUBJECT_COMPANY_CODE", "751.SUBJECT_COMPANY_CODE"],
    ["752.TOP10_HOLDER_NAME", "750.SELLER_NAME"],
  ])("%s is %s", (follower, leader) => {
    expect(field(follower)).toBe(field(leader));
  });

  it("submit the prequalification application before its deadline, and publish the result after it", () => {
    expect(field("515.APPLY_SUBMIT_TIME") <= field("514.DOC_SUBMIT_END_TIME")).toBe(true);
    expect(field("516.RESULT_CREATE_TIME") > field("514.DOC_SUBMIT_END_TIME")).toBe(true);
  });

  it("convert part of the exploration block to a mining licence within the exploration term (659, 660)", () => {
    expect(field("660.DT_USEFULLIFE_START") >= field("659.DT_USEFULLIFE_START")).toBe(true);
    expect(field("660.DT_USEFULLIFE_START") <= field("659.DT_USEFULLIFE_END")).toBe(true);
    expect(Number(field("660.QT_TOTAL_AREA"))).toBeLessThan(Number(field("659.QT_TOTAL_AREA")));
  });

  it("sell the share of the listing, held by the seller (751, 752)", () => {
    expect(Number(field("751.SELL_PERCENT"))).toBe(Number(field("752.TOP10_HOLDER_PERCENT")));
    expect(Number(field("751.OWENERSHIP_INTEREST"))).toBeCloseTo(Number(field("751.LAST_AUDIT_EQUITY")) + Number(field("751.NET_PROFIT")), 2);
  });
});

describe("the examples pass the reference and period rules between the records of one trade", () => {
  const records = EXAMPLES.map(([dataNo, dataEn]) => readExample(dataNo, dataEn));
  const RULES = [
    ...["QA-REF-PREQUALIFICATION", "QA-REF-LAND-ANNOUNCEMENT", "QA-REF-EXPLORATION-ANNOUNCEMENT", "QA-REF-MINING-ANNOUNCEMENT", "QA-REF-ASSET-LISTING", "QA-REF-EQUITY-LISTING", "QA-REF-EQUITY-ENTERPRISE"],
    ...["QT-LAND-ANNOUNCE-LEAD", "QT-LAND-LISTING-PERIOD", "QT-MINING-ANNOUNCE-LEAD", "QT-ASSET-LISTING-PERIOD", "QT-EQUITY-LISTING-PERIOD", "QT-COMPLAINT-HANDLING"],
  ];
  it.each(RULES)("%s", (id) => {
    const result = checkRecords(records, { rules: [id] });
    expect(result.findings).toEqual([]);
    expect(Object.values(result.dimensions).flatMap((d) => d.rules).find((r) => r.id === id)!.checked).toBeGreaterThan(0);
  });
});
