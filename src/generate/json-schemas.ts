/**
 * Data contracts (specs/reporting/contracts/*.ts) → JSON Schemas (generated/schemas/).
 *
 * typescript-json-schema reads the interfaces with their JSDoc tags; this module turns the tags
 * into JSON Schema: `@notation` into length, pattern and format constraints, `@codelist` into the
 * list's codes as `enum` (or the list's format, for lists too large for an enum), and the names,
 * notation and flags into `x-` annotations that the validator, the SDK and the docs read.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import * as TJS from "typescript-json-schema";
import { packageRoot, specsDir } from "../paths.ts";
import { codelist } from "../specs/codelists.ts";
import { loadManifest } from "../specs/manifest.ts";
import { notationConstraints, parseNotation } from "../specs/notation.ts";
import { generatedStamp, jsonFile, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/json-schemas.ts";
export const contractsDir = join(specsDir, "reporting", "contracts");
/** Contract files that hold shared fields and the envelope rather than a data set. */
const SHARED_CONTRACT_FILES = ["common.ts", "envelope.ts"];

/** JSDoc tags of the contracts, and the annotation each becomes in the schema. */
const TAGS: Record<string, string> = {
  zh: "x-zh",
  en: "x-en",
  notation: "x-notation",
  codelist: "x-codelist",
  unverified: "x-unverified",
  dataNo: "x-data-no",
  dataEn: "x-data-en",
  domain: "x-domain",
  source: "x-source",
  codeTypeField: "x-code-type-field",
  codelistSeparator: "x-codelist-separator",
  separator: "x-separator",
  regionLevel: "x-region-level",
  since: "x-since",
  recordDate: "x-record-date",
  placeholder: "x-placeholder",
};

/** The annotation keywords a generated schema may carry (ajv registers them). */
export const ANNOTATION_KEYWORDS = [...Object.values(TAGS), "x-item-format"];

type Schema = Record<string, any>;

export interface DataSetSchema {
  dataNo: number;
  dataEn: string;
  typeName: string;
  sourceFile: string;
  schema: Schema;
}

export function dataSetSchemaPath(dataNo: number, dataEn: string): string {
  return `schemas/data-sets/${dataNo}-${dataEn}.json`;
}

function schemaId(path: string): string {
  const m = loadManifest();
  return `${m.schemaBase}${m.version}/${path.replace(/^schemas\//, "")}`;
}

/** Renames the JSDoc tags into x- annotations and expands notation and code lists, in place. */
function expandField(where: string, field: Schema): void {
  for (const [tag, keyword] of Object.entries(TAGS)) {
    if (tag in field) {
      field[keyword] = field[tag];
      delete field[tag];
    }
  }
  const notation = field["x-notation"];
  if (notation !== undefined) Object.assign(field, notationConstraints(parseNotation(String(notation))), field.format ? { format: field.format } : {});
  if (field["x-separator"] !== undefined) separateItems(where, field);
  const listId = field["x-codelist"];
  if (listId !== undefined) {
    const list = codelist(String(listId));
    const separator = field["x-codelist-separator"];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // One code; a prefix list's codes may go on with letters or digits (the rest of a longer code).
    const one = () => `(?:${list.codes.map((c) => escape(c.code)).join("|")})${list.matching === "prefix" ? "[0-9A-Za-z]*" : ""}`;
    if (list.format) field.format = list.format;
    // Several codes in one value, as the Fujian intake's DomainMatch allows: "4;8".
    else if (separator !== undefined) field.pattern = `^${one()}(?:${escape(String(separator))}${one()})*$`;
    else if (list.matching === "prefix") field.pattern = `^${one()}$`;
    else field.enum = list.codes.map((c) => c.code);
  }
  if (field.type === "string" && (field["x-zh"] === undefined || field["x-en"] === undefined))
    throw new Error(`${where}: a field needs both @zh and @en`);
}

/**
 * A field that may list several items separated by `x-separator` (503 BID_SECTION_CODES "a;b"): as the
 * Fujian intake's LengthMatch splits on ";", a fixed length (cN) applies to each item — a pattern
 * instead of minLength/maxLength — while a maximum (c..N) stays on the whole value; a format applies
 * to each item, so it moves to x-item-format, which the validator checks item by item.
 */
function separateItems(where: string, field: Schema): void {
  const separator = String(field["x-separator"]);
  if (separator.length !== 1) throw new Error(`${where}: @separator must be one character`);
  if (field["x-codelist"] !== undefined) throw new Error(`${where}: a code field lists several codes with @codelistSeparator, not @separator`);
  const notation = field["x-notation"] === undefined ? undefined : parseNotation(String(field["x-notation"]));
  if (notation?.kind === "char" && notation.fixed !== undefined) {
    delete field.minLength;
    delete field.maxLength;
    const item = `[^${separator.replace(/[\]^-]/g, "\\$&")}]{${notation.fixed}}`;
    field.pattern = `^${item}(?:${separator.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${item})*$`;
  }
  if (field.format !== undefined) {
    field["x-item-format"] = field.format;
    delete field.format;
  }
}

function expandObject(where: string, obj: Schema): void {
  for (const [tag, keyword] of Object.entries(TAGS)) {
    if (tag in obj) {
      obj[keyword] = obj[tag];
      delete obj[tag];
    }
  }
  for (const [name, prop] of Object.entries<Schema>(obj.properties ?? {})) {
    expandField(`${where}.${name}`, prop);
    if (prop.type === "array" && prop.items?.properties) expandObject(`${where}.${name}[]`, prop.items);
    if (prop.type === "object" && prop.properties) expandObject(`${where}.${name}`, prop);
  }
}

