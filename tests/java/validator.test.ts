/**
 * The Java validator against `ywjy validate`'s (src/validate): the same records — every example, a
 * synthetic year (with its planted defects and corrections), and each example broken field by field and
 * in its envelope — give the same findings: rule ID, severity, path, DATA_NO, DATA_KEY and zh/en message;
 * and so do broken package headers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings/finding.ts";
import { generateYear } from "../../src/synthetic/index.ts";
import { defaultValidator, Validator } from "../../src/validate/index.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";
import { example, exampleFiles } from "../validate/helpers.ts";
import { buildJava, runJava, type JavaBuild } from "./java-build.ts";

type Rec = Record<string, any>;
const clone = <T>(v: T): T => structuredClone(v);
const bundle = loadGeneratedSchemas();
const dataNos = exampleFiles().map((f) => Number(f.split("-")[0]));

/** Each example broken one way at a time: every field of its contract, then the envelope. */
function brokenRecords(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const dataNo of dataNos) {
    const base = example(dataNo);
    const schema = bundle.dataSets.find((s) => s["x-data-no"] === dataNo)!;
    const withField = (name: string, value: unknown) => {
      const r = clone(base);
      if (value === undefined) delete r.context[name];
      else r.context[name] = value;
      return r;
    };
    for (const [name, p] of Object.entries<Rec>(schema.properties)) {
      const values: unknown[] = [undefined, 42, null, "", "ZZ", "abc!", "x".repeat((p.maxLength ?? 20) + 1), "20260230", "20261127250000", "1".repeat(p.maxLength ?? 18), "９１３５０２"];
      if (p.minLength !== undefined && p.minLength === p.maxLength) values.push("X".repeat(p.minLength), "9".repeat(p.minLength - 1));
      if (p.pattern) values.push("1;X", "8,650.52", "-12345678901234567890.1", "A0801");
      if (p.format) values.push("91350200154982035C", "350203198207140359", "350299", "2609-350203-04-01-31856", "E3502032026110001");
      for (const v of values) out.push([`${dataNo} ${name}=${JSON.stringify(v)}`, withField(name, v)]);
      if (p["x-code-type-field"]) {
        const typeField = p["x-code-type-field"];
        for (const code of schema.properties[typeField].enum ?? []) for (const v of ["91350203751622433K", "350206196809220119", "123"]) out.push([`${dataNo} ${typeField}=${code} ${name}=${v}`, { ...withField(name, v), context: { ...withField(name, v).context, [typeField]: code } }]);
      }
    }
    // Codes valid only for a period, at the record's date (field-code-period), and the placeholder of a subject code (@placeholder).
    for (const [name, p] of Object.entries<Rec>(schema.properties)) {
      if (p["x-codelist"] === "REGION") for (const code of ["350681", "350604", "350202;350213", "350112"]) out.push([`${dataNo} ${name}=${code}`, withField(name, code)]);
      if (p["x-placeholder"] !== undefined) out.push([`${dataNo} ${name}=${p["x-placeholder"]}`, withField(name, p["x-placeholder"])]);
    }
    out.push([`${dataNo} unknown field`, withField("NOT_A_FIELD", "x")]);
    out.push([`${dataNo} numeric unknown field`, withField("123", "x")]);
    if ("PROJECT_CODE" in base.context) out.push([`${dataNo} hierarchy`, withField("PROJECT_CODE", "E3502032026119999")]);
    if ("TENDER_PROJECT_CODE" in base.context) out.push([`${dataNo} hierarchy 2`, withField("TENDER_PROJECT_CODE", "E3502032026110001999")]);
    const envelope: Array<[string, unknown]> = [
      ["DATA_NO", 599], ["DATA_NO", "500"], ["DATA_NO", 1.5], ["DATA_NO", undefined], ["DATA_EN", "TENDER_PROJECT"], ["DATA_EN", 7],
      ["DATA_KEY", "0201501000000000000001"], ["DATA_KEY", "02015000000000001"], ["DATA_KEY", 12], ["DATA_KEY", "0201500 00000000000001"], ["DATA_KEY", "02-1500000000000000001"],
      ["DATA_TYPE", "9"], ["DATA_TYPE", 1], ["context", "x"], ["context", undefined], ["context", []], ["EXTRA", 1],
      ["attachments", [{}]], ["attachments", "x"], ["attachments", [{ FILE_EN_NAME: "a", FILE_NAME: "b", FILE_URL: "not a uri", FILE_MD5: "0123" }]],
      ["attachments", [{ FILE_EN_NAME: "a", FILE_NAME: "b", FILE_URL: "https://ggzy.xm.gov.cn/f.pdf", FILE_MD5: "0123456789abcdef0123456789abcdef", IS_DELETE: "2", X: 1 }]],
    ];
    for (const [field, value] of envelope) {
      const r: Rec = clone(base);
      if (value === undefined) delete r[field];
      else r[field] = value;
      out.push([`${dataNo} envelope ${field}=${JSON.stringify(value)}`, r]);
    }
  }
  out.push(["an array", [example(500)]], ["a number", 42], ["a string", "record"], ["null", null]);
  return out;
}

function syntheticRecords(): Array<[string, unknown]> {
  const year = generateYear({ seed: "java-differential", projects: 24, defectRate: 0.6, collusionRate: 0.2, correctionRate: 0.5 });
  return [...year].map((r, i) => [`synthetic #${i} ${r.DATA_KEY}`, r]);
}

