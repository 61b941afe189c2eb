/**
 * Shared by the example tests of tests/contracts: reads the example report records
 * (specs/reporting/examples) and the generated schemas, compiles them with ajv in strict draft-07 mode
 * with the contracts' annotation keywords and the real identifier formats, and defines the checks
 * every example record must pass (describeExampleRecords).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ANNOTATION_KEYWORDS, dataSetSchemaPath } from "../../src/generate/json-schemas.ts";
import { checkCodeHierarchy, IDENTIFIER_FORMATS } from "../../src/identifiers/index.ts";
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

/** The value of "NNN.FIELD" in the examples of these data sets (throws when an example lacks the field). */
export function exampleField(dataSets: [number, string][]): (ref: string) => string {
  const contexts = new Map(dataSets.map(([n, en]) => [n, readExample(n, en).context]));
  return (ref) => {
    const [no, name] = ref.split(".") as [string, string];
    const value = contexts.get(Number(no))?.[name];
    if (value === undefined) throw new Error(`example ${no} has no ${name}`);
    return value;
  };
}

export const readDataSetSchema = (dataNo: number, dataEn: string): DataSetSchema => readJson(join(generatedDir, dataSetSchemaPath(dataNo, dataEn)));

/** ajv for the generated schemas: strict, draft-07, every error, the identifier checks of src/identifiers as formats. */
export function contractAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  ajvFormats.default(ajv, ["uri", "date-time"]);
  for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) {
    ajv.addFormat(name, { type: "string", validate: (value: string) => check(value) === true });
  }
  return ajv;
}

/** The generated report-record schema, with every data-set schema it dispatches `context` to. */
export function reportRecordValidator(ajv: Ajv): ValidateFunction {
  const index = readJson<{ dataSets: { schema: string }[] }>(join(generatedDir, "schemas", "index.json"));
  for (const d of index.dataSets) ajv.addSchema(readJson(join(generatedDir, d.schema)));
  return ajv.compile(readJson(join(generatedDir, "schemas", "report-record.json")));
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

/**
 * For each [DATA_NO, DATA_EN]: its example is a report record of that data set from the sample system
 * 0201, meets the data-set schema and the report-record schema (envelope and attachments), its subject
 * codes and ID numbers pass the check of the kind their code-type field names, and its project, tender
 * project and section codes keep their prefixes.
 */
export function describeExampleRecords(dataSets: [number, string][]): void {
  const ajv = contractAjv();
  const validateRecord = reportRecordValidator(contractAjv());

  describe.each(dataSets)("example of data set %i %s", (dataNo, dataEn) => {
    const schema = readDataSetSchema(dataNo, dataEn);
    const example = readExample(dataNo, dataEn);

    it("is a report record of this data set with a 22-character DATA_KEY", () => {
      expect(example).toMatchObject({ DATA_NO: dataNo, DATA_EN: dataEn, DATA_TYPE: "1" });
      expect(schema["x-data-en"]).toBe(dataEn);
      expect(example.DATA_KEY).toMatch(new RegExp(`^0201${dataNo}\\d{${22 - 4 - String(dataNo).length}}$`));
    });

    it("meets the data-set schema", () => {
      const validate = ajv.compile(schema);
      validate(example.context);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    });

    it("is a valid report record, envelope and attachments included", () => {
      validateRecord(example);
      expect(validateRecord.errors ?? [], JSON.stringify(validateRecord.errors, null, 2)).toEqual([]);
    });

    it("has subject codes and ID numbers that pass the check of their kind", () => {
      for (const c of codeTypeChecks(schema, example.context)) expect(c, `${c.field} as ${c.typeField} ${c.kind}`).toMatchObject({ ok: true });
    });

    it("keeps PROJECT_CODE → TENDER_PROJECT_CODE → BID_SECTION_CODE prefixes within the record", () => {
      expect(checkCodeHierarchy(example.context)).toBe(true);
    });
  });
}
