/**
 * The self-test of the conformance suites (issue 5): the reference trading system passes every check at
 * the top level, and each defective variant of conformance/defect-catalogue.yaml fails exactly the checks
 * the catalogue names. Every variant's outcomes are compared with its golden file in ./golden
 * (UPDATE_GOLDEN=1 rewrites them).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDefectCatalogue } from "../../conformance/defect-catalogue.ts";
import { loadLevels } from "../../src/specs/levels.ts";
import { DEFECT_NAMES } from "../../conformance/reference-system/index.ts";
import { CHANNEL_DEFECTS } from "../../conformance/reference-target.ts";
import { suites } from "../../conformance/suites/index.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";
import { certifyVariant } from "./certify-helpers.ts";

const catalogue = loadDefectCatalogue();
const checkIds = new Set(suites.flatMap((s) => s.groups.flatMap((g) => g.checks.map((c) => c.id))));
const goldenDir = join(import.meta.dirname, "golden");
const update = process.env.UPDATE_GOLDEN === "1";

interface Golden {
  variant: string;
  defects: string[];
  channelDefects: string[];
  certified: boolean;
  achievedLevel: string | null;
  outcomes: Record<string, string>;
  /** The requirements that did not pass (fail or error). */
  failedRequirements: string[];
  /** The findings of the checks that validate records: rule, severity, data set and path. */
  findings: Record<string, string[]>;
}

const goldenOf = (v: { name: string; defects: string[]; channelDefects: string[] }, r: CertificationReport): Golden => ({
  variant: v.name,
  defects: v.defects,
  channelDefects: v.channelDefects,
  certified: r.summary.certified,
  achievedLevel: r.summary.achievedLevel,
  outcomes: Object.fromEntries(r.checks.map((c) => [c.id, c.outcome])),
  failedRequirements: r.requirements.filter((q) => q.outcome === "fail" || q.outcome === "error").map((q) => q.id),
  findings: Object.fromEntries(
    r.checks.filter((c) => c.validation?.findings.length).map((c) => [c.id, [...new Set(c.validation!.findings.map((f) => `${f.ruleId} ${f.severity} ${f.DATA_NO ?? ""} ${f.path}`))].sort()]),
  ),
});

const goldenFile = (name: string) => join(goldenDir, `${name}.json`);

/** The requirement group (book and area) of a requirement ID: ACC-AUTH-03 → ACC-AUTH. */
const groupOf = (id: string) => id.split("-").slice(0, 2).join("-");

describe("the defect catalogue", () => {
  it("names known defect switches and checks, and turns every switch on in some variant", () => {
    for (const v of catalogue.variants) {
      for (const d of v.defects) expect(DEFECT_NAMES, `${v.name}: defect ${d}`).toContain(d);
      for (const d of v.channelDefects) expect(Object.keys(CHANNEL_DEFECTS), `${v.name}: channel defect ${d}`).toContain(d);
      for (const c of [...v.fails, ...v.crossTalk.map((x) => x.check)]) expect(checkIds.has(c), `${v.name}: check ${c}`).toBe(true);
    }
    const used = new Set(catalogue.variants.flatMap((v) => [...v.defects, ...v.channelDefects]));
    expect([...DEFECT_NAMES, ...Object.keys(CHANNEL_DEFECTS)].filter((d) => !used.has(d)), "defect switches no variant turns on").toEqual([]);
  });

  it("has a variant failing every automated requirement group but those it lists as uncovered (from the golden files)", () => {
    const requirements = loadRequirements().requirements.filter((r) => r.actor === "trading-system" && r.verification.method === "automated");
    const groups = [...new Set(requirements.map((r) => groupOf(r.id)))];
    const failed = catalogue.variants.filter((v) => existsSync(goldenFile(v.name))).flatMap((v) => (JSON.parse(readFileSync(goldenFile(v.name), "utf8")) as Golden).failedRequirements);
    const covered = new Set(failed.map(groupOf));
    expect(groups.filter((g) => !covered.has(g)).sort()).toEqual(catalogue.uncovered.map((u) => u.group).sort());
  });
});

describe.concurrent("self-test: the reference system and its defective variants, certified at the top level", () => {
  for (const v of catalogue.variants)
    it(v.name, { timeout: 240_000 }, async () => {
      const report = await certifyVariant(v);
      const failing = report.checks.filter((c) => c.outcome === "fail").map((c) => c.id).sort();
      const expected = [...v.fails, ...v.crossTalk.map((x) => x.check)].sort();
      const why = report.checks.filter((c) => c.outcome === "fail" || c.outcome === "error").map((c) => `${c.id}: ${c.reason.en}`).join("\n");
      expect(failing, `${v.name} fails:\n${why}`).toEqual(expected);
      if (v.defects.length + v.channelDefects.length === 0) {
        expect(report.checks.filter((c) => c.outcome !== "pass").map((c) => `${c.id} ${c.outcome}: ${c.reason.en}`)).toEqual([]);
        expect(report.summary.certified).toBe(true);
        expect(report.summary.achievedLevel).toBe(loadLevels().at(-1)!.id);
      }

      const actual = goldenOf(v, report);
      const file = goldenFile(v.name);
      if (update || !existsSync(file)) {
        writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");
        if (!update) throw new Error(`${file} was missing and has been written; check it and commit it (UPDATE_GOLDEN=1 rewrites every golden file)`);
      } else expect(actual, `${file} (UPDATE_GOLDEN=1 rewrites it)`).toEqual(JSON.parse(readFileSync(file, "utf8")));
    });
});
