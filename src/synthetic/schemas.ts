/**
 * The generated data-set schemas (generated/schemas/), read as the generator needs them: each field's
 * notation, whether it is required, its code list (codes from specs/codelists), format, pattern and
 * code-type field. The generator fills records from these, so it follows the contracts as they change;
 * a data set without a generated schema is not generated.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDir } from "../paths.ts";
import { loadCodelists } from "../specs/codelists.ts";
import { parseNotation, type Notation } from "../specs/notation.ts";

export interface FieldSpec {
  name: string;
  zh: string;
  required: boolean;
  notation: Notation;
  /** Fixed length (cN) or the maximum (c..N); undefined when unlimited. */
  fixed?: number;
  max?: number;
  codelist?: string;
  /** The allowed codes (enum, or the code list's current codes). */
  codes?: string[];
  format?: string;
  pattern?: RegExp;
  codeTypeField?: string;
  /** `city` when the field must hold a city-level region code (@regionLevel). */
  regionLevel?: string;
}

export interface DataSetSpec {
  dataNo: number;
  dataEn: string;
  zh: string;
  domain: string;
  fields: FieldSpec[];
  byName: Map<string, FieldSpec>;
}

export interface SchemaBundle {
  specVersion: string;
  dataSets: Map<number, DataSetSpec>;
  /** The attachment item of the record envelope, when the envelope defines one. */
  attachment?: DataSetSpec;
}

type Json = Record<string, any>;

function fieldSpec(name: string, prop: Json, required: boolean): FieldSpec {
  const notation = prop["x-notation"] ? parseNotation(String(prop["x-notation"])) : ({ kind: "text" } as Notation);
  const listId: string | undefined = prop["x-codelist"];
  let codes: string[] | undefined = Array.isArray(prop.enum) ? prop.enum.map(String) : undefined;
  const list = listId ? loadCodelists().get(listId) : undefined;
  if (list && !list.format) {
    const current = list.codes.filter((c) => !c.deprecated && c.validUntil === undefined).map((c) => c.code);
    const allowed = codes ? current.filter((c) => codes!.includes(c)) : current;
    if (allowed.length > 0) codes = allowed;
  }
  return {
    name,
    zh: String(prop["x-zh"] ?? ""),
    required,
    notation,
    fixed: prop.minLength !== undefined && prop.minLength === prop.maxLength ? prop.maxLength : undefined,
    max: prop.maxLength,
    codelist: listId,
    codes,
    format: prop.format,
    pattern: prop.pattern ? new RegExp(prop.pattern) : undefined,
    codeTypeField: prop["x-code-type-field"],
    regionLevel: prop["x-region-level"],
  };
}

function dataSetSpec(schema: Json, dataNo: number, dataEn: string): DataSetSpec {
  const required = new Set<string>(schema.required ?? []);
  const fields = Object.entries<Json>(schema.properties ?? {}).map(([name, prop]) => fieldSpec(name, prop, required.has(name)));
  return { dataNo, dataEn, zh: String(schema["x-zh"] ?? schema.title ?? ""), domain: String(schema["x-domain"] ?? ""), fields, byName: new Map(fields.map((f) => [f.name, f])) };
}

/** Reads every data-set schema listed in generated/schemas/index.json (or `dir`). */
export function loadSchemaBundle(dir = join(generatedDir, "schemas")): SchemaBundle {
  const indexFile = join(dir, "index.json");
  if (!existsSync(indexFile)) return { specVersion: "0.0.0", dataSets: new Map() };
  const index = JSON.parse(readFileSync(indexFile, "utf8")) as { specVersion: string; dataSets: Array<{ dataNo: number; dataEn: string; schema: string }> };
  const dataSets = new Map<number, DataSetSpec>();
  for (const d of index.dataSets) {
    const file = join(dir, d.schema.replace(/^schemas\//, ""));
    if (!existsSync(file)) continue;
    dataSets.set(d.dataNo, dataSetSpec(JSON.parse(readFileSync(file, "utf8")), d.dataNo, d.dataEn));
  }
  let attachment: DataSetSpec | undefined;
  const recordFile = join(dir, "report-record.json");
  if (existsSync(recordFile)) {
    const item = JSON.parse(readFileSync(recordFile, "utf8"))?.properties?.attachments?.items;
    if (item?.properties) attachment = dataSetSpec(item, 0, "ATTACHMENT");
  }
  return { specVersion: index.specVersion, dataSets, attachment };
}
