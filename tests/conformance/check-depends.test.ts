/**
 * Every published value a check works with is declared by the check (CheckDefinition.depends) and
 * listed by each requirement it verifies (verification.depends), where `ywjy lint` makes sure the
 * requirement's text or the guide it links names it (rule requirement-value-unnamed). Together they
 * keep a system buildable from the published documents alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { suites } from "../../conformance/suites/index.ts";
import { fromRoot, specsDir } from "../../src/paths.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";
import { readYamlFile } from "../../src/specs/yaml-file.ts";

const checks = suites.flatMap((s) => s.groups.flatMap((g) => g.checks));
const requirements = loadRequirements().requirements;
const parameters = [
  ...Object.keys(readYamlFile<any>(join(specsDir, "reporting", "asyncapi.yaml"))["x-ywjy-parameters"]),
  ...Object.keys(readYamlFile<any>(join(specsDir, "access", "openapi.yaml"))["x-ywjy-parameters"]),
];

describe("the values checks depend on", () => {
  it("each requirement lists what the checks that verify it depend on", () => {
    const missing: string[] = [];
    for (const c of checks)
      for (const r of requirements.filter((r) => r.verification.checks?.includes(c.id)))
        for (const d of c.depends ?? []) if (!r.verification.depends?.includes(d)) missing.push(`${r.id} (check ${c.id}): ${d}`);
    expect(missing).toEqual([]);
  });

  it("each requirement's list holds only what its checks depend on", () => {
    const extra: string[] = [];
    for (const r of requirements) {
      const declared = new Set(checks.filter((c) => r.verification.checks?.includes(c.id)).flatMap((c) => c.depends ?? []));
      for (const d of r.verification.depends ?? []) if (!declared.has(d)) extra.push(`${r.id}: ${d}`);
    }
    expect(extra).toEqual([]);
  });

  it("every published parameter the checks and the runner's platform read is declared by a check", () => {
    const declared = new Set(checks.flatMap((c) => c.depends ?? []));
    const sources = [
      ...readdirSync(fromRoot("conformance/suites")).filter((f) => f.endsWith(".ts")).map((f) => fromRoot("conformance/suites", f)),
      fromRoot("conformance/platform-session.ts"),
    ];
    const read = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const p of parameters) if (new RegExp(`\\b${p}\\b|\\b${p}Ms\\b`).test(text)) read.add(p);
    }
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((p) => !declared.has(`param:${p}`))).toEqual([]);
  });
});
