/**
 * The example records of the engineering data sets 500–513 (specs/reporting/examples): each meets its
 * generated data-set schema (ajv, strict, real identifier formats), and together they tell one
 * consistent lifecycle of a Xiamen tender — one code hierarchy, the winner among the candidates among
 * the bidders, one amount after PRICE_UNIT normalisation, and dates in order within the statutory periods.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codelist } from "../../src/specs/codelists.ts";
import { describeExampleRecords, examplesDir, readExample, type ExampleRecord } from "./example-records.ts";

/** [DATA_NO, DATA_EN] of every engineering example file 500–513. */
const EXAMPLES: [number, string][] = readdirSync(examplesDir)
  .map((f) => f.match(/^(50\d|51[0-3])-(\w+)\.json$/))
  .filter((m): m is RegExpMatchArray => m !== null)
  .map((m) => [Number(m[1]), m[2]!] as [number, string])
  .sort((a, b) => a[0] - b[0]);

describe("the engineering examples", () => {
  it("cover every data set 500–513", () => {
    expect(EXAMPLES.map(([n]) => n)).toEqual(Array.from({ length: 14 }, (_, i) => 500 + i));
  });
});

describeExampleRecords(EXAMPLES);

describe("the lifecycle told by the examples", () => {
  const byNo = new Map<number, ExampleRecord["context"]>(EXAMPLES.map(([n, en]) => [n, readExample(n, en).context]));
  const field = (ref: string): string => {
    const [no, name] = ref.split(".") as [string, string];
    const value = byNo.get(Number(no))?.[name];
    if (value === undefined) throw new Error(`example ${no} has no ${name}`);
    return value;
  };
  const project = field("500.PROJECT_CODE");
  const tenderProject = field("501.TENDER_PROJECT_CODE");
  const section = field("502.BID_SECTION_CODE");

  it("builds the tender-project code and the section code on their parents (17 → 20 → 23)", () => {
    expect(project).toMatch(/^E350203\d{10}$/);
    expect(tenderProject).toMatch(new RegExp(`^${project}\\d{3}$`));
    expect(section).toMatch(new RegExp(`^${tenderProject}\\d{3}$`));
  });

  /** Every code field of every example names this lifecycle's project, tender project, section and trade. */
  const CODE_FIELDS: [string, () => string][] = [
    ["PROJECT_CODE", () => project],
    ["TENDER_PROJECT_CODE", () => tenderProject],
    ["BID_SECTION_CODE", () => section],
    ["BID_SECTION_CODES", () => section],
    ["UNIFIED_DEAL_CODE", () => field("502.UNIFIED_DEAL_CODE")],
    ["UNIFIED_DEAL_CODES", () => field("502.UNIFIED_DEAL_CODE")],
  ];
  it.each(EXAMPLES)("example %i %s names the lifecycle's codes", (dataNo) => {
    const context = byNo.get(dataNo)!;
    for (const [name, want] of CODE_FIELDS) if (context[name] !== undefined) expect(context[name], name).toBe(want());
  });

  it("picks the winner among the candidates, and the candidates among the bidders", () => {
    const winner = field("513.WIN_BIDDER_CODE");
    expect(field("510.WIN_CANDIDATE_CODE")).toBe(winner);
    expect(field("510.WIN_CANDIDATE_ORDER")).toBe("1");
    expect(field("511.FIRST_BIDDER_CODE")).toBe(winner);
    expect(field("507.BIDDER_ORG_CODE")).toBe(winner);
    expect(field("505.BIDDER_CODE")).toBe(winner);
    expect(field("512.BIDDER_CODE")).toBe(winner);
    expect(new Set([field("511.FIRST_BIDDER_CODE"), field("511.SECOND_BIDDER_CODE"), field("511.THIRD_BIDDER_CODE")]).size).toBe(3);
    for (const ref of ["511.FIRST_BIDDER_NAME", "511.SECOND_BIDDER_NAME", "511.THIRD_BIDDER_NAME"]) expect(field("506.BID_OPENING_CONTENT"), ref).toContain(field(ref));
    expect(field("511.FIRST_BIDDER_NAME")).toBe(field("513.WIN_BIDDER_NAME"));
    expect(field("513.PROJECT_LEAD_ID")).toBe(field("507.PM_CODE"));
    expect(field("512.TENDER_CODE")).toBe(field("501.TENDERER_CODE"));
    expect(field("513.TENDER_AGENCY_CODE")).toBe(field("501.TENDER_AGENCY_CODE"));
  });

  /** An amount in yuan, ×10^6 to keep the six decimals of n(14,6) exact. */
  const micros = (amount: string, unit: string): bigint => {
    const [int, frac = ""] = amount.split(".");
    const multiplier = codelist("PRICE_UNIT").codes.find((c) => c.code === unit)?.multiplier;
    if (multiplier === undefined) throw new Error(`PRICE_UNIT ${unit} has no multiplier`);
    return BigInt(int! + frac.padEnd(6, "0")) * BigInt(multiplier);
  };
  const CAP = micros("3000000000", "0");

  it("states one winning amount in every record once normalised by PRICE_UNIT, below the ceiling and the 30亿 cap", () => {
    const bid = micros(field("507.BID_PRICE"), field("507.PRICE_UNIT"));
    expect(micros(field("510.BID_PRICE"), field("510.PRICE_UINT"))).toBe(bid);
    expect(micros(field("513.BID_AMOUNT"), field("513.PRICE_UNIT"))).toBe(bid);
    expect(micros(field("512.CONTRACT_PRICE"), field("512.PRICE_UNIT"))).toBe(bid);
    expect(bid <= micros(field("504.CONTROL_PRICE"), field("504.CONTROL_PRICE_UNIT"))).toBe(true);
    expect(micros(field("502.CONTRACT_RECKON_PRICE"), field("502.PRICE_UNIT")) <= CAP).toBe(true);
  });

  const DAY = 86_400_000;
  const time = (ref: string): number => {
    const [y, mo, d, h = "0", mi = "0", s = "0"] = field(ref).match(/^(\d{4})(\d\d)(\d\d)(\d\d)?(\d\d)?(\d\d)?$/)!.slice(1);
    return Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s);
  };

  /** The events in the order they happened. */
  const ORDER = [
    "500.CREATE_TIME",
    "501.CREATE_TIME",
    "502.CREATE_TIME",
    "503.NOTICE_SEND_TIME",
    "503.DOC_GET_END_TIME",
    "503.BID_DOC_REFER_END_TIME",
    "505.BID_INVITE_ISSUE_TIME",
    "505.BID_INVITE_END_TIME",
    "504.SUBMIT_TIME",
    "505.DOC_GET_END_TIME",
    "507.MARGIN_RECEIVE_TIME",
    "507.CHECKIN_TIME",
    "506.BID_OPENING_TIME",
    "508.EXPERT_CHECK_IN_TIME",
    "509.END_TIME",
    "509.SUBMIT_TIME",
    "511.PUBLICITY_START_TIME",
    "511.PUBLICITY_END_TIME",
    "513.NOTICE_SEND_TIME",
    "512.CONTRACT_SIGN_TIME",
    "502.BEGIN_DATE",
  ];
  it("has its events in order", () => {
    for (let i = 1; i < ORDER.length; i++) expect(time(ORDER[i]!), `${ORDER[i - 1]} ≤ ${ORDER[i]}`).toBeGreaterThanOrEqual(time(ORDER[i - 1]!));
  });

  /** [rule, from, to, at least days, at most days]: the statutory periods of the lifecycle. */
  const PERIODS: [string, string, string, number, number][] = [
    ["QT-BID-PERIOD (notice)", "503.DOC_GET_START_TIME", "503.BID_DOC_REFER_END_TIME", 20, Infinity],
    ["QT-DOC-SALE-PERIOD (notice)", "503.DOC_GET_START_TIME", "503.DOC_GET_END_TIME", 5, Infinity],
    ["prequalification applications ≥ 5 days after the documents", "503.DOC_GET_END_TIME", "503.BID_DOC_REFER_END_TIME", 5, Infinity],
    ["QT-BID-PERIOD (invitation)", "505.DOC_GET_START_TIME", "505.BID_DOC_REFER_END_TIME", 20, Infinity],
    ["QT-DOC-SALE-PERIOD (invitation)", "505.DOC_GET_START_TIME", "505.DOC_GET_END_TIME", 5, Infinity],
    ["QT-CLARIFY-LEAD", "504.SUBMIT_TIME", "504.BID_DOC_REFER_END_TIME", 15, Infinity],
    ["QT-CANDIDATE-PUBLISH", "509.SUBMIT_TIME", "511.PUBLICITY_START_TIME", 0, 3],
    ["QT-CANDIDATE-PERIOD", "511.PUBLICITY_START_TIME", "511.PUBLICITY_END_TIME", 3, Infinity],
    ["QT-CONTRACT-SIGN", "513.NOTICE_SEND_TIME", "512.CONTRACT_SIGN_TIME", 0, 30],
  ];
  it.each(PERIODS)("%s: %s → %s within [%d, %d] days", (_rule, from, to, least, most) => {
    const days = (time(to) - time(from)) / DAY;
    expect(days).toBeGreaterThanOrEqual(least);
    expect(days).toBeLessThanOrEqual(most);
  });

  it("opens the bids when the bid deadline passes, as the clarification and the invitation state", () => {
    for (const ref of ["504.BID_DOC_REFER_END_TIME", "504.BID_OPEN_TIME", "505.BID_DOC_REFER_END_TIME"]) expect(field(ref), ref).toBe(field("506.BID_OPENING_TIME"));
  });
});
