/**
 * Validation of one report record, and of a package header: the envelope first, then the data set
 * named by DATA_NO (the fast path: two compiled ajv calls for a valid record), then the checks a JSON
 * Schema cannot express — DATA_EN against DATA_NO, the DATA_KEY prefix, the code hierarchy, subject
 * codes by their kind. Every JSON Schema failure becomes a finding of a rule of the catalogue; a
 * field gets one finding at most (the first).
 */
import type { ErrorObject } from "ajv";
import type { Finding } from "../findings/finding.ts";
import { checkCodeHierarchy, checkDataKey, checkDataKeyPrefix, IDENTIFIER_FORMATS, isoDayOf, isIdentifierFormat } from "../identifiers/index.ts";
import { isValidOn, type Code, type Codelist } from "../specs/codelists.ts";
import { fieldInForce, normVersionIndex, type NormVersionChoice } from "../specs/norm-versions.ts";
import { parseNotation } from "../specs/notation.ts";
import { fillMessage, ruleById, ruleForFailure, type MessageParam, type RuleCatalogue } from "./catalogue.ts";
import type { CompiledContracts, DataSetPlan } from "./contracts.ts";
import { schemaAt, type Schema } from "./schemas.ts";

/** Where a record is, and what its package says about it. */
export interface RecordContext {
  /** SYSTEM_NO of the package the record came in; DATA_KEY must start with it. */
  systemNo?: string;
  file?: string;
  /** The record's 1-based line, or a function that finds the line of a path in it (called only for a finding). */
  line?: number | ((path: string) => number | undefined);
  recordIndex?: number;
}

type Params = Record<string, MessageParam>;

export interface CheckerOptions {
  /**
   * The version of the norm a record is judged by (specs/reporting/norm-versions.yaml): a version ID,
   * or `by-date` for the version in force at the record's date. A field a later version introduced
   * (@since) is then not required. The current (last) version by default.
   */
  normVersion?: NormVersionChoice;
}

/** The record's date as yyyy-MM-dd: the first 8 digits of its record-date field, when they are a real day. */
const recordDay = (context: Record<string, unknown>, plan: DataSetPlan): string | undefined => isoDayOf(context[plan.recordDateField]);

/** A code's period, as a message shows it (the catalogue's phrases). */
function periodOf(catalogue: RuleCatalogue, code: Code): MessageParam {
  const { validFrom: from, validUntil: until } = code;
  const phrase = from && until ? "periodFromUntil" : until ? "periodUntil" : "periodFrom";
  return fillMessage(catalogue.phrases[phrase], { from, until });
}

/** A city-level region code: ends in 00 but not in 0000 (350200 厦门市). */
const isCityLevel = (v: string): boolean => /^\d{4}00$/.test(v) && !v.endsWith("0000");
type Scope = "envelope" | "context" | "package";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value as it appears in a message: JSON, cut at 80 characters. */
function show(value: unknown): string {
  if (value === undefined) return "";
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of pointer.split("/").slice(1)) v = isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function notationKind(fieldSchema: Schema | undefined): string | undefined {
  const notation = fieldSchema?.["x-notation"];
  if (typeof notation !== "string") return undefined;
  try {
    return parseNotation(notation).kind;
  } catch {
    return undefined;
  }
}

export class RecordChecker {
  constructor(
    private readonly contracts: CompiledContracts,
    private readonly catalogue: RuleCatalogue,
    private readonly codelists: Map<string, Codelist>,
    private readonly options: CheckerOptions = {},
  ) {
    // An unknown version fails here, once, rather than on the first record.
    if (options.normVersion !== undefined && options.normVersion !== "by-date") normVersionIndex(options.normVersion);
  }