/** Runs typescript-json-schema once over every contract file. */
export function readContracts(): { definitions: Record<string, Schema>; fileOf: Map<string, string> } {
  const files = readdirSync(contractsDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => join(contractsDir, f));
  const program = TJS.getProgramFromFiles(files, {
    strictNullChecks: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    moduleResolution: 100 /* Bundler */,
    module: 99 /* ESNext */,
    // No DOM library: an interface named like a DOM type (Performance, Document…) would merge with it.
    lib: ["lib.es2022.d.ts"],
  });
  const settings: TJS.PartialArgs = {
    required: true,
    noExtraProps: true,
    strictNullChecks: true,
    validationKeywords: Object.keys(TAGS),
    uniqueNames: false,
    ref: false,
    aliasRef: false,
    topRef: false,
  };
  const generator = TJS.buildGenerator(program, settings);
  if (!generator) throw new Error("typescript-json-schema could not read the contracts (a TypeScript error in specs/reporting/contracts?)");
  const definitions: Record<string, Schema> = {};
  const fileOf = new Map<string, string>();
  for (const symbol of generator.getMainFileSymbols(program)) {
    const typeName = symbol;
    definitions[typeName] = generator.getSchemaForSymbol(typeName) as Schema;
    const decl = generator.getSymbols(typeName)[0];
    if (decl) fileOf.set(typeName, relative(packageRoot, decl.fullyQualifiedName.replace(/^"|"\..*$/g, "")) + ".ts");
  }
  return { definitions, fileOf };
}

export function buildDataSetSchemas(): DataSetSchema[] {
  const { definitions, fileOf } = readContracts();
  const out: DataSetSchema[] = [];
  for (const [typeName, def] of Object.entries(definitions)) {
    if (def.dataNo === undefined) continue;
    const schema: Schema = structuredClone(def);
    delete schema.$schema;
    expandObject(typeName, schema);
    out.push({ dataNo: Number(schema["x-data-no"]), dataEn: String(schema["x-data-en"]), typeName, sourceFile: fileOf.get(typeName) ?? "", schema });
  }
  out.sort((a, b) => a.dataNo - b.dataNo);
  // Every contract file but the shared ones must yield a data set; a file that yields none is a mistake, not a skip.
  const yielded = new Set(out.map((d) => d.sourceFile));
  for (const f of readdirSync(contractsDir).filter((f) => f.endsWith(".ts") && !SHARED_CONTRACT_FILES.includes(f))) {
    const rel = `specs/reporting/contracts/${f}`;
    if (!yielded.has(rel)) throw new Error(`${rel}: no interface with @dataNo was read from this file (a name that clashes with a built-in type, or a missing tag?)`);
  }
  const seen = new Set<number>();
  for (const d of out) {
    if (seen.has(d.dataNo)) throw new Error(`data set ${d.dataNo} is defined twice (${d.typeName})`);
    seen.add(d.dataNo);
  }
  return out;
}

function envelopeSchema(definitions: Record<string, Schema>, typeName: string): Schema {
  const def = definitions[typeName];
  if (!def) throw new Error(`specs/reporting/contracts/envelope.ts: ${typeName} is missing`);
  const schema = structuredClone(def);
  delete schema.$schema;
  expandObject(typeName, schema);
  return schema;
}

export function generateJsonSchemas(): GeneratedFile[] {
  const stamp = generatedStamp(GENERATOR);
  const { definitions } = readContracts();
  const dataSets = buildDataSetSchemas();
  const files: GeneratedFile[] = [];
  const head = (path: string) => ({ $schema: "http://json-schema.org/draft-07/schema#", $id: schemaId(path), $comment: stamp });

  for (const d of dataSets) {
    const path = dataSetSchemaPath(d.dataNo, d.dataEn);
    files.push(jsonFile(path, { ...head(path), title: d.schema["x-zh"], ...d.schema }));
  }

  // The record schema dispatches `context` to the data set named by DATA_NO, so any
  // draft-07 validator can check a whole record with this one file and its neighbours.
  const record = envelopeSchema(definitions, "ReportRecord");
  record.properties.DATA_NO.enum = dataSets.map((d) => d.dataNo);
  record.allOf = dataSets.map((d) => ({
    if: { properties: { DATA_NO: { const: d.dataNo } }, required: ["DATA_NO"] },
    then: {
      properties: { DATA_EN: { const: d.dataEn }, context: { $ref: dataSetSchemaPath(d.dataNo, d.dataEn).replace(/^schemas\//, "") } },
    },
  }));
  files.push(jsonFile("schemas/report-record.json", { ...head("schemas/report-record.json"), title: record["x-zh"], ...record }));

  const pkg = envelopeSchema(definitions, "ReportPackage");
  pkg.properties.records = { ...pkg.properties.records, items: { $ref: "report-record.json" } };
  files.push(jsonFile("schemas/report-package.json", { ...head("schemas/report-package.json"), title: pkg["x-zh"], ...pkg }));

  files.push(
    jsonFile("schemas/index.json", {
      $comment: stamp,
      specVersion: loadManifest().version,
      dataSets: dataSets.map((d) => ({
        dataNo: d.dataNo,
        dataEn: d.dataEn,
        zh: d.schema["x-zh"],
        en: d.schema["x-en"],
        domain: d.schema["x-domain"],
        typeName: d.typeName,
        contract: d.sourceFile,
        schema: dataSetSchemaPath(d.dataNo, d.dataEn),
      })),
    }),
  );
  return files;
}
