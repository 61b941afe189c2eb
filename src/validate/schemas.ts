/**
 * The generated JSON Schemas the validator compiles (generated/schemas/, written by
 * `npm run generate` from the data contracts): the record and package envelopes and one schema
 * per data set, listed in index.json. A test or a vendor may pass its own bundle instead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDir } from "../paths.ts";

/** A JSON Schema object (any JSON object). */
export type Schema = Record<string, any>;

export interface SchemaBundle {
  /** generated/schemas/report-record.json */
  record: Schema;
  /** generated/schemas/report-package.json */
  package: Schema;
  /** One schema per data set, each carrying x-data-no and x-data-en. */
  dataSets: Schema[];
}

const readJson = (path: string): Schema => JSON.parse(readFileSync(path, "utf8")) as Schema;

/** Reads generated/schemas/. */
export function loadGeneratedSchemas(dir = join(generatedDir, "schemas")): SchemaBundle {
  const index = readJson(join(dir, "index.json")) as { dataSets: Array<{ schema: string }> };
  return {
    record: readJson(join(dir, "report-record.json")),
    package: readJson(join(dir, "report-package.json")),
    dataSets: index.dataSets.map((d) => readJson(join(dir, d.schema.replace(/^schemas\//, "")))),
  };
}

/** The schema of the value at a JSON Pointer inside data that `schema` describes, as far as it can be followed. */
export function schemaAt(schema: Schema, pointer: string): Schema | undefined {
  let s: Schema | undefined = schema;
  for (const seg of pointer.split("/").slice(1)) {
    if (!s) return undefined;
    const name = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    s = s.type === "array" ? s.items : (s.properties?.[name] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined));
  }
  return s;
}

/** Every annotation keyword (x-…) used anywhere in the schemas, for ajv's strict mode. */
export function annotationKeywords(schemas: Schema[]): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object")
      for (const [k, child] of Object.entries(v)) {
        if (k.startsWith("x-")) found.add(k);
        walk(child);
      }
  };
  schemas.forEach(walk);
  return [...found].sort();
}
