/**
 * The data-quality rules (数据质量联动核查规则) as data: specs/quality/<dimension>.yaml, one file per
 * dimension. Each rule has a stable ID whose prefix names its dimension (QC- completeness, QA- accuracy,
 * QT- timeliness, QF- comprehensiveness, QW- collusion early warning), a kind (the evaluator in
 * src/quality/evaluators that runs it), its parameters (statutory periods, caps, fields), its legal
 * basis and zh/en texts; its passing and failing fixture are in specs/quality/fixtures/<ID>.yaml.
 * This module loads and checks the files.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Severity } from "../findings/finding.ts";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { readYamlFile } from "../specs/yaml-file.ts";

/** The four scored dimensions of seed task 14 (及时性、准确性、完整性、全面性). */
export const DIMENSIONS = ["timeliness", "accuracy", "completeness", "comprehensiveness"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Collusion early warnings (task 27) are reported beside the dimensions, not scored with them. */
export type RuleDimension = Dimension | "collusion";
export const RULE_DIMENSIONS: readonly RuleDimension[] = [...DIMENSIONS, "collusion"];

/** The ID prefix of each dimension. */
export const ID_PREFIX: Record<RuleDimension, string> = {
  completeness: "QC",
  accuracy: "QA",
  timeliness: "QT",
  comprehensiveness: "QF",
  collusion: "QW",
};

export const RULE_ID = /^Q[CATFW]-[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** How sure the reference is of a fact (see the reference's legend): CODE and READ are verified. */
export type BasisStatus = "CODE" | "READ" | "INFERRED" | "RECALLED";

export interface Basis extends LocalizedText {
  status: BasisStatus;
  /** Derived: false for INFERRED and RECALLED facts, which standards staff still have to check. */
  verified: boolean;
  note?: string;
}

/** A record of a fixture: the report envelope, with only the fields the rule reads. */
export interface FixtureRecord {
  DATA_NO: number;
  DATA_KEY: string;
  DATA_TYPE?: string;
  context: Record<string, string>;
}

export interface Fixture {
  records: FixtureRecord[];
  /** Options of the check for this fixture (e.g. asOf, the end of the data window). */
  options?: { asOf?: string };
  /** Failing fixture only: the findings the rule must raise, exactly. */
  expect?: Array<{ DATA_KEY: string; path: string }>;
}

export interface QualityRule extends LocalizedText {
  id: string;
  dimension: RuleDimension;
  kind: string;
  severity: Severity;
  definition: LocalizedText;
  /** The finding message; `{name}` placeholders are filled by the evaluator. */
  message: LocalizedText;
  basis: Basis[];
  params: Record<string, any>;
  file: string;
}

export interface RuleFixtures {
  pass: Fixture;
  fail: Fixture;
  file: string;
}

export interface DimensionInfo extends LocalizedText {
  id: RuleDimension;
  definition: LocalizedText;
  file: string;
}

/** The working-day calendar of government procurement (政府采购 “工作日”). */
export interface WorkCalendar {
  /** ISO weekdays that are not working days (6 Saturday, 7 Sunday). */
  weekend: number[];
  /** yyyyMMdd days off besides the weekend (statutory holidays). */
  holidays: string[];
  /** yyyyMMdd weekend days that are working days (调休). */
  workdays: string[];
  /** false while the days are not checked against the State Council's notices. */
  verified: boolean;
  source?: string;
  note: LocalizedText;
}

export interface QualityRuleBook {
  dimensions: DimensionInfo[];
  rules: QualityRule[];
  byId: Map<string, QualityRule>;
  calendar: WorkCalendar;
  /** Texts of the report and the notices, keyed by ID. */
  texts: Record<string, LocalizedText>;
  /** Who a notice goes to: the record fields that name a responsible person. */
  responsible: {
    fields: string[];
    /** The tender project's record: its declarant (field) gets the notices of the project's records, its supervising department (supervisor) the collusion warnings. */
    tenderProject: { dataNo: number; key: string; field: string; supervisor: string };
  };
  joins: Record<string, { fields: string[]; within?: string }>;
  separators: string;
  /** The PRICE_FORM_CODE value meaning an amount. */
  priceFormAmount: string;
}

export const qualitySpecsDir = join(specsDir, "quality");

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const STATUSES: BasisStatus[] = ["CODE", "READ", "INFERRED", "RECALLED"];

let cached: QualityRuleBook | undefined;

function fail(file: string, where: string, problem: string): never {
  throw new Error(`${file}: ${where}: ${problem}`);
}

function text(file: string, where: string, v: any): LocalizedText {
  if (!v || typeof v.zh !== "string" || typeof v.en !== "string" || !v.zh.trim() || !v.en.trim()) fail(file, where, "needs zh and en text");
  return { zh: v.zh.trim(), en: v.en.trim() };
}

function fixture(file: string, where: string, v: any, failing: boolean): Fixture {
  if (!v || !Array.isArray(v.records)) fail(file, where, "needs records (a list of report records)");
  v.records.forEach((r: any, i: number) => {
    if (typeof r?.DATA_NO !== "number" || typeof r?.DATA_KEY !== "string" || typeof r?.context !== "object")
      fail(file, `${where}.records[${i}]`, "needs DATA_NO (number), DATA_KEY (string) and context");
  });
  if (failing && (!Array.isArray(v.expect) || v.expect.length === 0)) fail(file, where, "a failing fixture lists the findings it expects (expect)");
  if (!failing && v.expect !== undefined) fail(file, where, "a passing fixture expects no finding");
  return v as Fixture;
}

/** Loads every rule file of specs/quality; throws, naming file and rule, on a malformed rule or a duplicate ID. */
export function loadQualityRules(dir = qualitySpecsDir): QualityRuleBook {
  if (cached && dir === qualitySpecsDir) return cached;
  const dimensions: DimensionInfo[] = [];
  const rules: QualityRule[] = [];
  const byId = new Map<string, QualityRule>();
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") && f !== "common.yaml");
  const order = (f: string) => RULE_DIMENSIONS.indexOf(f.replace(/\.yaml$/, "") as RuleDimension);
  files.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const common = readYamlFile<any>(join(dir, "common.yaml"));
  for (const f of files) {
    const file = `specs/quality/${f}`;
    const doc = readYamlFile<any>(join(dir, f));
    const dim = doc?.dimension;
    if (!RULE_DIMENSIONS.includes(dim?.id)) fail(file, "dimension.id", `must be one of ${RULE_DIMENSIONS.join(", ")}`);
    if (`${dim.id}.yaml` !== f) fail(file, "dimension.id", `"${dim.id}" does not match the file name`);
    dimensions.push({ id: dim.id, ...text(file, "dimension", dim), definition: text(file, "dimension.definition", dim.definition), file });
    for (const [i, r] of (doc.rules ?? []).entries()) {
      const where = `rules[${i}] ${r?.id ?? ""}`.trim();
      if (typeof r?.id !== "string" || !RULE_ID.test(r.id)) fail(file, where, "id must look like QC-AGENCY-FIELDS");
      if (!r.id.startsWith(ID_PREFIX[dim.id as RuleDimension] + "-")) fail(file, where, `a ${dim.id} rule's ID starts with ${ID_PREFIX[dim.id as RuleDimension]}-`);
      if (byId.has(r.id)) fail(file, where, `duplicate ID (also in ${byId.get(r.id)!.file})`);
      if (!SEVERITIES.includes(r.severity)) fail(file, where, `severity must be one of ${SEVERITIES.join(", ")}`);
      if (dim.id === "collusion" && r.severity !== "warning") fail(file, where, "collusion early warnings have severity warning");
      if (typeof r.kind !== "string") fail(file, where, "needs a kind (the evaluator)");
      if (!Array.isArray(r.basis) || r.basis.length === 0) fail(file, where, "needs its legal basis (basis)");
      const basis: Basis[] = r.basis.map((b: any, j: number) => {
        if (!STATUSES.includes(b?.status)) fail(file, `${where}.basis[${j}]`, `status must be one of ${STATUSES.join(", ")}`);
        return { ...text(file, `${where}.basis[${j}]`, b), status: b.status, verified: b.status === "CODE" || b.status === "READ", ...(b.note ? { note: b.note } : {}) };
      });
      const rule: QualityRule = {
        id: r.id,
        dimension: dim.id,
        kind: r.kind,
        severity: r.severity,
        ...text(file, where, r),
        definition: text(file, `${where}.definition`, r.definition),
        message: text(file, `${where}.message`, r.message),
        basis,
        params: r.params ?? {},
        file,
      };
      rules.push(rule);
      byId.set(rule.id, rule);
    }
  }
  for (const d of RULE_DIMENSIONS) if (!dimensions.some((x) => x.id === d)) fail(`specs/quality/${d}.yaml`, "file", "missing");
  const texts: Record<string, LocalizedText> = {};
  for (const [k, v] of Object.entries<any>(common.texts ?? {})) texts[k] = text("specs/quality/common.yaml", `texts.${k}`, v);
  const book: QualityRuleBook = {
    dimensions: RULE_DIMENSIONS.map((d) => dimensions.find((x) => x.id === d)!),
    rules,
    byId,
    calendar: {
      ...common.calendar,
      verified: common.calendar.verified !== false,
      holidays: (common.calendar.holidays ?? []).flat().map(String),
      workdays: (common.calendar.workdays ?? []).flat().map(String),
      note: text("specs/quality/common.yaml", "calendar.note", common.calendar.note),
    },
    texts,
    responsible: common.responsible,
    joins: common.joins,
    separators: String(common.separators),
    priceFormAmount: String(common.priceFormAmount),
  };
  if (dir === qualitySpecsDir) cached = book;
  return book;
}

export const fixturesDir = join(qualitySpecsDir, "fixtures");

/** A rule's passing and failing fixture (specs/quality/fixtures/<ID>.yaml), read only by the tests. */
export function loadFixtures(rule: QualityRule, dir = fixturesDir): RuleFixtures {
  const file = `specs/quality/fixtures/${rule.id}.yaml`;
  const doc = readYamlFile<any>(join(dir, `${rule.id}.yaml`));
  return { pass: fixture(file, "pass", doc?.pass, false), fail: fixture(file, "fail", doc?.fail, true), file };
}

/** A text of the report or the notices (specs/quality/common.yaml `texts`). */
export function qualityText(book: QualityRuleBook, id: string): LocalizedText {
  const t = book.texts[id];
  if (!t) throw new Error(`specs/quality/common.yaml: no text ${id}`);
  return t;
}
