/**
 * Shared by the example tests of tests/contracts: reads the example report records
 * (specs/reporting/examples) and the generated data-set schemas, and compiles the schemas with ajv
 * in strict draft-07 mode, with the contracts' annotation keywords and the real identifier formats.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { ANNOTATION_KEYWORDS, dataSetSchemaPath } from "../../src/generate/json-schemas.ts";
import { IDENTIFIER_FORMATS } from "../../src/identifiers/index.ts";
import { generatedDir, specsDir } from "../../src/paths.ts";
import { codelist } from "../../src/specs/codelists.ts";

export interface ExampleRecord {
  DATA_NO: number;
  DATA_EN: string;
  DATA_TYPE: string;
  DATA_KEY: string;
  context: Record<string, string>;
  attachments?: unknown[];
}

export interface FieldSchema {
  "x-codelist"?: string;
  "x-code-type-field"?: string;
}

export interface DataSetSchema {
  "x-data-no": number;
  "x-data-en": string;
  properties: Record<string, FieldSchema>;
}

export const examplesDir = join(specsDir, "reporting", "examples");

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

export const readExample = (dataNo: number, dataEn: string): ExampleRecord => readJson(join(examplesDir, `${dataNo}-${dataEn}.json`));

export const readDataSetSchema = (dataNo: number, dataEn: string): DataSetSchema => readJson(join(generatedDir, dataSetSchemaPath(dataNo, dataEn)));

/** ajv as the validator uses it: strict, draft-07, every error, the identifier checks of src/identifiers as formats. */
export function contractAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) {
    ajv.addFormat(name, { type: "string", validate: (value: string) => check(value) === true });
  }
  return ajv;
}

/**
 * The subject codes and ID numbers of `context` whose kind another field gives (`@codeTypeField`),
 * each with that kind's identifier format (undefined when the kind has none) and whether the code passes it.
 */
export function codeTypeChecks(schema: DataSetSchema, context: Record<string, string>) {
  const out: { field: string; typeField: string; kind: string | undefined; format: string | undefined; ok: boolean }[] = [];
  for (const [field, prop] of Object.entries(schema.properties)) {
    const typeField = prop["x-code-type-field"];
    const value = context[field];
    if (typeField === undefined || value === undefined) continue;
    const listId = schema.properties[typeField]?.["x-codelist"];
    const kind = listId === undefined ? undefined : codelist(listId).codes.find((c) => c.code === context[typeField]);
    const format = kind?.identifierFormat as keyof typeof IDENTIFIER_FORMATS | undefined;
    out.push({ field, typeField, kind: kind?.code, format, ok: kind !== undefined && (format === undefined || IDENTIFIER_FORMATS[format](value) === true) });
  }
  return out;
}