/** What both validators must agree on, in the order they report it. */
const comparable = (f: Partial<Finding>) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, DATA_NO: f.DATA_NO ?? null, DATA_KEY: f.DATA_KEY ?? null, message: f.message });

async function javaFindings(build: JavaBuild, records: unknown[], systemNo?: string, packageHeaders = false, normVersion?: string): Promise<Finding[][]> {
  const input = records.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const args = [...(systemNo ? ["--system-no", systemNo] : []), ...(packageHeaders ? ["--package-headers"] : []), ...(normVersion ? ["--norm-version", normVersion] : []), "-"];
  const r = await runJava(build, "cn.xiamen.ggzy.ywjy.validate.ValidateCommand", args, input);
  expect(r.stderr).toBe("");
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { findings: Finding[] });
  expect(lines).toHaveLength(records.length);
  return lines.map((l) => l.findings);
}

describe("the Java validator gives the findings of ywjy validate", () => {
  let build: JavaBuild;
  beforeAll(() => {
    build = buildJava();
  }, 300_000);

  const corpora: Array<[string, () => Array<[string, unknown]>, string | undefined]> = [
    ["the examples", () => exampleFiles().map((f) => [f, example(Number(f.split("-")[0]))]), undefined],
    ["the examples in a package of another system (DATA_KEY prefix)", () => exampleFiles().map((f) => [f, example(Number(f.split("-")[0]))]), "0202"],
    ["a synthetic year with planted defects and corrections", syntheticRecords, undefined],
    ["each example broken field by field and in its envelope", brokenRecords, undefined],
  ];

  it.each(corpora)("%s", async (_name, make, systemNo) => {
    const cases = make();
    const java = await javaFindings(build, cases.map(([, r]) => r), systemNo);
    const validator = defaultValidator();
    let findings = 0;
    const differing: string[] = [];
    cases.forEach(([label, record], i) => {
      const ts = validator.validateRecord(record, systemNo ? { systemNo } : {}).map(comparable);
      const jv = java[i]!.map(comparable);
      findings += ts.length;
      if (JSON.stringify(ts) !== JSON.stringify(jv)) differing.push(`${label}\n  ts:   ${JSON.stringify(ts)}\n  java: ${JSON.stringify(jv)}`);
    });
    expect(`${differing.length} of ${cases.length} records differ\n${differing.slice(0, 5).join("\n")}`).toBe(`0 of ${cases.length} records differ\n`);
    if (_name.includes("broken")) expect(findings).toBeGreaterThan(cases.length / 2);
  }, 300_000);

  it.each(["V1.0", "V2.0", "by-date"])("judged by the norm version %s, without the fields a later version introduced (@since)", async (normVersion) => {
    const records: unknown[] = [];
    for (const schema of bundle.dataSets) {
      const later = Object.entries<Rec>(schema.properties).filter(([, p]) => p["x-since"] !== undefined).map(([name]) => name);
      if (later.length === 0) continue;
      for (const timestamp of ["20170301120000", "20261127093000", undefined]) {
        const r = clone(example(schema["x-data-no"]));
        for (const name of later) delete r.context[name];
        if (timestamp === undefined) delete r.context.DATA_TIMESTAMP;
        else r.context.DATA_TIMESTAMP = timestamp;
        records.push(r);
      }
    }
    expect(records.length).toBeGreaterThan(0);
    const java = await javaFindings(build, records, undefined, false, normVersion);
    const validator = new Validator({ normVersion });
    records.forEach((r, i) => expect(java[i]!.map(comparable), JSON.stringify(r)).toEqual(validator.validateRecord(r).map(comparable)));
    // The older version (or a record of its time) is forgiven the later fields; the current version is not.
    const mandatory = (v: Validator) => records.flatMap((r) => v.validateRecord(r)).filter((f) => f.ruleId === "field-mandatory").length;
    expect(mandatory(defaultValidator())).toBeGreaterThan(0);
    if (normVersion !== "V2.0") expect(mandatory(validator)).toBeLessThan(mandatory(defaultValidator()));
  }, 120_000);

  it("package headers", async () => {
    const header = { packageId: "XM-0201-20261127-001", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "12350200426607133N", createdAt: "2026-11-27T09:30:00+08:00", records: [] };
    const changes: Array<Record<string, unknown>> = [
      {}, { createdAt: "27/11/2026" }, { createdAt: "2026-11-27T25:30:00Z" }, { createdAt: "2026-11-27T09:30:00" }, { SYSTEM_NO: "02011" }, { SYSTEM_NO: 201 },
      { specVersion: "v1" }, { PLATFORM_CODE: "123" }, { packageId: "x".repeat(65) }, { records: "none" }, { extra: true }, { records: undefined, packageId: undefined },
    ];
    const packages = changes.map((c) => Object.fromEntries(Object.entries({ ...header, ...c }).filter(([, v]) => v !== undefined)));
    const java = await javaFindings(build, packages, undefined, true);
    const checker = defaultValidator().checker;
    packages.forEach((p, i) => expect(java[i]!.map(comparable), JSON.stringify(changes[i])).toEqual(checker.checkPackageHeader(p).map(comparable)));
    expect(java.filter((f) => f.length > 0)).toHaveLength(changes.length - 1);
  }, 120_000);
});