  /** The findings of one record (none when it is valid). */
  checkRecord(record: unknown, ctx: RecordContext = {}): Finding[] {
    const out: Finding[] = [];
    if (!isObject(record)) {
      const detail = fillMessage(ruleForFailure(this.catalogue, { keyword: "type", codelist: false }), { field: { zh: "上报记录", en: "record" }, value: show(record), limit: this.jsonType("object") });
      this.add(out, ctx, undefined, "envelope-invalid", "", { detail });
      return out;
    }
    const { contracts } = this;
    const envelopeValid = contracts.envelope(record);
    if (!envelopeValid) this.addSchemaErrors(out, ctx, record, "envelope", contracts.envelope.errors!, record, contracts.envelopeSchema, "");
    const dataNo = record.DATA_NO;
    if (typeof dataNo !== "number" || !Number.isInteger(dataNo)) return out; // reported by the envelope
    const plan = contracts.dataSet(dataNo);
    if (!plan) {
      this.add(out, ctx, record, "data-no-unknown", "/DATA_NO", { value: show(dataNo) });
      return out;
    }
    if (typeof record.DATA_EN === "string" && record.DATA_EN !== plan.dataEn)
      this.add(out, ctx, record, "data-en-mismatch", "/DATA_EN", { value: show(record.DATA_EN), dataNo, limit: plan.dataEn });
    const key = record.DATA_KEY;
    if (typeof key === "string" && (envelopeValid || checkDataKey(key) === true)) {
      const prefix = checkDataKeyPrefix(key, dataNo, ctx.systemNo);
      if (prefix !== true) this.add(out, ctx, record, "data-key-invalid", "/DATA_KEY", { value: show(key), reason: this.reason("data-key", prefix, { systemNo: ctx.systemNo, dataNo }) });
    }
    const context = record.context;
    if (!isObject(context)) return out; // reported by the envelope
    if (!plan.validate(context)) {
      this.addSchemaErrors(out, ctx, record, "context", plan.validate.errors!, context, plan.schema, "/context", plan);
      if (plan.since.size > 0) this.forgiveLaterFields(out, context, plan);
    }
    if (plan.hierarchy) this.checkHierarchy(out, ctx, record, context, plan);
    if (plan.subjectCodes.length > 0) this.checkSubjectCodes(out, ctx, record, context, plan);
    if (plan.itemFormats.length > 0) this.checkItemFormats(out, ctx, record, context, plan);
    if (plan.codePeriods.length > 0) this.checkCodePeriods(out, ctx, record, context, plan);
    if (plan.cityLevel.length > 0) this.checkCityLevel(out, ctx, record, context, plan);
    return out;
  }

  /** The findings of a package's header (its records are checked one by one with checkRecord). */
  checkPackageHeader(pkg: Record<string, unknown>, ctx: RecordContext = {}): Finding[] {
    const out: Finding[] = [];
    const { packageHeader } = this.contracts;
    if (!packageHeader(pkg)) this.addSchemaErrors(out, ctx, undefined, "package", packageHeader.errors!, pkg, this.contracts.packageSchema, "");
    return out;
  }

  private checkHierarchy(out: Finding[], ctx: RecordContext, record: Record<string, unknown>, context: Record<string, unknown>, plan: DataSetPlan): void {
    const problems = checkCodeHierarchy(context);
    if (problems === true) return;
    for (const { field, parentField } of problems)
      this.add(out, ctx, record, "field-code-hierarchy", `/context/${field}`, {
        field: this.fieldOf(plan, field),
        value: show(context[field]),
        parentField: this.fieldOf(plan, parentField),
        parentValue: show(context[parentField]),
      });
  }

  private checkSubjectCodes(out: Finding[], ctx: RecordContext, record: Record<string, unknown>, context: Record<string, unknown>, plan: DataSetPlan): void {
    for (const { field, typeField, kinds, placeholder } of plan.subjectCodes) {
      const value = context[field];
      const type = context[typeField];
      if (typeof value !== "string" || typeof type !== "string" || value === placeholder) continue;
      const kind = kinds.get(type);
      if (!kind) continue;
      const result = IDENTIFIER_FORMATS[kind.format](value);
      if (result === true) continue;
      const format = this.catalogue.formats.get(kind.format);
      this.add(out, ctx, record, "field-subject-code", `/context/${field}`, {
        field: this.fieldOf(plan, field),
        value: show(value),
        kind: format ? { zh: format.zh, en: format.en } : kind.format,
        typeField: this.fieldOf(plan, typeField),
        typeCode: { zh: `${type}（${kind.code.zh}）`, en: `${type} (${kind.code.en})` },
        reason: this.reason(kind.format, result),
      });
    }
  }

  /**
   * Drops the field-mandatory findings of fields that the version the record is judged by did not have
   * yet (@since a later version): a record of 2017 need not carry a field that V2.0 added in 2018.
   */
  private forgiveLaterFields(out: Finding[], context: Record<string, unknown>, plan: DataSetPlan): void {
    const choice = this.options.normVersion;
    if (choice === undefined) return;
    const day = recordDay(context, plan);
    for (let i = out.length - 1; i >= 0; i--) {
      const f = out[i]!;
      if (f.ruleId !== "field-mandatory" || !f.path.startsWith("/context/")) continue;
      const since = plan.since.get(f.path.slice("/context/".length));
      if (since !== undefined && !fieldInForce(since, choice, day)) out.splice(i, 1);
    }
  }

