// The quality rules agree with the rest of the bundle: the brief's rule IDs exist, every rule serves a
// requirement, and every field, code and data set a rule names is one the contracts define.
import { describe, expect, it } from "vitest";
import { loadQualityRules } from "../../src/quality/index.ts";
import { DIMENSIONS } from "../../src/quality/rules.ts";
import { codelist } from "../../src/specs/codelists.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";

const book = loadQualityRules();
const schemas = new Map(loadGeneratedSchemas().dataSets.map((s) => [Number(s["x-data-no"]), s]));

/** The rule IDs fixed by the team brief (the synthetic generator plants defects under them). */
const BRIEF_IDS = [
  "QC-AGENCY-FIELDS", "QC-INVEST-CODE", "QC-POSTPONE-FIELDS", "QC-TAX-CERT",
  "QA-REF-TENDER-PROJECT", "QA-REF-PROJECT", "QA-REF-SECTION", "QA-WINNER-NOT-CANDIDATE", "QA-CANDIDATE-NOT-BIDDER", "QA-AMOUNT-CAP", "QA-WIN-AMOUNT-MISMATCH", "QA-CODE-HIERARCHY",
  "QT-BID-PERIOD", "QT-DOC-SALE-PERIOD", "QT-CLARIFY-LEAD", "QT-CANDIDATE-PUBLISH", "QT-CANDIDATE-PERIOD", "QT-CONTRACT-SIGN", "QT-GP-BID-PERIOD", "QT-GP-RESULT-PUBLISH", "QT-GP-CONTRACT-PUBLISH", "QT-REPORT-LAG",
  "QF-LIFECYCLE",
  "QW-SAME-BID-DOC-FEATURE", "QW-SAME-CONTACT", "QW-PRICE-PATTERN", "QW-PRICE-BAND", "QW-ROTATING-LOSERS",
];

const FIELD_KEYS = new Set(["field", "to", "from", "party", "amount", "unit", "priceForm"]);
const FIELD_LISTS = new Set(["fields", "require"]);

/** Every (data set, field, values?) a rule's parameters name: walks the parameters, each `dataNo` setting the data sets of what it contains. */
function namedFields(params: unknown, dataNos: number[] = [], out: Array<{ dataNo: number; field: string; values?: string[] }> = []) {
  if (Array.isArray(params)) params.forEach((p) => namedFields(p, dataNos, out));
  else if (params && typeof params === "object") {
    const o = params as Record<string, unknown>;
    const here = o.dataNo === undefined ? dataNos : ([] as number[]).concat(o.dataNo as number | number[]);
    for (const [k, v] of Object.entries(o)) {
      const add = (field: string, values?: string[]) => here.forEach((dataNo) => out.push({ dataNo, field, ...(values ? { values } : {}) }));
      if (FIELD_KEYS.has(k) && typeof v === "string") add(v);
      else if (FIELD_LISTS.has(k) && Array.isArray(v)) v.forEach((f) => add(f as string));
      else if (k === "requireAnyOf") (v as string[][]).flat().forEach((f) => add(f));
      else if (k === "when") Object.entries(v as Record<string, string[]>).forEach(([f, values]) => add(f, values));
      else namedFields(v, here, out);
    }
  }
  return out;
}

describe("the quality rules", () => {
  it("include every rule ID of the brief, in every dimension", () => {
    expect(BRIEF_IDS.filter((id) => !book.byId.has(id))).toEqual([]);
    for (const d of [...DIMENSIONS, "collusion"]) expect(book.rules.some((r) => r.dimension === d), d).toBe(true);
  });

  it("each serve a requirement of specs/norms/reporting/quality.yaml, which names only real rules", () => {
    const reqs = loadRequirements().requirements.filter((r) => r.area === "QUAL");
    const checks = new Set(reqs.flatMap((r) => r.verification.checks ?? []));
    expect(book.rules.map((r) => r.id).filter((id) => !checks.has(id))).toEqual([]);
    expect([...checks].filter((id) => !book.byId.has(id))).toEqual([]);
  });

  it("name only data sets, fields and codes that the contracts define", () => {
    const problems: string[] = [];
    for (const rule of book.rules) {
      for (const { dataNo, field, values } of namedFields(rule.params)) {
        const schema = schemas.get(dataNo);
        const prop = schema?.properties?.[field];
        if (!schema) problems.push(`${rule.id}: no data set ${dataNo}`);
        else if (!prop) problems.push(`${rule.id}: data set ${dataNo} has no field ${field}`);
        else if (values && prop.enum) for (const v of values) if (!prop.enum.includes(v)) problems.push(`${rule.id}: ${dataNo} ${field} has no code ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("join on fields the contracts define, and name responsible persons by real fields", () => {
    const all = new Set([...schemas.values()].flatMap((s) => Object.keys(s.properties ?? {})));
    const joinFields = Object.values(book.joins).flatMap((j) => [...j.fields, ...(j.within ? [j.within] : [])]);
    const { tenderProject } = book.responsible;
    expect([...joinFields, ...book.responsible.fields].filter((f) => !all.has(f))).toEqual([]);
    expect(schemas.get(tenderProject.dataNo)!.properties).toHaveProperty(tenderProject.field);
    expect(schemas.get(tenderProject.dataNo)!.properties).toHaveProperty(tenderProject.supervisor);
  });

  it("compare amounts only in the price form that means an amount", () => {
    expect(codelist("PRICE_FORM_CODE").codes.find((c) => c.code === book.priceFormAmount)?.zh).toBe("金额");
  });

  it("restrict the procurement bid period to the tendering methods", () => {
    const codes = book.byId.get("QT-GP-BID-PERIOD")!.params.targets[0].parent.when.PURCHASER_MODE as string[];
    expect(codes.map((c) => codelist("PURCHASE_MODE").codes.find((x) => x.code === c)?.zh)).toEqual(["公开招标", "邀请招标"]);
  });

  it("flag the facts the reference does not verify", () => {
    for (const r of book.rules) for (const b of r.basis) expect(b.verified, `${r.id}: ${b.zh}`).toBe(b.status === "CODE" || b.status === "READ");
  });
});
