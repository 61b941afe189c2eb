// The quality check on a generated year with planted defects (src/synthetic): it finds every planted
// defect and collusion pattern (matched by rule ID and the record keys the truth list gives), and raises
// no error-severity finding on the clean part (records of projects without a plant).
import { describe, expect, it } from "vitest";
import type { ReportRecord } from "../../specs/reporting/contracts/envelope.ts";
import { checkRecords, type QualityResult } from "../../src/quality/index.ts";
import { generateYear, PLANT_KINDS, type Plant } from "../../src/synthetic/index.ts";

/** The project a record belongs to (engineering: the 17-character project code; procurement: its project code). */
function projectOf(c: Record<string, string | undefined>): string | undefined {
  return c.PROJECT_CODE ?? c.TENDER_PROJECT_CODE?.slice(0, 17) ?? c.BID_SECTION_CODE?.slice(0, 17) ?? c.BID_SECTION_CODES?.slice(0, 17) ?? c.PURCHASE_PROJECT_CODE;
}

const plantProject = (p: Plant) => p.PROJECT_CODE ?? p.TENDER_PROJECT_CODE?.slice(0, 17) ?? p.BID_SECTION_CODE?.slice(0, 17) ?? p.PURCHASE_PROJECT_CODE;

describe("on a generated year with planted defects", () => {
  const year = generateYear({ records: 20_000, seed: 20261127, defectRate: 0.2, collusionRate: 0.1 });
  const records: ReportRecord[] = [...year];
  const truth = year.truth;
  const result: QualityResult = checkRecords(records, { maxFindings: Number.POSITIVE_INFINITY });

  it("plants every kind the schemas allow", () => {
    const planted = new Set(truth.map((p) => p.ruleId));
    const skipped = new Set(year.skippedKinds.map((k) => k.ruleId));
    expect(PLANT_KINDS.map((k) => k.ruleId).filter((id) => !planted.has(id) && !skipped.has(id))).toEqual([]);
  });

  it("finds every planted defect and pattern", () => {
    const missed = truth.filter((p) => {
      const keys = new Set([p.DATA_KEY, ...(p.related ?? []).map((r) => r.DATA_KEY)]);
      return !result.findings.some((f) => f.ruleId === p.ruleId && keys.has(f.DATA_KEY!));
    });
    expect(missed.map((p) => `${p.ruleId} ${p.DATA_KEY} ${p.description}`)).toEqual([]);
    expect(truth.length - missed.length).toBe(truth.length);
  });

  it("raises no error on the clean part", () => {
    const projectOfKey = new Map(records.map((r) => [r.DATA_KEY, projectOf(r.context)]));
    const plantedProjects = new Set(truth.map(plantProject));
    const plantedKeys = new Set(truth.flatMap((p) => [p.DATA_KEY, ...(p.related ?? []).map((r) => r.DATA_KEY)]));
    const onClean = result.findings.filter((f) => f.severity === "error" && !plantedKeys.has(f.DATA_KEY!) && !plantedProjects.has(projectOfKey.get(f.DATA_KEY!)));
    expect(onClean.map((f) => `${f.ruleId} ${f.DATA_KEY} ${f.path} ${f.message.en}`)).toEqual([]);
    expect(onClean.length).toBe(0);
  });

  it("judges the corrections, not the slips they correct", () => {
    expect(year.corrections.length).toBeGreaterThan(0);
    expect(result.summary.superseded).toBe(year.corrections.length);
    const slipped = new Set(year.corrections.map((c) => c.DATA_KEY));
    expect(result.findings.filter((f) => slipped.has(f.DATA_KEY!) && f.ruleId === "QC-MANDATORY")).toEqual([]);
  });

  it("attributes every record it judges to its reporting system and trading domain", () => {
    const bySystem = Object.values(result.bySystem).reduce((n, g) => n + g.records, 0);
    const byDomain = Object.values(result.byDomain).reduce((n, g) => n + g.records, 0);
    expect(bySystem).toBe(records.length - result.summary.superseded);
    expect(byDomain).toBe(records.length - result.summary.superseded);
    expect(Object.keys(result.byDomain)).toEqual(expect.arrayContaining(["engineering", "procurement"]));
  });
});
