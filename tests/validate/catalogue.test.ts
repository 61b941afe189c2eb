/** The rule catalogue against the requirement catalogue and the identifier checks; the generated schemas under ajv's strict mode. */
import { describe, expect, it } from "vitest";
import { IDENTIFIER_FORMATS } from "../../src/identifiers/index.ts";
import { loadCodelists } from "../../src/specs/codelists.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";
import { loadValidationRules } from "../../src/validate/index.ts";
import { createAjv } from "../../src/validate/contracts.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";
import { example, exampleFiles } from "./helpers.ts";

const { rules, formats } = loadValidationRules();
const { byId: requirements, requirements: all } = loadRequirements();

describe("validation rule catalogue", () => {
  it.each(rules.map((r) => [r.id, r] as const))("%s serves a requirement that lists it among its checks", (id, rule) => {
    const req = requirements.get(rule.requirement);
    expect(req, `${id}: requirement ${rule.requirement} is not in specs/norms`).toBeDefined();
    expect(req!.verification.checks).toContain(id);
    expect(["error", "warning", "info"]).toContain(rule.severity);
  });

  it("has a rule for every check its requirements list", () => {
    const ids = new Set(rules.map((r) => r.id));
    const listed = all.filter((r) => r.id.startsWith("RPT-VAL-")).flatMap((r) => r.verification.checks ?? []);
    expect(listed.filter((c) => !ids.has(c))).toEqual([]);
  });

  it("names every identifier format, and each format named there is one", () => {
    expect([...formats.keys()].sort()).toEqual(Object.keys(IDENTIFIER_FORMATS).sort());
  });

  it("words every reason the identifier checks give for the codes below", () => {
    const samples: Record<string, string[]> = {
      uscc: ["1", "9111010855138508IQ", "91110108551385092Q", "91110108551385082R"],
      "organization-code": ["1", "5513850a2", "551385083"],
      "resident-id": ["1", "35020319850715A235", "990203198507151234", "350206199013010014", "350203198507151234"],
      "gbt2260-region": ["1", "999999"],
      "invest-project-code": ["1", "2509-32019A-89-01-544060", "2513-320193-89-01-544060"],
      "unified-deal-code": ["1", "a02-123100007847653857-20161012-000015-Q", "A02-123100007847653858-20161012-000015-Q", "A02-123100007847653857-20161312-000015-Q"],
      "data-key": ["1", "02 1500202611270000001", "0201X00202611270000001", "0201500202611270 00001"],
      yyyyMMdd: ["1", "2026112a", "18991231", "20261301", "20260431"],
      yyyyMMddHHmmss: ["1", "20261127 93000", "20261127240000"],
    };
    for (const [name, check] of Object.entries(IDENTIFIER_FORMATS))
      for (const value of samples[name] ?? []) {
        const reason = check(value);
        expect(reason, `${name} ${value}`).not.toBe(true);
        expect(formats.get(name)?.reasons[reason as string], `${name}: reason ${reason} has no words`).toBeDefined();
      }
  });

  it("selects each format by a code name that some code list has", () => {
    const names = new Set([...loadCodelists().values()].flatMap((l) => l.codes.map((c) => c.zh)));
    for (const [name, f] of formats) if (f.codeNames) expect(f.codeNames.some((zh) => names.has(zh)), `${name}: none of ${f.codeNames}`).toBe(true);
  });
});

describe("generated schemas", () => {
  it("compile in ajv's strict mode, the whole record and package schemas included, and accept the examples", () => {
    const schemas = loadGeneratedSchemas();
    const ajv = createAjv([schemas.record, schemas.package, ...schemas.dataSets]);
    for (const s of schemas.dataSets) ajv.addSchema(s);
    ajv.addSchema(schemas.record);
    const pkg = ajv.compile(schemas.package);
    const records = exampleFiles().map((f) => example(Number(f.split("-")[0])));
    const ok = pkg({ packageId: "p", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "12350200426607133N", createdAt: "2026-11-27T09:30:00+08:00", records });
    expect(pkg.errors ?? [], JSON.stringify(pkg.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });
});
