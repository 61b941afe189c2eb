/**
 * The certification report: one canonical JSON document (schema: specs/conformance/report.schema.json),
 * from which the HTML, JUnit XML and Markdown are derived.
 */
import { LEVEL_EN, type Requirement, type RequirementLevel } from "../../src/specs/requirements.ts";
import type { CertificationLevel } from "../../src/specs/levels.ts";
import type { CertificationReport, CheckResult, Counts, LevelResult, Outcome, RequirementResult } from "../../specs/conformance/report.ts";

export type { CertificationReport, Counts, LevelResult, RequirementResult };

export const REPORT_FORMAT: CertificationReport["format"] = "ywjy-certification-report/1";

export function countOutcomes(outcomes: Outcome[]): Counts {
  const c: Counts = { pass: 0, fail: 0, warn: 0, skip: 0, error: 0, manual: 0 };
  for (const o of outcomes) c[o]++;
  return c;
}

/** Which family of rules an ID belongs to, when it is a rule rather than a conformance check. */
export type RuleFamily = (id: string) => "validation" | "quality" | undefined;

/**
 * A requirement's outcome from what verifies it. Its `checks` name conformance checks, or rules
 * (validation or quality rule IDs) that conformance checks apply to the target's records: a rule
 * fails when a check of its family reported an error finding of it, passes when such a check ran
 * without one, and is skipped when none ran. An ID that is neither is skipped. Then: any fail →
 * fail; else any error → error; all skipped → skip; any warn → warn; else pass.
 */
export function rollUp(req: Requirement, results: Map<string, CheckResult>, ruleFamily: RuleFamily = () => undefined): Outcome {
  if (req.verification.method !== "automated") return "manual";
  const applying = (family: "validation" | "quality") =>
    [...results.values()].filter((c) => c.validation && (c.validation.rules ?? "validation") === family && c.outcome !== "skip" && c.outcome !== "error");
  const outcomes = (req.verification.checks ?? []).map((id): Outcome => {
    const check = results.get(id);
    if (check) return check.outcome;
    const family = ruleFamily(id);
    if (!family) return "skip";
    const ran = applying(family);
    if (ran.some((c) => c.validation!.findings.some((f) => f.ruleId === id && f.severity === "error"))) return "fail";
    return ran.length > 0 ? "pass" : "skip";
  });
  if (outcomes.length === 0) return "skip";
  if (outcomes.includes("fail")) return "fail";
  if (outcomes.includes("error")) return "error";
  if (outcomes.every((o) => o === "skip")) return "skip";
  if (outcomes.includes("warn")) return "warn";
  return "pass";
}

/** The requirements a certification judges: those that bind the trading system. */
export const certifiable = (r: Requirement) => r.actor === "trading-system";

export function requirementResults(reqs: Requirement[], checks: CheckResult[], ruleFamily?: RuleFamily): RequirementResult[] {
  const byId = new Map(checks.map((c) => [c.id, c]));
  return reqs.filter(certifiable).map((r) => ({
    id: r.id,
    zh: r.zh,
    en: r.en,
    level: r.level,
    levelEn: LEVEL_EN[r.level],
    method: r.verification.method,
    checks: r.verification.checks ?? [],
    outcome: rollUp(r, byId, ruleFamily),
    ...(r.verification.evidence ? { evidence: r.verification.evidence } : {}),
  }));
}

export function levelResults(levels: CertificationLevel[], reqs: RequirementResult[]): LevelResult[] {
  const out: LevelResult[] = [];
  const prefixes: string[] = [];
  for (const level of levels) {
    prefixes.push(...level.includes);
    const inLevel = reqs.filter((r) => prefixes.some((p) => r.id.startsWith(p + "-")));
    const blocking = inLevel.filter((r) => r.level === "应" && r.method === "automated" && r.outcome !== "pass" && r.outcome !== "warn").map((r) => r.id);
    const outstanding = inLevel.filter((r) => r.method !== "automated").map((r) => r.id);
    out.push({ id: level.id, zh: level.zh, en: level.en, met: blocking.length === 0 && (out.length === 0 || out[out.length - 1]!.met), blocking, outstanding });
  }
  return out;
}