  /** Each item of a field that lists several (@separator) passes the field's identifier format. */
  private checkItemFormats(out: Finding[], ctx: RecordContext, record: Record<string, unknown>, context: Record<string, unknown>, plan: DataSetPlan): void {
    for (const { field, separator, format } of plan.itemFormats) {
      const value = context[field];
      if (typeof value !== "string") continue;
      for (const item of value.split(separator)) {
        const result = IDENTIFIER_FORMATS[format](item);
        if (result === true) continue;
        const rule = ruleForFailure(this.catalogue, { keyword: "format", format, codelist: false });
        const info = this.catalogue.formats.get(format);
        this.add(out, ctx, record, rule.id, `/context/${field}`, {
          field: this.fieldOf(plan, field),
          value: show(item),
          limit: info ? { zh: info.zh, en: info.en } : format,
          reason: this.reason(format, result),
        });
        break;
      }
    }
  }

  /** Codes valid only for a period are judged at the record's date (rule field-code-period). */
  private checkCodePeriods(out: Finding[], ctx: RecordContext, record: Record<string, unknown>, context: Record<string, unknown>, plan: DataSetPlan): void {
    const day = recordDay(context, plan);
    if (day === undefined) return;
    for (const { field, dated, separator } of plan.codePeriods) {
      const value = context[field];
      if (typeof value !== "string") continue;
      for (const item of separator === undefined ? [value] : value.split(separator)) {
        const code = dated.get(item);
        if (!code || isValidOn(code, day)) continue;
        this.add(out, ctx, record, "field-code-period", `/context/${field}`, {
          field: this.fieldOf(plan, field),
          value: show(item),
          name: code.zh,
          date: day,
          period: periodOf(this.catalogue, code),
        });
        break;
      }
    }
  }

  /** Fields for which the norm asks a city-level region code hold one (rule field-region-level). */
  private checkCityLevel(out: Finding[], ctx: RecordContext, record: Record<string, unknown>, context: Record<string, unknown>, plan: DataSetPlan): void {
    for (const field of plan.cityLevel) {
      const value = context[field];
      if (typeof value !== "string" || isCityLevel(value)) continue;
      this.add(out, ctx, record, "field-region-level", `/context/${field}`, { field: this.fieldOf(plan, field), value: show(value) });
    }
  }

  /** Turns ajv's errors into findings; `prefix` is the pointer of the validated data inside the record. */
  private addSchemaErrors(
    out: Finding[],
    ctx: RecordContext,
    record: Record<string, unknown> | undefined,
    scope: Scope,
    errors: ErrorObject[],
    data: unknown,
    rootSchema: Schema,
    prefix: string,
    plan?: DataSetPlan,
  ): void {
    for (const err of errors) {
      const missing = err.keyword === "required" ? String(err.params.missingProperty) : undefined;
      const extra = err.keyword === "additionalProperties" ? String(err.params.additionalProperty) : undefined;
      const pointer = missing !== undefined || extra !== undefined ? `${err.instancePath}/${missing ?? extra}` : err.instancePath;
      const path = prefix + pointer;
      if (out.some((f) => f.path === path)) continue;
      const fieldSchema = extra === undefined ? schemaAt(rootSchema, pointer) : undefined;
      const name = pointer.slice(pointer.lastIndexOf("/") + 1);
      const value = missing === undefined ? valueAt(data, pointer) : undefined;
      const format = err.keyword === "format" ? String(err.params.format) : undefined;
      const separator = fieldSchema?.["x-separator"] !== undefined;
      const fieldRule = ruleForFailure(this.catalogue, { keyword: err.keyword, format, notation: notationKind(fieldSchema), codelist: fieldSchema?.["x-codelist"] !== undefined, separator });
      const params = this.failureParams(err, fieldSchema, name, value, plan);
      const aliased = err.keyword === "enum" && typeof value === "string" ? this.aliasOf(fieldSchema, value) : undefined;
      if (aliased && scope === "context") {
        this.add(out, ctx, record, "field-code-alias", path, { ...params, code: aliased.code, name: { zh: aliased.zh, en: aliased.en } });
        continue;
      }
      if (scope === "context") {
        this.add(out, ctx, record, fieldRule.id, path, params);
        continue;
      }
      const top = pointer.split("/")[1];
      if (scope === "envelope" && top === "DATA_NO" && !missing) this.add(out, ctx, record, "data-no-unknown", path, { value: show(value) });
      else if (scope === "envelope" && top === "DATA_KEY" && !missing)
        this.add(out, ctx, record, "data-key-invalid", path, { value: show(value), reason: this.reason("data-key", typeof value === "string" ? checkDataKey(value) : "length") });
      else this.add(out, ctx, record, scope === "package" ? "package-invalid" : "envelope-invalid", path, { detail: fillMessage(fieldRule, params) });
    }
  }

