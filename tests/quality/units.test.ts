// The quality check's building blocks: periods, working days, amounts, joins, the Poisson tail.
import { describe, expect, it } from "vitest";
import { Amounts, showMicro } from "../../src/quality/amounts.ts";
import { poissonTail } from "../../src/quality/evaluators/rotating-losers.ts";
import { Joins } from "../../src/quality/joins.ts";
import { loadQualityRules } from "../../src/quality/rules.ts";
import { WorkingDays } from "../../src/quality/calendar.ts";
import { parseStamp, period } from "../../src/quality/time.ts";
import { codelist } from "../../src/specs/codelists.ts";

const book = loadQualityRules();
const workdays = new WorkingDays(book.calendar);
const t = (s: string) => parseStamp(s)!;

describe("periods", () => {
  it.each([
    ["20261101170000", "20261121090000", "calendar-days", 20],
    ["20261101000000", "20261101235959", "calendar-days", 0],
    ["20261204100000", "20261207090000", "working-days", 1], // Friday → Monday
    ["20261204100000", "20261208180000", "working-days", 2], // Friday → Tuesday
    ["20261205100000", "20261206100000", "working-days", 0], // Saturday → Sunday
    ["20261208100000", "20261204100000", "working-days", -2],
    // The calendar of specs/quality/common.yaml: National Day 1–7 October, Saturday 10 October worked.
    ["20260930100000", "20261008100000", "working-days", 1],
    ["20261009100000", "20261012100000", "working-days", 2],
    ["20261201090000", "20261202090001", "hours", 24 + 1 / 3600],
  ] as const)("%s → %s in %s is %d", (a, b, counting, want) => {
    expect(period(counting, t(a), t(b), workdays)).toBeCloseTo(want, 9);
  });

  it("count holidays and make-up working days from the calendar", () => {
    const cal = new WorkingDays({ weekend: [6, 7], holidays: ["20261001", "20261002"], workdays: ["20261010"] });
    expect(period("working-days", t("20260930120000"), t("20261005120000"), cal)).toBe(1); // Oct 1–2 off, 3–4 weekend, Oct 5 Monday
    expect(period("working-days", t("20261009120000"), t("20261010120000"), cal)).toBe(1); // Saturday Oct 10 worked
    expect(() => new WorkingDays({ weekend: [6, 7], holidays: ["20260230"], workdays: [] })).toThrow(/calendar day 20260230 is not a yyyyMMdd date/);
  });

  it.each(["20261301000000", "2026110109000", "20260230", "abc", undefined])("rejects %s as a time", (v) => {
    expect(parseStamp(v)).toBeUndefined();
  });
});

describe("amounts", () => {
  const amounts = new Amounts(codelist("PRICE_UNIT"));
  it.each([
    ["12345678.90", "0", "12345678.9"],
    ["1234.56789", "1", "12345678.9"],
    ["300000", "1", "3000000000"],
    ["0.000001", "0", "0.000001"],
    ["-5", undefined, "-5"],
  ] as const)("%s in unit %s is %s yuan", (amount, unit, yuan) => {
    expect(showMicro(amounts.micro(amount, unit)!)).toBe(yuan);
  });

  it("refuses what is not a decimal or not a unit", () => {
    expect(amounts.micro("1e5", "0")).toBeUndefined();
    expect(amounts.micro("100", "7")).toBeUndefined();
    expect(amounts.yuan("12.5", "1")).toBe(125000);
  });
});

describe("joins", () => {
  const joins = new Joins(book.joins, book.separators);
  it("split multi-valued code fields", () => {
    expect(joins.keys("section", { BID_SECTION_CODES: "A001;A002, A003，A003" })).toEqual(["A001", "A002", "A003"]);
    expect(joins.entries("section", { BID_SECTION_CODE: "S1" })).toEqual([{ key: "S1", field: "BID_SECTION_CODE" }]);
  });

  it("key lots within their project, and fall back to the project's wildcard lot", () => {
    expect(joins.keys("lot", { PURCHASE_PROJECT_CODE: "P", PURCHASE_SECTION_CODE: "01;02" })).toEqual(["P|01", "P|02"]);
    expect(joins.keys("lot", { PURCHASE_PROJECT_CODE: "P" })).toEqual(["P|*"]);
    expect(joins.wildcard("lot", "P|01")).toBe("P|*");
    expect(joins.wildcard("section", "S1")).toBeUndefined();
    expect(joins.show("P|*")).toBe("P");
  });
});

describe("poissonTail", () => {
  it.each([
    [0, 2, 1],
    [1, 2, 1 - Math.exp(-2)],
    [3, 3, 1 - Math.exp(-3) * (1 + 3 + 4.5)],
  ])("P(X ≥ %d | mean %d)", (k, mean, want) => {
    expect(poissonTail(k, mean)).toBeCloseTo(want, 12);
  });

  it("stays accurate when the mean is tiny", () => {
    expect(poissonTail(3, 1e-4) / (1e-12 / 6)).toBeCloseTo(1, 3);
  });
});
