/**
 * The example records of the data sets 517–523, 550–557, 100, 111, 114, 212 and 213
 * (specs/reporting/examples): each passes the checks of every example record (describeExampleRecords:
 * data-set and report-record schemas, identifier kinds); the procurement examples tell one
 * lifecycle within the statutory periods, and 517–523 name the sample engineering lifecycle's codes.
 */
import { describe, expect, it } from "vitest";
import { describeExampleRecords, exampleField, readExample } from "./example-records.ts";

/** [DATA_NO, DATA_EN] of the examples this file checks. */
const EXAMPLES: [number, string][] = [
  [517, "TENDER_ABNORMITY_REPORT"],
  [519, "BID_DOC_CHARACT_CODE"],
  [520, "TENDER_EVALUATION"],
  [521, "T_ASKANSWER"],
  [522, "PERFORMANCE"],
  [523, "LETTER_OF_GUARANTEE"],
  [550, "PURCHASE_PROJECT"],
  [551, "PURCHASE_QUALI_INQUERY_ANN"],
  [552, "CORRECTION_ITEM"],
  [553, "BID_DEAL_ANNOUNCE"],
  [554, "PURCHASE_CONTRACT"],
  [556, "PURCHASE_BIDDING_RECORD"],
  [557, "PURCHASE_TENDER_LIST"],
  [100, "LEGAL_PERSON_BASE"],
  [111, "QUALI_PERSON_BASE"],
  [114, "INDIVIDUAL_BASE"],
  [212, "EXPERT_BID_EVALUATION"],
  [213, "EXPERT_EVALUATION"],
];

describeExampleRecords(EXAMPLES);

/** The value of "NNN.FIELD" in the examples. */
const field = exampleField(EXAMPLES);

/** yyyyMMddHHmmss or yyyyMMdd → epoch milliseconds, as if UTC (only differences are compared). */
const time = (v: string): number => Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8), +(v.slice(8, 10) || 0), +(v.slice(10, 12) || 0), +(v.slice(12, 14) || 0));
const DAY = 86_400_000;
/** Working days from `from` to `to` (Monday to Friday; the examples avoid public holidays). */
const workingDaysBetween = (from: string, to: string): number => {
  let n = 0;
  for (let t = time(from.slice(0, 8)) + DAY; t <= time(to.slice(0, 8)); t += DAY) if (![0, 6].includes(new Date(t).getUTCDay())) n++;
  return n;
};

describe("the government-procurement lifecycle told by 550–557", () => {
  const GP = [550, 551, 552, 553, 554, 556, 557];

  it.each(["PURCHASE_PROJECT_CODE", "PURCHASE_SECTION_CODE", "UNIFIED_DEAL_CODE"])("names one %s in every record", (name) => {
    expect(new Set(GP.map((n) => field(`${n}.${name}`)))).toEqual(new Set([field(`550.${name}`)]));
  });

  it("has one winner and one amount in the supplier list, the award notice and the contract", () => {
    expect([field("557.BIDDER_ORG_CODE"), field("554.SUPPLIER_CODE")]).toEqual([field("553.WINNINGBIDDER_CODE"), field("553.WINNINGBIDDER_CODE")]);
    expect([field("557.BID_PRICE"), field("554.CONTRACT_AMOUNT")]).toEqual([field("553.WIN_BID_PRICE"), field("553.WIN_BID_PRICE")]);
    expect(Number(field("553.WIN_BID_PRICE"))).toBeLessThanOrEqual(Number(field("550.PROGRAM_BUDGET")));
  });

  it("keeps the statutory periods (bid period, clarification lead, result and contract publication)", () => {
    const closing = field("552.POST_BID_CLOSING_TIME");
    expect(time(field("551.BID_CLOSING_TIME")) - time(field("551.BULLETIN_START_TIME"))).toBeGreaterThanOrEqual(20 * DAY);
    expect(time(closing) - time(field("552.MODIFICATION_START_TIME"))).toBeGreaterThanOrEqual(15 * DAY);
    expect(field("556.BID_OPENING_TIME")).toBe(closing);
    expect(workingDaysBetween(field("556.BID_OPENING_TIME"), field("553.WIN_BID_BULLETIN_START_TIME"))).toBeLessThanOrEqual(2);
    expect(time(field("554.SIGNING_TIME")) - time(field("553.WIN_BID_BULLETIN_START_TIME"))).toBeLessThanOrEqual(30 * DAY);
    expect(workingDaysBetween(field("554.SIGNING_TIME"), field("554.DATA_TIMESTAMP"))).toBeLessThanOrEqual(2);
  });
});

describe("517–523 on the sample engineering lifecycle", () => {
  const section001 = readExample(502, "SECTION").context;

  it("report the failed tender (流标) of section 002", () => {
    expect(field("517.BID_SECTION_CODE")).toBe(`${section001.TENDER_PROJECT_CODE}002`);
    expect(field("517.EXCEPITON_TYPE")).toBe("1");
  });

  it.each([519, 520, 522, 523])("%i names section 001 and its unified trade identification code", (dataNo) => {
    expect(field(`${dataNo}.BID_SECTION_CODE`)).toBe(section001.BID_SECTION_CODE);
    const context = readExample(dataNo, EXAMPLES.find(([n]) => n === dataNo)![1]).context;
    expect(context.UNIFIED_DEAL_CODE ?? context.UNIFIED_DEAL_CODES).toBe(section001.UNIFIED_DEAL_CODE);
  });

  it("521 challenges section 001", () => {
    expect(field("521.BID_SECTION_CODES")).toBe(section001.BID_SECTION_CODE);
  });

  it("519, 520, 522 and 523 describe the winner of 513", () => {
    const winner = readExample(513, "WIN_RESULT_ANNO").context.WIN_BIDDER_CODE;
    expect([field("519.BIDDER_ORG_CODE"), field("520.BIDDER_ORG_CODE"), field("522.PERFORMANCE_PARTY_CODE"), field("523.BIDDER_ORG_CODE")]).toEqual([winner, winner, winner, winner]);
  });
});
