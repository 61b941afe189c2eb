/** Every rule of specs/reporting/validation-rules.yaml has a failing case: its rule ID, path and severity. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings/finding.ts";
import { defaultValidator, loadValidationRules } from "../../src/validate/index.ts";
import { codeNamed, example, expectFinding, fixtureRecord, fixtureValidator, withContext } from "./helpers.ts";

const v = defaultValidator();
const fixtures = fixtureValidator();

async function collect(stream: AsyncIterable<Finding>): Promise<Finding[]> {
  const out: Finding[] = [];
  for await (const f of stream) out.push(f);
  return out;
}

const PKG = { packageId: "XM-0201-20261127-001", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "12350200426607133N", createdAt: "2026-11-27T09:30:00+08:00" };

type Case = [ruleId: string, severity: string, path: string, run: () => Finding[] | Promise<Finding[]>];

const cases: Case[] = [
  ["json-syntax", "error", "", () => collect(v.validateStream(Readable.from([`${JSON.stringify(example(500)).slice(0, -1)}\n`])))],
  ["input-unrecognized", "error", "", () => v.validatePackage(42)],
  ["package-invalid", "error", "/createdAt", () => v.validatePackage({ ...PKG, createdAt: "27/11/2026", records: [example(500)] })],
  ["envelope-invalid", "error", "/DATA_TYPE", () => v.validateRecord({ ...example(500), DATA_TYPE: "9" })],
  ["envelope-invalid", "error", "", () => v.validateRecord([example(500)])],
  ["data-no-unknown", "error", "/DATA_NO", () => v.validateRecord({ ...example(500), DATA_NO: 599 })],
  ["data-no-unknown", "error", "/DATA_NO", () => v.validateRecord({ ...example(500), DATA_NO: "500" })],
  ["data-en-mismatch", "error", "/DATA_EN", () => v.validateRecord({ ...example(500), DATA_EN: "TENDER_PROJECT" })],
  ["data-key-invalid", "error", "/DATA_KEY", () => v.validateRecord({ ...example(500), DATA_KEY: "0201501000000000000001" })],
  ["data-key-invalid", "error", "/DATA_KEY", () => v.validateRecord({ ...example(500), DATA_KEY: "02015000000000001" })],
  ["data-key-invalid", "error", "/DATA_KEY", () => v.validatePackage({ ...PKG, SYSTEM_NO: "0202", records: [example(500)] })],
  ["field-unknown", "error", "/context/PROJECT_NAME_EN", () => v.validateRecord(withContext(500, { PROJECT_NAME_EN: "School" }))],
  ["field-mandatory", "error", "/context/PROJECT_NAME", () => v.validateRecord(withContext(500, { PROJECT_NAME: undefined }))],
  ["field-type", "error", "/context/PROJECT_NAME", () => v.validateRecord(withContext(500, { PROJECT_NAME: 42 }))],
  ["field-length", "error", "/context/PROJECT_CODE", () => v.validateRecord(withContext(500, { PROJECT_CODE: "E350203202611" }))],
  // A list of section codes: each item has the fixed length c23; the second has 22.
  [
    "field-length",
    "error",
    "/context/BID_SECTION_CODES",
    () => v.validateRecord(withContext(503, { BID_SECTION_CODES: `${example(503).context.BID_SECTION_CODES};E350203202611000100100` })),
  ],
  ["field-number", "error", "/context/CONTRACT_RECKON_PRICE", () => v.validateRecord(withContext(502, { CONTRACT_RECKON_PRICE: "8650.1234567" }))],
  ["field-number", "error", "/context/CONTRACT_RECKON_PRICE", () => v.validateRecord(withContext(502, { CONTRACT_RECKON_PRICE: "8,650.52" }))],
  ["field-pattern", "error", "/context/SHORT_NAME", () => fixtures.validateRecord(fixtureRecord({ SHORT_NAME: "xm", FIXED: "A" }))],
  ["field-date", "error", "/context/CREATE_TIME", () => v.validateRecord(withContext(500, { CREATE_TIME: "20260229093000" }))],
  ["field-date", "error", "/context/DATA_TIMESTAMP", () => v.validateRecord(withContext(500, { DATA_TIMESTAMP: "20261127250000" }))],
  ["field-code", "error", "/context/RELATE_CODE", () => v.validateRecord(withContext(500, { RELATE_CODE: "7" }))],
  ["field-code", "error", "/context/MARGIN_PAY_TYPE", () => v.validateRecord(withContext(504, { MARGIN_PAY_TYPE: "1;X" }))],
  // A list of known prefixes (matching: prefix): a code under none of them.
  ["field-code", "error", "/context/TENDER_PROJECT_CLASSIFY_CODE", () => v.validateRecord(withContext(502, { TENDER_PROJECT_CLASSIFY_CODE: "B08001" }))],
  ["field-code", "error", "/context/TENDER_PROJECT_CLASSIFY_CODE", () => v.validateRecord(withContext(502, { TENDER_PROJECT_CLASSIFY_CODE: "A08-01" }))],
  ["field-region", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(500, { REGION_CODE: "350299" }))],
  // A functional zone of the statistics (130171 石家庄高新技术产业开发区) is not a GB/T 2260 code.
  ["field-region", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(502, { REGION_CODE: "130171" }))],
  ["field-code-alias", "warning", "/context/CURRENCY_CODE", () => v.validateRecord(withContext(502, { CURRENCY_CODE: "CNY" }))],
  // 龙海市 350681 was abolished in 2021; the record is of 2026.
  ["field-code-period", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(502, { REGION_CODE: "350681" }))],
  // 长乐区 350112 exists from 2017; the record is of 2015.
  ["field-code-period", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(502, { REGION_CODE: "350112", DATA_TIMESTAMP: "20150601093000" }))],
  ["field-region-level", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(500, { REGION_CODE: "350203" }))],
  ["field-region-level", "error", "/context/REGION_CODE", () => v.validateRecord(withContext(501, { REGION_CODE: "350000" }))],
  ["field-uscc", "error", "/context/FIRST_BIDDER_CODE", () => v.validateRecord(withContext(511, { FIRST_BIDDER_CODE: "91350200154982035C" }))],
  ["field-resident-id", "error", "/context/PM_CODE", () => v.validateRecord(withContext(507, { PM_CODE: "350203198207140359" }))],
  [
    "field-subject-code",
    "error",
    "/context/TENDERER_CODE",
    () => v.validateRecord(withContext(501, { TENDERER_CODE_TYPE: codeNamed("SUBJECT_CODE_TYPE", "统一社会信用代码"), TENDERER_CODE: "91350203751622433K" })),
  ],
  [
    "field-subject-code",
    "error",
    "/context/ID_CARD",
    () => v.validateRecord(withContext(212, { ID_CARD_TYPE: codeNamed("ID_CARD_TYPE", "居民身份证"), ID_CARD: "350206196809220119" })),
  ],
  ["field-code-hierarchy", "error", "/context/BID_SECTION_CODE", () => v.validateRecord(withContext(502, { BID_SECTION_CODE: "E3502032026110002001001" }))],
  ["field-invest-project-code", "warning", "/context/INVEST_PROJECT_CODE", () => v.validateRecord(withContext(500, { INVEST_PROJECT_CODE: "2509-350203-48-01_544060" }))],
  [
    "field-unified-deal-code",
    "warning",
    "/context/UNIFIED_DEAL_CODE",
    () => v.validateRecord(withContext(502, { UNIFIED_DEAL_CODE: "A01-12350200426607133N-20261131-000001-Q" })),
  ],
  // A list of unified deal codes: each item has the shape; the second's date is not real.
  [
    "field-unified-deal-code",
    "warning",
    "/context/UNIFIED_DEAL_CODES",
    () => v.validateRecord(withContext(503, { UNIFIED_DEAL_CODES: `${example(503).context.UNIFIED_DEAL_CODES};A01-12350200426607133N-20261131-000002-Q` })),
  ],
  ["field-format", "error", "/context/ORGAN_NO", () => v.validateRecord(withContext(100, { ORGAN_NO: "MA2Y4F8N4" }))],
  ["field-invalid", "error", "/context/FIXED", () => fixtures.validateRecord(fixtureRecord({ SHORT_NAME: "XM", FIXED: "B" }))],
];

describe("validation rules: a failing case each", () => {
  it.each(cases)("%s (%s) at %s", async (ruleId, severity, path, run) => {
    expectFinding(await run(), ruleId, path, severity);
  });

  it("covers every rule of the catalogue", () => {
    const covered = new Set(cases.map((c) => c[0]));
    expect(loadValidationRules().rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("gives severities as the catalogue does", () => {
    const { byId } = loadValidationRules();
    for (const [ruleId, severity] of cases) expect(byId.get(ruleId)?.severity, ruleId).toBe(severity);
  });
});

describe("record-level details", () => {
  it("accepts the fixture data set's valid record (the passing case of field-pattern and field-invalid)", () => {
    expect(fixtures.validateRecord(fixtureRecord({ SHORT_NAME: "XM", FIXED: "A" }))).toEqual([]);
  });

  it("reports one finding per field: a short USCC is a length problem only", () => {
    const findings = v.validateRecord(withContext(511, { FIRST_BIDDER_CODE: "9135020015498203" }));
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([["field-length", "/context/FIRST_BIDDER_CODE"]]);
  });

  it("does not check the context of an unknown data set", () => {
    const r = withContext(500, { PROJECT_NAME: undefined });
    expect(v.validateRecord({ ...r, DATA_NO: 599 }).map((f) => f.ruleId)).toEqual(["data-no-unknown"]);
  });

  it.each(["A08", "A08001", "A0300102"])("accepts %s under a known prefix of a prefix-matched code list", (value) => {
    expect(v.validateRecord(withContext(502, { TENDER_PROJECT_CLASSIFY_CODE: value }))).toEqual([]);
  });

  it("skips the subject-code check when the code type names a kind without a format", () => {
    const other = codeNamed("SUBJECT_CODE_TYPE", "其他");
    expect(v.validateRecord(withContext(501, { TENDERER_CODE_TYPE: other, TENDERER_CODE: "XM-ANY-CODE" }))).toEqual([]);
  });

  it("checks a resident ID when the ID type says so, and not a passport", () => {
    const passport = codeNamed("ID_CARD_TYPE", "护照");
    expect(v.validateRecord(withContext(212, { ID_CARD_TYPE: passport, ID_CARD: "E12345678" }))).toEqual([]);
  });

  it("names the record in its findings and fills every message in both languages", () => {
    const [f] = v.validateRecord(withContext(500, { REGION_CODE: "350299" }), { file: "a.ndjson", line: 7, recordIndex: 6 });
    expect(f).toMatchObject({ ruleId: "field-region", file: "a.ndjson", line: 7, recordIndex: 6, DATA_NO: 500, DATA_KEY: example(500).DATA_KEY });
    expect(f!.message.zh).toContain("REGION_CODE（项目所在行政区域代码）");
    expect(f!.message.en).toContain("REGION_CODE (Region code of the project)");
    expect(f!.message.zh).toContain('"350299"');
  });

  it("says why a DATA_KEY fails: the package's SYSTEM_NO", () => {
    const [f] = v.validatePackage({ ...PKG, SYSTEM_NO: "0202", records: [example(500)] });
    expect(f!.message.en).toContain("0202");
    expect(f!.recordIndex).toBe(0);
  });

  it("types a valid record and rejects an invalid one", () => {
    const r: unknown = example(500);
    expect(v.isReportRecord(r)).toBe(true);
    expect(v.isReportRecord(withContext(500, { REGION_CODE: "350299" }))).toBe(false);
    expect(v.isReportRecord(withContext(500, { INVEST_PROJECT_CODE: "2509-350203-48-01_544060" })), "a warning is not an error").toBe(true);
    expect(v.isReportPackage({ ...PKG, records: [example(500), example(501)] })).toBe(true);
    expect(v.isReportPackage({ ...PKG, records: [withContext(500, { REGION_CODE: "1" })] })).toBe(false);
  });
});