  private failureParams(err: ErrorObject, fieldSchema: Schema | undefined, name: string, value: unknown, plan?: DataSetPlan): Params {
    const params: Params = { field: this.fieldLabel(fieldSchema, name), value: show(value), detail: err.message };
    const notation = fieldSchema?.["x-notation"] as string | undefined;
    switch (err.keyword) {
      case "minLength":
      case "maxLength":
        params.limit = notation ?? `${err.keyword === "maxLength" ? "≤" : "≥"} ${err.params.limit}`;
        params.length = typeof value === "string" ? codePoints(value) : undefined;
        break;
      case "pattern":
        if (fieldSchema?.["x-separator"] !== undefined && typeof value === "string") {
          const separator = String(fieldSchema["x-separator"]);
          const fixed = notation === undefined ? undefined : parseNotation(notation);
          const wrong = value.split(separator).find((item) => fixed?.kind === "char" && codePoints(item) !== fixed.fixed);
          params.limit = fillMessage(this.catalogue.phrases.eachItem, { limit: notation, separator });
          params.length = codePoints(wrong ?? value);
          break;
        }
        params.limit = notationKind(fieldSchema) === "number" ? notation : (this.codelistLabel(fieldSchema) ?? String(err.params.pattern));
        break;
      case "enum":
        params.limit = this.codelistLabel(fieldSchema) ?? (err.params.allowedValues as unknown[]).map(show).join(", ");
        break;
      case "type":
        params.limit = this.jsonType(String(err.params.type));
        break;
      case "format": {
        const format = String(err.params.format);
        const info = this.catalogue.formats.get(format);
        params.limit = format.startsWith("yyyy") || !info ? format : { zh: info.zh, en: info.en };
        if (isIdentifierFormat(format) && typeof value === "string") params.reason = this.reason(format, IDENTIFIER_FORMATS[format](value));
        break;
      }
      case "additionalProperties":
        if (plan) params.dataSet = { zh: `${plan.dataNo} ${plan.dataEn}（${plan.schema["x-zh"]}）`, en: `${plan.dataNo} ${plan.dataEn} (${plan.schema["x-en"]})` };
        break;
    }
    return params;
  }

  /** A finding of `ruleId` at `path`, its message filled with `params`. */
  finding(ruleId: string, ctx: RecordContext, path: string, params: Params, record?: Record<string, unknown>): Finding {
    const rule = ruleById(this.catalogue, ruleId);
    const line = typeof ctx.line === "function" ? ctx.line(path) : ctx.line;
    return {
      ruleId,
      severity: rule.severity,
      ...(ctx.file !== undefined ? { file: ctx.file } : {}),
      ...(line !== undefined ? { line } : {}),
      ...(ctx.recordIndex !== undefined ? { recordIndex: ctx.recordIndex } : {}),
      ...(typeof record?.DATA_NO === "number" ? { DATA_NO: record.DATA_NO } : {}),
      ...(typeof record?.DATA_KEY === "string" ? { DATA_KEY: record.DATA_KEY } : {}),
      path,
      message: fillMessage(rule, params),
    };
  }

  private add(out: Finding[], ctx: RecordContext, record: Record<string, unknown> | undefined, ruleId: string, path: string, params: Params): void {
    if (!out.some((f) => f.path === path)) out.push(this.finding(ruleId, ctx, path, params, record));
  }

  /** The worded reason an identifier check gave, filled with `params`. */
  private reason(format: string, code: true | string, params: Params = {}): MessageParam {
    if (code === true) return undefined;
    const text = this.catalogue.formats.get(format)?.reasons[code];
    return text ? fillMessage(text, params) : code;
  }

  /** The code of the field's list that has `value` among its aliases. */
  private aliasOf(fieldSchema: Schema | undefined, value: string): Code | undefined {
    const list = this.codelists.get(fieldSchema?.["x-codelist"] as string);
    return list?.codes.find((c) => c.aliases?.includes(value));
  }

  private codelistLabel(fieldSchema: Schema | undefined): MessageParam {
    const list = this.codelists.get(fieldSchema?.["x-codelist"] as string);
    return list && { zh: `${list.id}（${list.zh}）`, en: `${list.id} (${list.en})` };
  }

  private jsonType(type: string): MessageParam {
    return this.catalogue.jsonTypes[type] ?? type;
  }

  /** A field of the data set, named for a message. */
  private fieldOf(plan: DataSetPlan, name: string): MessageParam {
    return this.fieldLabel(plan.schema.properties?.[name], name);
  }

  private fieldLabel(schema: Schema | undefined, name: string): MessageParam {
    const zh = schema?.["x-zh"];
    const en = schema?.["x-en"];
    return zh && en ? { zh: `${name}（${zh}）`, en: `${name} (${en})` } : name;
  }
}
