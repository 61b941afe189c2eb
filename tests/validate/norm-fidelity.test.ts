/**
 * The corrections from the Fujian intake (issue 14): passing cases of the rules whose failing cases are in
 * rules.test.ts — currency aliases, `;`-separated lists, code validity periods, region levels, the
 * placeholder of a self-run tender's agency — and records judged by the norm version of their date.
 */
import { describe, expect, it } from "vitest";
import { codeNamed, example, withContext } from "./helpers.ts";
import { defaultValidator, Validator } from "../../src/validate/index.ts";
import { fieldInForce, loadNormVersions } from "../../src/specs/norm-versions.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";

const v = defaultValidator();
const rules = (findings: Array<{ ruleId: string; path: string; severity: string }>) => findings.map((f) => [f.ruleId, f.path, f.severity]);

describe("currency: GB/T 12406 numeric codes", () => {
  it("accepts 156 (人民币) without a finding", () => {
    expect(v.validateRecord(withContext(502, { CURRENCY_CODE: "156" }))).toEqual([]);
  });

  it("accepts the letter code CNY with a warning that names 156, and the record stays valid", () => {
    const findings = v.validateRecord(withContext(502, { CURRENCY_CODE: "CNY" }));
    expect(rules(findings)).toEqual([["field-code-alias", "/context/CURRENCY_CODE", "warning"]]);
    expect(findings[0]!.message.zh).toContain("156");
    expect(findings[0]!.message.en).toContain("Yuan Renminbi");
    expect(v.isReportRecord(withContext(502, { CURRENCY_CODE: "CNY" }))).toBe(true);
  });

  it("rejects a code that is neither a code nor an alias", () => {
    expect(rules(v.validateRecord(withContext(502, { CURRENCY_CODE: "RMB" })))).toEqual([["field-code", "/context/CURRENCY_CODE", "error"]]);
  });
});

describe("`;`-separated lists: the fixed length and the format apply to each item", () => {
  const sections = example(503).context.BID_SECTION_CODES as string;
  const deals = example(503).context.UNIFIED_DEAL_CODES as string;

  it("accepts a two-section notice", () => {
    const two = withContext(503, {
      NOTICE_BID_NUM: "2",
      BID_SECTION_CODES: `${sections};${sections.slice(0, 20)}002`,
      UNIFIED_DEAL_CODES: `${deals};${deals.replace("000001", "000002")}`,
    });
    expect(v.validateRecord(two)).toEqual([]);
  });

  it("says which item has the wrong length", () => {
    const [f] = v.validateRecord(withContext(503, { BID_SECTION_CODES: `${sections};E35` }));
    expect(f).toMatchObject({ ruleId: "field-length", path: "/context/BID_SECTION_CODES" });
    expect(f!.message.en).toContain("has 3 characters");
    expect(f!.message.en).toContain("c23 (each ;-separated item)");
  });

  it("still rejects one code of the wrong length, and an empty item", () => {
    expect(rules(v.validateRecord(withContext(503, { BID_SECTION_CODES: sections.slice(1) })))).toEqual([["field-length", "/context/BID_SECTION_CODES", "error"]]);
    expect(rules(v.validateRecord(withContext(503, { BID_SECTION_CODES: `${sections};` })))).toEqual([["field-length", "/context/BID_SECTION_CODES", "error"]]);
  });
});

describe("code lists valid at the record's date", () => {
  it.each([
    ["350681", "20200601093000", "龙海市 before its abolition in 2021"],
    ["350625", "20210301093000", "长泰县 in its last year"],
    ["350182", "20160601093000", "长乐市 before 2017"],
    ["350202", "20020601093000", "鼓浪屿区 before 2003"],
    ["350112", "20180601093000", "长乐区 after 2017"],
    ["350203", "20261104111036", "思明区, without a period"],
  ])("accepts %s on a record of %s (%s)", (code, timestamp) => {
    expect(v.validateRecord(withContext(502, { REGION_CODE: code, DATA_TIMESTAMP: timestamp }))).toEqual([]);
  });

  it("names the code, the record's date and the period", () => {
    const [f] = v.validateRecord(withContext(502, { REGION_CODE: "350681" }));
    expect(f!.message.zh).toContain("龙海市");
    expect(f!.message.zh).toContain("2026-11-04");
    expect(f!.message.en).toContain("abolished after 2021-12-31");
  });

  it("dates a record by the data set's record-date field (@recordDate) when it names one, else by DATA_TIMESTAMP", () => {
    const schemas = loadGeneratedSchemas();
    const section = structuredClone(schemas.dataSets.find((s) => s["x-data-no"] === 502)!);
    section["x-record-date"] = "CREATE_TIME";
    const dated = new Validator({ schemas: { ...schemas, dataSets: [...schemas.dataSets.filter((s) => s["x-data-no"] !== 502), section] } });
    const r = withContext(502, { REGION_CODE: "350681", CREATE_TIME: "20200601093000" });
    expect(dated.validateRecord(r)).toEqual([]);
    expect(rules(v.validateRecord(r))).toEqual([["field-code-period", "/context/REGION_CODE", "error"]]);
  });
});

