/**
 * The data contracts compiled for validation: one ajv instance (draft-07, strict, allErrors) with the
 * identifier formats and the annotation keywords registered, the record envelope and package header
 * compiled once, and each data set's validator compiled on first use and kept.
 */
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { CODE_HIERARCHY, IDENTIFIER_FORMATS, isIdentifierFormat, type IdentifierFormat } from "../identifiers/index.ts";
import type { Code, Codelist } from "../specs/codelists.ts";
import type { FormatInfo, RuleCatalogue } from "./catalogue.ts";
import { useFastLengthKeywords } from "./length.ts";
import { annotationKeywords, type Schema, type SchemaBundle } from "./schemas.ts";

/** A subject code whose kind another field gives (`x-code-type-field`), and the kinds the validator can check. */
export interface SubjectCodeCheck {
  field: string;
  typeField: string;
  /** The value that stands for "none" (@placeholder, e.g. "-" for a self-run tender's agency), not checked. */
  placeholder?: string;
  /** Code of the type field → the format that checks the subject code, and the code's entry. */
  kinds: Map<string, { format: IdentifierFormat; code: Code }>;
}

/** A code field whose list has codes valid only for a period (validFrom, validUntil): judged at the record's date. */
export interface CodePeriodCheck {
  field: string;
  list: Codelist;
  /** The list's codes that have a period, by code. */
  dated: Map<string, Code>;
  /** Set when the field may hold several codes (@codelistSeparator). */
  separator?: string;
}

/** A field that lists several items (@separator) whose items must pass an identifier format. */
export interface ItemFormatCheck {
  field: string;
  separator: string;
  format: IdentifierFormat;
}

export interface DataSetPlan {
  dataNo: number;
  dataEn: string;
  schema: Schema;
  validate: ValidateFunction;
  /** Whether the data set has two or more fields of the code hierarchy. */
  hierarchy: boolean;
  subjectCodes: SubjectCodeCheck[];
  codePeriods: CodePeriodCheck[];
  itemFormats: ItemFormatCheck[];
  /** Fields that must hold a city-level region code (@regionLevel city). */
  cityLevel: string[];
  /** Fields a later version of the norm introduced (@since), with that version's ID. */
  since: Map<string, string>;
  /** The field that dates a record (@recordDate of the data set); DATA_TIMESTAMP when absent. */
  recordDateField: string;
}

/**
 * An ajv instance for the generated schemas: draft-07, strict, all errors, every format and annotation
 * registered, and the length keywords with a fast path (./length.ts).
 */
export function createAjv(schemas: Schema[]): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  useFastLengthKeywords(ajv);
  ajvFormats.default(ajv);
  for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) ajv.addFormat(name, { type: "string", validate: (v: string) => check(v) === true });
  for (const keyword of annotationKeywords(schemas)) ajv.addKeyword({ keyword });
  return ajv;
}

/** The formats selected by codes of `list`: a code's own `format`, else the format whose codeNames has the code's name. */
export function kindsOf(list: Codelist | undefined, formats: Map<string, FormatInfo>): SubjectCodeCheck["kinds"] {
  const kinds: SubjectCodeCheck["kinds"] = new Map();
  for (const code of list?.codes ?? []) {
    const own = (code as Code & { format?: string }).format;
    const format = own ?? [...formats].find(([, f]) => f.codeNames?.includes(code.zh))?.[0];
    if (format !== undefined && isIdentifierFormat(format)) kinds.set(code.code, { format, code });
  }
  return kinds;
}

export class CompiledContracts {
  readonly ajv: Ajv;
  /** The record schema without the per-data-set dispatch: envelope fields only, context just an object. */
  readonly envelopeSchema: Schema;
  /** The package schema with records just an array (each record is checked on its own). */
  readonly packageSchema: Schema;
  private readonly dataSetSchemas = new Map<number, Schema>();
  private readonly plans = new Map<number, DataSetPlan>();
  private envelopeValidator?: ValidateFunction;
  private packageValidator?: ValidateFunction;

