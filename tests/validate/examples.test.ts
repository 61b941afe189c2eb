/**
 * The bundled examples (specs/reporting/examples, written with the contracts) against the validator:
 * every data set has one, and each passes without a finding. A failure here is a contract or an
 * example to fix, in the files of whoever owns them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";
import { defaultValidator, validateFile } from "../../src/validate/index.ts";
import { examplesDir, exampleFiles } from "./helpers.ts";

const index = JSON.parse(readFileSync(fromRoot("generated/schemas/index.json"), "utf8")) as { dataSets: Array<{ dataNo: number; dataEn: string }> };

describe("bundled examples", () => {
  it.each(exampleFiles())("%s passes without a finding", async (file) => {
    const run = validateFile(join(examplesDir, file));
    const findings = [];
    for await (const f of run) findings.push(`${f.ruleId} ${f.path}: ${f.message.en}`);
    expect(findings).toEqual([]);
    expect(run.summary.records).toBeGreaterThan(0);
  });

  it.each(index.dataSets.map((d) => [`${d.dataNo}-${d.dataEn}`, d] as const))("data set %s has an example record", (_, d) => {
    expect(exampleFiles()).toContain(`${d.dataNo}-${d.dataEn}.json`);
  });

  it("hold each a record of the data set their name says", () => {
    for (const file of exampleFiles()) {
      const record = JSON.parse(readFileSync(join(examplesDir, file), "utf8")) as { DATA_NO: number; DATA_EN: string };
      expect(`${record.DATA_NO}-${record.DATA_EN}.json`, file).toBe(file);
      expect(defaultValidator().isReportRecord(record), file).toBe(true);
    }
  });
});
