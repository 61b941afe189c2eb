import { describe, expect, it } from "vitest";
import { rollUp } from "../../conformance/report/model.ts";
import type { CheckResult } from "../../specs/conformance/report.ts";
import type { Requirement } from "../../src/specs/requirements.ts";

const req = (checks: string[], method: Requirement["verification"]["method"] = "automated"): Requirement =>
  ({ id: "RPT-X-01", level: "应", zh: "", en: "", source: "", actor: "trading-system", book: "RPT", area: "X", file: "", verification: { method, checks } }) as Requirement;

const result = (id: string, outcome: CheckResult["outcome"], validation?: CheckResult["validation"]): CheckResult => ({
  id,
  suite: "s",
  group: "g",
  title: { zh: id, en: id },
  requirements: [],
  outcome,
  reason: { zh: "", en: "" },
  evidence: [],
  startedAt: "2026-01-01T00:00:00.000Z",
  durationMs: 0,
  ...(validation ? { validation } : {}),
});
const finding = (ruleId: string, severity: "error" | "warning" = "error") => ({ ruleId, severity, path: "/context/X", message: { zh: "", en: "" } });
const families = (id: string) => (id.startsWith("field-") ? "validation" : id.startsWith("Q") ? "quality" : undefined);
const run = (r: Requirement, ...results: CheckResult[]) => rollUp(r, new Map(results.map((c) => [c.id, c])), families);

describe("requirement roll-up", () => {
  it.each([
    ["all checks pass", ["a", "b"], [result("a", "pass"), result("b", "pass")], "pass"],
    ["a fail wins over an error", ["a", "b"], [result("a", "error"), result("b", "fail")], "fail"],
    ["an error wins over a pass", ["a", "b"], [result("a", "error"), result("b", "pass")], "error"],
    ["a warn passes with a remark", ["a", "b"], [result("a", "warn"), result("b", "pass")], "warn"],
    ["checks not run are skipped", ["a"], [], "skip"],
    ["an ID that is neither a check nor a rule is skipped, not passed", ["nothing.like-this"], [result("v", "pass", { records: 3, findings: [], findingsTotal: 0 })], "skip"],
    ["a validation rule passes when records were validated without it", ["field-code"], [result("v", "pass", { records: 3, findings: [], findingsTotal: 0 })], "pass"],
    ["a validation rule fails on an error finding of it", ["field-code"], [result("v", "fail", { records: 3, findings: [finding("field-code")], findingsTotal: 1 })], "fail"],
    ["a warning finding does not fail the rule", ["field-code"], [result("v", "pass", { records: 3, findings: [finding("field-code", "warning")], findingsTotal: 1 })], "pass"],
    ["a quality rule is not passed by a validation check", ["QT-BID-PERIOD"], [result("v", "pass", { records: 3, findings: [], findingsTotal: 0 })], "skip"],
    ["a quality rule passes when quality rules ran", ["QT-BID-PERIOD"], [result("q", "pass", { rules: "quality", records: 3, findings: [], findingsTotal: 0 })], "pass"],
  ] as const)("%s", (_name, checks, results, want) => {
    expect(run(req([...checks]), ...(results as unknown as CheckResult[]))).toBe(want);
  });

  it("evidence and attestation requirements are manual", () => {
    expect(run(req([], "evidence"))).toBe("manual");
    expect(run(req([], "attestation"))).toBe("manual");
  });
});