  constructor(
    bundle: SchemaBundle,
    private readonly codelists: Map<string, Codelist>,
    private readonly catalogue: RuleCatalogue,
  ) {
    this.ajv = createAjv([bundle.record, bundle.package, ...bundle.dataSets]);
    for (const s of bundle.dataSets) this.dataSetSchemas.set(Number(s["x-data-no"]), s);
    const record = structuredClone(bundle.record);
    delete record.allOf; // the dispatch on DATA_NO, done here by dataSet()
    delete record.properties.DATA_NO.enum; // an unknown number is rule data-no-unknown
    delete record.properties.context.additionalProperties; // the data set's schema checks the fields
    this.envelopeSchema = { ...record, $id: String(record.$id).replace(/\.json$/, "-envelope.json") };
    const pkg = structuredClone(bundle.package);
    delete pkg.properties.records.items;
    this.packageSchema = { ...pkg, $id: String(pkg.$id).replace(/\.json$/, "-header.json") };
  }

  get envelope(): ValidateFunction {
    return (this.envelopeValidator ??= this.ajv.compile(this.envelopeSchema));
  }

  get packageHeader(): ValidateFunction {
    return (this.packageValidator ??= this.ajv.compile(this.packageSchema));
  }

  /** Every DATA_NO with a contract. */
  get dataNos(): number[] {
    return [...this.dataSetSchemas.keys()];
  }

  /** The compiled data set, or undefined when no contract has that number. */
  dataSet(dataNo: number): DataSetPlan | undefined {
    const plan = this.plans.get(dataNo);
    if (plan) return plan;
    const schema = this.dataSetSchemas.get(dataNo);
    if (!schema) return undefined;
    const props: Record<string, Schema> = schema.properties ?? {};
    const subjectCodes: SubjectCodeCheck[] = [];
    for (const [field, prop] of Object.entries(props)) {
      const typeField = prop["x-code-type-field"];
      if (typeof typeField !== "string") continue;
      const listId = props[typeField]?.["x-codelist"];
      if (listId === undefined) throw new Error(`data set ${dataNo}: ${field} names ${typeField} as its code type field, which has no code list`);
      subjectCodes.push({ field, typeField, placeholder: prop["x-placeholder"], kinds: kindsOf(this.codelists.get(String(listId)), this.catalogue.formats) });
    }
    const codePeriods: CodePeriodCheck[] = [];
    const itemFormats: ItemFormatCheck[] = [];
    const cityLevel: string[] = [];
    const since = new Map<string, string>();
    for (const [field, prop] of Object.entries(props)) {
      const list = prop["x-codelist"] === undefined ? undefined : this.codelists.get(String(prop["x-codelist"]));
      const dated = new Map((list?.codes ?? []).filter((c) => c.validFrom !== undefined || c.validUntil !== undefined).map((c) => [c.code, c]));
      if (list && dated.size > 0) codePeriods.push({ field, list, dated, separator: prop["x-codelist-separator"] });
      const format = prop["x-item-format"];
      if (typeof format === "string" && isIdentifierFormat(format)) itemFormats.push({ field, separator: String(prop["x-separator"]), format });
      if (prop["x-region-level"] === "city") cityLevel.push(field);
      if (prop["x-since"] !== undefined) since.set(field, String(prop["x-since"]));
    }
    const created: DataSetPlan = {
      dataNo,
      dataEn: String(schema["x-data-en"]),
      schema,
      validate: this.ajv.compile(schema),
      hierarchy: CODE_HIERARCHY.filter((f) => f in props).length >= 2,
      subjectCodes: subjectCodes.filter((c) => c.kinds.size > 0),
      codePeriods,
      itemFormats,
      cityLevel,
      since,
      recordDateField: typeof schema["x-record-date"] === "string" ? schema["x-record-date"] : "DATA_TIMESTAMP",
    };
    this.plans.set(dataNo, created);
    return created;
  }
}
