// Every quality rule's passing and failing fixture (specs/quality/*.yaml), table-driven over the rule files.
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { checkRecords, loadQualityRules } from "../../src/quality/index.ts";
import { fixturesDir, loadFixtures } from "../../src/quality/rules.ts";

const book = loadQualityRules();

it("every fixture file belongs to a rule", () => {
  const files = readdirSync(fixturesDir).filter((f) => f.endsWith(".yaml"));
  expect(files.map((f) => f.replace(/\.yaml$/, "")).filter((id) => !book.byId.has(id))).toEqual([]);
});

describe.each(book.rules.map((r) => [r.id, r, loadFixtures(r)] as const))("%s", (id, rule, fixtures) => {
  it("raises no finding on its passing fixture", () => {
    const result = checkRecords(fixtures.pass.records, { rules: [id], ...fixtures.pass.options });
    expect(result.findings).toEqual([]);
    const stats = [...Object.values(result.dimensions), result.collusion].flatMap((d) => d.rules).find((r) => r.id === id)!;
    expect(stats.checked, "the passing fixture exercises the rule").toBeGreaterThan(0);
    expect(stats.failed).toBe(0);
  });

  it("raises exactly the expected findings on its failing fixture", () => {
    const result = checkRecords(fixtures.fail.records, { rules: [id], ...fixtures.fail.options });
    const got = result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, DATA_KEY: f.DATA_KEY, path: f.path }));
    const want = fixtures.fail.expect!.map((e) => ({ ruleId: id, severity: rule.severity, DATA_KEY: e.DATA_KEY, path: e.path }));
    expect(got).toEqual(want);
    for (const f of result.findings) {
      expect(f.message.zh).not.toMatch(/\{\w+\}/);
      expect(f.message.en).not.toMatch(/\{\w+\}/);
    }
  });
});
