/**
 * The access standard passes Redocly's recommended ruleset (specs/access/redocly.yaml) with no error and
 * no warning; the few findings accepted by design are listed with their reasons in
 * specs/access/.redocly.lint-ignore.yaml. The linter also reads the generated schemas the document refers to.
 */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";

interface LintResult {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }>;
}

function lint(): Promise<{ code: number; result: LintResult; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      fromRoot("node_modules/.bin/redocly"),
      ["lint", "--config", "specs/access/redocly.yaml", "specs/access/openapi.yaml", "--format", "json"],
      { cwd: fromRoot(), env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, result: JSON.parse(stdout) as LintResult, stderr }),
    );
  });
}

describe("Redocly lint of specs/access/openapi.yaml", () => {
  it("has no error and no warning", { timeout: 120_000 }, async () => {
    const { code, result } = await lint();
    const problems = result.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(result.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });
});
