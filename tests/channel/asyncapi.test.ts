/**
 * The channel document (specs/reporting/asyncapi.yaml): it parses with @asyncapi/parser without an
 * error or a warning; the requirement IDs it names exist; every RPT-CHAN requirement is served by the
 * document; every intake rule serves an existing requirement that names it as a check; and the parser
 * is loaded only where a document is parsed.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding as ChannelFinding } from "../../generated/sdk/channel.ts";
import type { Finding } from "../../src/findings/finding.ts";
import { checkAsyncApiDocument, loadAsyncApi } from "../../src/generate/asyncapi-types.ts";
import { fromRoot } from "../../src/paths.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";

/** Every x-requirements list anywhere in the document, with where it is. */
function requirementRefs(v: unknown, path = ""): Array<{ path: string; id: string }> {
  if (Array.isArray(v)) return v.flatMap((x, i) => requirementRefs(x, `${path}/${i}`));
  if (!v || typeof v !== "object") return [];
  return Object.entries(v).flatMap(([k, x]) => (k === "x-requirements" ? (x as string[]).map((id) => ({ path, id })) : requirementRefs(x, `${path}/${k}`)));
}

describe("specs/reporting/asyncapi.yaml", () => {
  it("parses with @asyncapi/parser with no error and no warning", async () => {
    expect(await checkAsyncApiDocument()).toEqual([]);
  }, 30_000);

  it("finds a broken document (the check is not vacuous)", async () => {
    const diagnostics = await checkAsyncApiDocument(fromRoot("tests/channel/fixtures/broken-asyncapi.yaml"));
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.path)).toContain("channels/reports/address");
  }, 30_000);

  it("names only requirements that exist, and every RPT-CHAN requirement", () => {
    const { byId, requirements } = loadRequirements();
    const refs = requirementRefs(loadAsyncApi());
    expect(refs.filter((r) => !byId.has(r.id))).toEqual([]);
    const named = new Set(refs.map((r) => r.id));
    expect(requirements.filter((r) => r.area === "CHAN" && !named.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("ties every intake rule to a requirement that names it as a check", () => {
    const { byId } = loadRequirements();
    for (const [id, rule] of Object.entries(loadAsyncApi()["x-ywjy-intake-rules"])) {
      const req = byId.get(rule.requirement);
      expect(req, `${id} → ${rule.requirement}`).toBeDefined();
      const checked = [...byId.values()].filter((r) => r.verification.checks?.includes(id)).map((r) => r.id);
      expect(checked.length, `${id} is no requirement's check`).toBeGreaterThan(0);
    }
  });

  it("gives every channel parameter a value, a unit, zh and en names and a source", () => {
    for (const [name, p] of Object.entries(loadAsyncApi()["x-ywjy-parameters"])) {
      expect([name, typeof p.value === "number" || typeof p.value === "string", !!p.unit, !!p.zh, !!p.en, !!p.source]).toEqual([name, true, true, true, true, true]);
    }
    expect(loadAsyncApi()["x-ywjy-parameters"].deliveryDeadline.decision).toBe("ywjy");
  });

  it("describes findings in the shape of ywjy validate (both ways assignable)", () => {
    const a: ChannelFinding = { ruleId: "r", severity: "warning", path: "", message: { zh: "", en: "" } } satisfies Finding;
    const b: Finding = a;
    expect(b.ruleId).toBe("r");
  });

  it("loads @asyncapi/parser lazily: no module outside tests imports it statically", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
      });
    const offenders = ["src", "cli", "conformance"]
      .flatMap((d) => files(fromRoot(d)))
      .filter((f) => /^\s*import\s[^;]*from\s+["']@asyncapi\/parser["']/m.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
