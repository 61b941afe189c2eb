/**
 * The generated Java types: every example and a synthetic year's records read into ReportRecord and the
 * data set's record (code lists as enums, amounts as BigDecimal, dates as LocalDate/LocalDateTime) and
 * written back give the same JSON; the Java types follow the fields' notations and code lists.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";
import { generateYear } from "../../src/synthetic/index.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";
import { example, exampleFiles } from "../validate/helpers.ts";
import { buildJava, runJava, type JavaBuild } from "./java-build.ts";

const bundle = loadGeneratedSchemas();

describe("the generated Java records", () => {
  let build: JavaBuild;
  beforeAll(() => {
    build = buildJava();
  }, 300_000);

  it("read and write every example and a synthetic year's records unchanged, each value in the type its notation gives", async () => {
    const records = [...exampleFiles().map((f) => example(Number(f.split("-")[0]))), ...generateYear({ seed: "java-records", projects: 8, correctionRate: 0 })];
    const r = await runJava(build, "cn.xiamen.ggzy.ywjy.test.RecordRoundTrip", [], records.map((x) => JSON.stringify(x)).join("\n"));
    expect(r.stderr).toBe("");
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { record: unknown; types: Record<string, string> });
    expect(out).toHaveLength(records.length);
    const expectedType = (p: Record<string, any>): string => {
      if (p["x-codelist"] && p.enum) return p["x-codelist"].toLowerCase().replace(/(^|_)([a-z])/g, (_: string, __: string, c: string) => c.toUpperCase());
      if (p["x-codelist-separator"] && !p["x-codelist"]?.startsWith("TENDER_PROJECT_CLASSIFY")) return "List<";
      const n = String(p["x-notation"] ?? "");
      if (n.startsWith("n")) return "BigDecimal";
      if (n === "yyyyMMdd") return "LocalDate";
      if (n === "yyyyMMddHHmmss") return "LocalDateTime";
      return "String";
    };
    out.forEach((o, i) => {
      expect(o.record, `record ${i}`).toEqual(records[i]);
      const schema = bundle.dataSets.find((s) => s["x-data-no"] === records[i]!.DATA_NO)!;
      for (const [field, type] of Object.entries(o.types)) expect(type.startsWith(expectedType(schema.properties[field])) || type.startsWith("List<"), `${records[i]!.DATA_NO} ${field}: ${type}`).toBe(true);
    });
  }, 120_000);

  it("are generated for every data set with a schema, and every code list small enough for an enum", () => {
    const dir = fromRoot("generated/java/cn/xiamen/ggzy/ywjy");
    const index = JSON.parse(readFileSync(fromRoot("generated/schemas/index.json"), "utf8")) as { dataSets: Array<{ typeName: string; dataNo: number }> };
    for (const d of index.dataSets) expect(readFileSync(`${dir}/model/${d.typeName}.java`, "utf8")).toContain(`public static final int DATA_NO = ${d.dataNo};`);
    const registry = readFileSync(`${dir}/spec/DataSets.java`, "utf8");
    for (const d of index.dataSets) expect(registry).toContain(`new DataSetContract(${d.dataNo}, `);
    expect(readFileSync(`${dir}/codes/SubjectCodeType.java`, "utf8")).toMatch(/UNIFIED_SOCIAL_CREDIT_CODE\("1", "统一社会信用代码", "Unified social credit code"\)/);
  });
});
