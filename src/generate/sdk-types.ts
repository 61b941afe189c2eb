/**
 * Data contracts and code lists → TypeScript types for vendors (generated/sdk/reporting.ts):
 * the data-set interfaces re-exported from specs (one source), a map from DATA_NO to its
 * interface, typed report records, and each code list as a union of its codes.
 */
import { relative } from "node:path";
import { fromRoot } from "../paths.ts";
import { loadCodelists } from "../specs/codelists.ts";
import { tsFile, type GeneratedFile } from "./generated-file.ts";
import { buildDataSetSchemas } from "./json-schemas.ts";

const GENERATOR = "src/generate/sdk-types.ts";

const pascal = (id: string) =>
  id
    .toLowerCase()
    .split(/[_-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

export function generateSdkTypes(): GeneratedFile[] {
  const dataSets = buildDataSetSchemas();
  const lines: string[] = [];
  const byFile = new Map<string, string[]>();
  for (const d of dataSets) byFile.set(d.sourceFile, [...(byFile.get(d.sourceFile) ?? []), d.typeName]);
  lines.push(`import type { ReportRecord, ReportPackage, Attachment } from "../../specs/reporting/contracts/envelope.ts";`);
  for (const [file, names] of byFile) {
    const rel = relative(fromRoot("generated/sdk"), fromRoot(file)).split("\\").join("/");
    lines.push(`import type { ${names.join(", ")} } from "${rel}";`);
  }
  lines.push("");
  lines.push(`export type { ReportRecord, ReportPackage, Attachment, ${dataSets.map((d) => d.typeName).join(", ")} };`);
  lines.push("");
  lines.push("/** The data-set interface for each DATA_NO. */");
  lines.push("export interface DataSetsByNo {");
  for (const d of dataSets) lines.push(`  ${d.dataNo}: ${d.typeName};`);
  lines.push("}");
  lines.push("");
  lines.push("export type DataNo = keyof DataSetsByNo;");
  lines.push("");
  lines.push("/** The DATA_EN that goes with each DATA_NO. */");
  lines.push("export interface DataEnByNo {");
  for (const d of dataSets) lines.push(`  ${d.dataNo}: ${JSON.stringify(d.dataEn)};`);
  lines.push("}");
  lines.push("");
  lines.push("/** A report record whose context is typed by its DATA_NO. */");
  lines.push("export type TypedReportRecord<N extends DataNo = DataNo> = N extends DataNo");
  lines.push("  ? Omit<ReportRecord, \"DATA_NO\" | \"DATA_EN\" | \"context\"> & { DATA_NO: N; DATA_EN: DataEnByNo[N]; context: DataSetsByNo[N] }");
  lines.push("  : never;");
  lines.push("");
  lines.push("// Code lists, one union of codes each (the codes and their names are in specs/codelists).");
  for (const list of loadCodelists().values()) {
    if (list.format) continue; // too large for a union; checked by its format
    lines.push(`/** ${list.zh} — ${list.en} */`);
    lines.push(`export type ${pascal(list.id)}Code = ${list.codes.map((c) => JSON.stringify(c.code)).join(" | ")};`);
  }
  return [tsFile("sdk/reporting.ts", GENERATOR, lines.join("\n"))];
}
