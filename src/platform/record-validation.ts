/**
 * The data-contract check of the intake, behind one function so that the platform uses the
 * foundation's validator (src/validate) as it stands.
 *
 * Interim: until src/validate exports validateRecord/validatePackage, this compiles the generated
 * schemas with ajv and reports each failure as a finding `schema.<keyword>`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Finding } from "../findings/finding.ts";
import { IDENTIFIER_FORMATS } from "../identifiers/index.ts";
import { generatedDir } from "../paths.ts";

type Schema = Record<string, any>;

export interface ContractCheck {
  /** Findings of one report record; `recordIndex` is its position in the message. */
  record(value: unknown, recordIndex: number): Finding[];
  /** Findings of a package's own fields (not of its records). */
  packageHeader(value: unknown): Finding[];
}

function collectKeywords(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) for (const x of v) collectKeywords(x, into);
  else if (v && typeof v === "object")
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith("x-")) into.add(k);
      collectKeywords(x, into);
    }
}

let cached: ContractCheck | undefined;

export function contractCheck(): ContractCheck {
  if (cached) return cached;
  const dir = join(generatedDir, "schemas");
  const files = [join(dir, "report-record.json"), join(dir, "report-package.json"), ...readdirSync(join(dir, "data-sets")).map((f) => join(dir, "data-sets", f))];
  const schemas = files.map((f) => JSON.parse(readFileSync(f, "utf8")) as Schema);
  const ajv = new Ajv({ allErrors: false, strict: false });
  (addFormatsModule as unknown as { default: (a: Ajv) => void }).default(ajv);
  for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) ajv.addFormat(name, { type: "string", validate: (v: string) => check(v) === true });
  const keywords = new Set<string>();
  collectKeywords(schemas, keywords);
  for (const k of keywords) ajv.addKeyword(k);
  for (const s of schemas) ajv.addSchema(s);
  const recordFn = ajv.getSchema(schemas[0]!.$id) as ValidateFunction;
  // The package header alone: its records are checked one by one.
  const { $id: _id, ...pkgSchema } = schemas[1]!;
  const headerFn = ajv.compile({ ...pkgSchema, properties: { ...pkgSchema.properties, records: { type: "array" } } });

  const toFindings = (errors: ErrorObject[] | null | undefined, extra: Partial<Finding>): Finding[] =>
    (errors ?? []).map((e) => ({
      ruleId: `schema.${e.keyword}`,
      severity: "error",
      ...extra,
      path: e.instancePath + (e.keyword === "required" ? `/${(e.params as { missingProperty: string }).missingProperty}` : ""),
      message: { zh: `不符合数据契约：${e.message ?? e.keyword}`, en: `breaks the data contract: ${e.message ?? e.keyword}` },
    }));
  cached = {
    record(value, recordIndex) {
      if (recordFn(value)) return [];
      const r = (value ?? {}) as Record<string, unknown>;
      return toFindings(recordFn.errors, {
        recordIndex,
        ...(typeof r.DATA_NO === "number" ? { DATA_NO: r.DATA_NO } : {}),
        ...(typeof r.DATA_KEY === "string" ? { DATA_KEY: r.DATA_KEY } : {}),
      });
    },
    packageHeader(value) {
      return headerFn(value) ? [] : toFindings(headerFn.errors, {});
    },
  };
  return cached;
}