describe("city-level region codes where the norm asks for one", () => {
  it.each([
    [500, "REGION_CODE"],
    [501, "REGION_CODE"],
    [100, "REGION_CODE"],
    [111, "REGION_CODE"],
  ])("%s %s: 350200 passes, 350203 fails", (dataNo, field) => {
    expect(v.validateRecord(withContext(dataNo, { [field]: "350200" }))).toEqual([]);
    expect(rules(v.validateRecord(withContext(dataNo, { [field]: "350203" })))).toEqual([["field-region-level", `/context/${field}`, "error"]]);
  });

  it("leaves other region fields at any level (502 REGION_CODE 350203)", () => {
    expect(v.validateRecord(withContext(502, { REGION_CODE: "350203" }))).toEqual([]);
  });
});

describe("501: the agency fields of a self-run tender", () => {
  const selfRun = {
    TENDER_ORGANIZE_FORM: codeNamed("TENDER_ORGANIZE_FORM", "自行招标"),
    TENDER_AGENCY_NAME: "-",
    TENDER_AGENCY_CODE: "-",
    TENDER_AGENCY_CODE_TYPE: codeNamed("SUBJECT_CODE_TYPE", "统一社会信用代码"),
    TENDER_AGENCY_ROLE: codeNamed("SUBJECT_ROLE", "招标人"),
  };

  it('accepts "-" in the agency\'s name and code (not checked as a USCC)', () => {
    expect(v.validateRecord(withContext(501, selfRun))).toEqual([]);
  });

  it.each(["TENDER_AGENCY_NAME", "TENDER_AGENCY_CODE", "TENDER_AGENCY_CODE_TYPE", "TENDER_AGENCY_ROLE", "TENDER_AGENCY_REGION_CODE", "TENDER_AGENCY_PROPERTY"])(
    "rejects a self-run tender without %s, as the intake's NotNull does",
    (field) => {
      expect(rules(v.validateRecord(withContext(501, { ...selfRun, [field]: undefined })))).toEqual([["field-mandatory", `/context/${field}`, "error"]]);
    },
  );

  it("checks a real agency code as its type says", () => {
    expect(rules(v.validateRecord(withContext(501, { TENDER_AGENCY_CODE: "91350206MA32C7XN7X" })))).toEqual([["field-subject-code", "/context/TENDER_AGENCY_CODE", "error"]]);
  });
});

describe("norm versions: a field added later is not required of an older record", () => {
  const without = (timestamp: string) => withContext(511, { OBJECTION_METHOD: undefined, DATA_TIMESTAMP: timestamp });

  it("the versions are in order, V1.0 then V2.0 (2018)", () => {
    expect(loadNormVersions().map((x) => [x.id, x.inForce.slice(0, 4)])).toEqual([
      ["V1.0", "2016"],
      ["V2.0", "2018"],
    ]);
  });

  it("by default (the current version) the field is mandatory, whatever the record's date", () => {
    expect(rules(v.validateRecord(without("20170601093000")))).toEqual([["field-mandatory", "/context/OBJECTION_METHOD", "error"]]);
  });

  it.each([
    ["by-date", "20170601093000", []],
    ["by-date", "20190601093000", [["field-mandatory", "/context/OBJECTION_METHOD", "error"]]],
    ["V1.0", "20261223091216", []],
    ["V2.0", "20170601093000", [["field-mandatory", "/context/OBJECTION_METHOD", "error"]]],
  ])("--norm-version %s, a record of %s without OBJECTION_METHOD: %j", (normVersion, timestamp, expected) => {
    expect(rules(new Validator({ normVersion }).validateRecord(without(timestamp)))).toEqual(expected);
  });

  it("still requires the fields the old version had (PUBLICITY_NAME), and reports other findings", () => {
    const old = new Validator({ normVersion: "by-date" });
    const r = withContext(511, { OBJECTION_METHOD: undefined, BULLETIN_DUTY: undefined, EXAMINER_NAME: undefined, PUBLICITY_NAME: undefined, DATA_TIMESTAMP: "20170601093000" });
    expect(rules(old.validateRecord(r))).toEqual([["field-mandatory", "/context/PUBLICITY_NAME", "error"]]);
  });

  it("fieldInForce: by date, an undated record is judged by the current version", () => {
    expect(fieldInForce("V2.0", "by-date", undefined)).toBe(true);
    expect(fieldInForce("V2.0", "by-date", "2018-08-31")).toBe(false);
    expect(fieldInForce("V2.0", "by-date", "2018-09-01")).toBe(true);
    expect(fieldInForce("V2.0", undefined, "2010-01-01")).toBe(true);
  });

  it("an unknown version is a RangeError naming the known ones", () => {
    expect(() => new Validator({ normVersion: "9.9" }).validateRecord(example(500))).toThrow(/unknown norm version "9.9" \(known: V1.0, V2.0, or by-date\)/);
  });
});
