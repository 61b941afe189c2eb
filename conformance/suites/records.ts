/**
 * The target's records under the project's validator (src/validate, the rules of
 * specs/reporting/validation-rules.yaml): the findings become the check's `validation`, so that the
 * validation-rule requirements (RPT-VAL) roll up from the records the target actually serves.
 */
import type { Finding } from "../../src/findings/finding.ts";
import { validateRecord } from "../../src/validate/index.ts";
import type { RuleFinding, Verdict } from "../runner/model.ts";
import type { Judge } from "./judge.ts";

/** How many findings a check keeps in its result (the total is always given). */
export const FINDINGS_SAMPLE = 50;

export const toRuleFinding = (f: Finding): RuleFinding => ({
  ruleId: f.ruleId,
  severity: f.severity,
  path: f.path,
  ...(f.DATA_NO !== undefined ? { DATA_NO: f.DATA_NO } : {}),
  ...(f.DATA_KEY !== undefined ? { DATA_KEY: f.DATA_KEY } : {}),
  message: f.message,
});

export interface RecordsValidation {
  validation: NonNullable<Verdict["validation"]>;
  /** The DATA_KEYs of records with an error finding. */
  invalid: Set<string>;
  errors: number;
  warnings: number;
}

/** Validates records (each against its data set's contract); `systemNo` is the SYSTEM_NO their DATA_KEYs must start with. */
export function validateRecords(records: readonly unknown[], systemNo: string | undefined): RecordsValidation {
  const findings: Finding[] = [];
  for (const r of records) findings.push(...validateRecord(r, systemNo ? { systemNo } : {}));
  const errors = findings.filter((f) => f.severity === "error");
  // Errors first, so that the sample shows what fails.
  const sample = [...errors, ...findings.filter((f) => f.severity !== "error")].slice(0, FINDINGS_SAMPLE).map(toRuleFinding);
  return {
    validation: { records: records.length, findings: sample, findingsTotal: findings.length },
    invalid: new Set(errors.flatMap((f) => (f.DATA_KEY ? [f.DATA_KEY] : []))),
    errors: errors.length,
    warnings: findings.length - errors.length,
  };
}

/** Records the validation in the judge: fails on error findings (naming the first rules), remarks on warnings. */
export function judgeRecords(j: Judge, v: RecordsValidation, what: { zh: string; en: string }): void {
  j.validation = v.validation;
  if (v.errors > 0) {
    const rules = [...new Set(v.validation.findings.filter((f) => f.severity === "error").map((f) => f.ruleId))].slice(0, 5).join(", ");
    const first = v.validation.findings[0]!;
    j.fail(
      `${what.zh}：${v.invalid.size} 条记录有 ${v.errors} 个错误（规则 ${rules}；首个：${first.DATA_KEY ?? ""} ${first.path} ${first.message.zh}）`,
      `${what.en}: ${v.invalid.size} records have ${v.errors} errors (rules ${rules}; first: ${first.DATA_KEY ?? ""} ${first.path} ${first.message.en})`,
    );
  }
}
