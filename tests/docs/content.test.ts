/**
 * The pages say what the specs say: each fact is read here from the specs (or the generated schemas)
 * by the loaders the validators use, and looked up on its page. A page that drops or changes a field,
 * a code, a requirement or a rule fails these tests.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { specsDir } from "../../src/paths.ts";
import { loadQualityRules } from "../../src/quality/rules.ts";
import { loadCodelists } from "../../src/specs/codelists.ts";
import { LEVEL_EN, loadRequirements } from "../../src/specs/requirements.ts";
import { readYamlFile } from "../../src/specs/yaml-file.ts";
import { asyncapiPath } from "../../src/generate/asyncapi-types.ts";
import { loadValidationRules } from "../../src/validate/catalogue.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";
import { elementText, rowsById, siteFiles, unescapeHtml } from "./site.ts";

const LANG_DIRS = { zh: "zh-CN", en: "en" } as const;
const files = siteFiles();
const page = (path: string): string => {
  const html = files.get(path);
  if (html === undefined) throw new Error(`no page ${path}`);
  return html;
};
const text = (html: string) => unescapeHtml(html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "));

describe("docs pages agree with the specs", () => {
  const schemas = loadGeneratedSchemas();

  it("show every field of every data set with its names, notation, mandatory flag and code list", () => {
    for (const s of schemas.dataSets)
      for (const [lang, dir] of Object.entries(LANG_DIRS)) {
        const html = page(`${dir}/data-sets/${s["x-data-no"]}-${s["x-data-en"]}.html`);
        const required = new Set<string>(s.required ?? []);
        const yes = lang === "zh" ? "是" : "yes";
        const no = lang === "zh" ? "否" : "no";
        for (const [name, f] of Object.entries<any>(s.properties)) {
          const row = elementText(html, name, "tr");
          expect(row, `${s["x-data-no"]}/${name} (${dir})`).toBeDefined();
          for (const fact of [name, f["x-zh"], f["x-en"], f["x-notation"], f["x-codelist"]].filter(Boolean)) expect(row, `${s["x-data-no"]}/${name}`).toContain(fact);
          expect(row!.split(" ").includes(required.has(name) ? yes : no), `${s["x-data-no"]}/${name} mandatory`).toBe(true);
          if (f["x-unverified"]) expect(row).toContain(f["x-unverified"]);
          // The rules that apply follow from the constraints (the validator's own mapping).
          if (required.has(name)) expect(row, `${s["x-data-no"]}/${name} rules`).toContain("field-mandatory");
          if (f.enum) expect(row, `${s["x-data-no"]}/${name} rules`).toContain("field-code");
        }
      }
  });

  it("show every code of every code list", () => {
    for (const list of loadCodelists().values())
      for (const dir of Object.values(LANG_DIRS)) {
        const rows = rowsById(page(`${dir}/codelists/${list.id}.html`));
        for (const c of list.codes) {
          const row = rows.get(`code-${c.code}`);
          expect(row, `${list.id} ${c.code}`).toBeDefined();
          expect(row).toContain(c.zh);
          expect(row).toContain(c.en);
        }
      }
  });

  it("print every requirement in its standard text, worded in the page's language, anchored by its ID", () => {
    const cat = loadRequirements();
    expect(cat.requirements.length).toBeGreaterThan(0);
    for (const r of cat.requirements)
      for (const [lang, dir] of Object.entries(LANG_DIRS)) {
        const clause = elementText(page(`${dir}/standards/${r.book}.html`), r.id, "div");
        expect(clause, `${r.id} in ${dir}/standards/${r.book}.html`).toBeDefined();
        expect(clause).toContain(text(r[lang as "zh" | "en"]));
        expect(clause).toContain(r.id);
        expect(clause).toContain(lang === "zh" ? r.level : LEVEL_EN[r.level]);
      }
  });

  it("define every term of specs/norms/terms.yaml in clause 3 of each of its books' texts, in both languages", () => {
    const terms = readYamlFile<any>(join(specsDir, "norms", "terms.yaml")).terms as Array<{ id: string; zh: string; en: string; definition: { zh: string; en: string }; books?: string[] }>;
    expect(terms.length).toBeGreaterThan(10);
    for (const book of ["OPS", "ACC", "RPT"])
      for (const [lang, dir] of [["zh", "zh-CN"], ["en", "en"]] as const) {
        const html = page(`${dir}/standards/${book}.html`);
        const mine = terms.filter((x) => !x.books || x.books.includes(book));
        for (const x of mine) expect(elementText(html, `term-${x.id}`, "div"), `${book} ${lang} ${x.id}`).toContain(x.definition[lang]);
        expect(html.includes("specs/norms/terms.yaml"), `${book}: terms still missing`).toBe(false);
      }
  });

  it("list every requirement in the catalogue with its verification and checks", () => {
    for (const r of loadRequirements().requirements) {
      const row = elementText(page(`en/requirements/${r.book}.html`), r.id, "tr");
      expect(row, r.id).toBeDefined();
      for (const c of r.verification.checks ?? []) expect(row, `${r.id} check ${c}`).toContain(c);
    }
  });

  it("show every validation rule, quality rule, operation, intake rule, and parameter of the access standard and the channel", () => {
    const v = page("zh-CN/rules/validation.html");
    for (const r of loadValidationRules().rules) expect(elementText(v, r.id, "tr"), r.id).toContain(r.zh);
    const q = page("en/rules/quality.html");
    for (const r of loadQualityRules().rules) expect(elementText(q, r.id, "section"), r.id).toContain(r.en);
    const api = page("en/api/index.html");
    const openapi = readYamlFile<any>(join(specsDir, "access", "openapi.yaml"));
    for (const item of Object.values<any>(openapi.paths)) for (const op of Object.values<any>(item)) if (op?.operationId) expect(elementText(api, op.operationId, "section"), op.operationId).toContain(op["x-summary-en"] ?? op.summary);
    expect(Object.keys(openapi["x-ywjy-parameters"] ?? {})).not.toEqual([]);
    for (const [id, p] of Object.entries<any>(openapi["x-ywjy-parameters"])) expect(elementText(api, `param-${id}`, "tr"), id).toContain(`${p.value}`);
    const channel = readYamlFile<any>(asyncapiPath);
    const events = page("zh-CN/events/index.html");
    for (const [id, r] of Object.entries<any>(channel["x-ywjy-intake-rules"] ?? {})) expect(elementText(events, id, "tr"), id).toContain(r.zh);
    for (const [id, p] of Object.entries<any>(channel["x-ywjy-parameters"] ?? {})) expect(elementText(events, `param-${id}`, "tr"), id).toContain(String(p.value));
  });

  it("list every unverified field on the unverified-facts page", () => {
    const html = text(page("en/unverified.html"));
    for (const s of schemas.dataSets) for (const [name, f] of Object.entries<any>(s.properties)) if (f["x-unverified"]) expect(html).toContain(`${s["x-data-no"]}/${name}`);
  });
});
