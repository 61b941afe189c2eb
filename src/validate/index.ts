/**
 * The validator of reported data, for `ywjy validate` and for vendors:
 *
 *   import { validateRecord, validateFile } from "ywjy";
 *   const findings = validateRecord(record);              // [] when the record is valid
 *   const run = validateFile("data/2026-11.ndjson");
 *   for await (const f of run) console.log(f.ruleId, f.path, f.message.zh);
 *   console.log(run.summary);
 *
 * Rules, messages and severities are those of specs/reporting/validation-rules.yaml; the contracts are
 * the generated JSON Schemas. The schemas compile once, on first use, each data set when first met.
 */
import type { ReportPackage, TypedReportRecord } from "../../generated/sdk/reporting.ts";
import type { Finding } from "../findings/finding.ts";
import { loadCodelists, type Codelist } from "../specs/codelists.ts";
import type { NormVersionChoice } from "../specs/norm-versions.ts";
import { loadValidationRules, type RuleCatalogue } from "./catalogue.ts";
import { CompiledContracts } from "./contracts.ts";
import {
  emptySummary,
  validateFileWith,
  validateJsonValue,
  validateLines,
  validateNdjsonStream,
  type FindingStream,
  type InputOptions,
} from "./input.ts";
import { RecordChecker, type RecordContext } from "./record.ts";
import { loadGeneratedSchemas, type SchemaBundle } from "./schemas.ts";

export { addSummary, emptySummary, InputError, type FindingStream, type InputOptions, type ValidationSummary } from "./input.ts";
export { loadValidationRules, type FormatInfo, type RuleCatalogue, type ValidationRule } from "./catalogue.ts";
export type { CheckerOptions, RecordContext } from "./record.ts";
export type { SchemaBundle } from "./schemas.ts";

export interface ValidatorOptions {
  /** The JSON Schemas to validate against; generated/schemas by default. */
  schemas?: SchemaBundle;
  /** The code lists; specs/codelists by default. */
  codelists?: Map<string, Codelist>;
  /** The rule catalogue; specs/reporting/validation-rules.yaml by default. */
  catalogue?: RuleCatalogue;
  /**
   * The version of the norm records are judged by (specs/reporting/norm-versions.yaml): a version ID, or
   * `by-date` for the version in force at each record's date; the current version by default.
   */
  normVersion?: NormVersionChoice;
}

const hasError = (findings: Finding[]) => findings.some((f) => f.severity === "error");

/** A validator over one set of contracts. Create one and reuse it: its schemas compile on first use. */
export class Validator {
  private compiled?: RecordChecker;

  constructor(private readonly options: ValidatorOptions = {}) {}

  /** The record checker, built on first use. */
  get checker(): RecordChecker {
    if (!this.compiled) {
      const catalogue = this.options.catalogue ?? loadValidationRules();
      const codelists = this.options.codelists ?? loadCodelists();
      const contracts = new CompiledContracts(this.options.schemas ?? loadGeneratedSchemas(), codelists, catalogue);
      this.compiled = new RecordChecker(contracts, catalogue, codelists, { normVersion: this.options.normVersion });
    }
    return this.compiled;
  }

  /** The findings of one report record; none when it is valid. */
  validateRecord(record: unknown, context: RecordContext = {}): Finding[] {
    return this.checker.checkRecord(record, context);
  }

  /** The findings of a report package (header and records), a JSON array of records, or one record. */
  validatePackage(value: unknown, options: InputOptions = {}): Finding[] {
    return [...validateJsonValue(this.checker, value, options, emptySummary())];
  }

  /** Whether `record` is a valid report record (warnings allowed), typed by its DATA_NO. */
  isReportRecord(record: unknown): record is TypedReportRecord {
    return !hasError(this.validateRecord(record));
  }

  /** Whether `value` is a valid report package (warnings allowed). */
  isReportPackage(value: unknown): value is ReportPackage {
    return typeof value === "object" && value !== null && !Array.isArray(value) && "records" in value && !hasError(this.validatePackage(value));
  }

  /** Validates NDJSON from a stream (one record per line), line by line. */
  validateStream(input: NodeJS.ReadableStream | AsyncIterable<string>, options: InputOptions = {}): FindingStream {
    return Symbol.asyncIterator in input && !("pipe" in input)
      ? validateLines(this.checker, input as AsyncIterable<string>, options)
      : validateNdjsonStream(this.checker, input as NodeJS.ReadableStream, options);
  }

  /** Validates a file: a package, an array of records, one record, or NDJSON (streamed). */
  validateFile(path: string, options: InputOptions = {}): FindingStream {
    return validateFileWith(this.checker, path, options);
  }
}

let shared: Validator | undefined;

/** The validator over the bundle's own contracts, created on first use. */
export function defaultValidator(): Validator {
  return (shared ??= new Validator());
}

/** The findings of one report record against the bundle's contracts; none when it is valid. */
export const validateRecord = (record: unknown, context?: RecordContext): Finding[] => defaultValidator().validateRecord(record, context);

/** The findings of a report package (or an array of records, or one record). */
export const validatePackage = (value: unknown, options?: InputOptions): Finding[] => defaultValidator().validatePackage(value, options);

/** Whether `record` is a valid report record (warnings allowed), typed by its DATA_NO. */
export const isReportRecord = (record: unknown): record is TypedReportRecord => defaultValidator().isReportRecord(record);

/** Whether `value` is a valid report package (warnings allowed). */
export const isReportPackage = (value: unknown): value is ReportPackage => defaultValidator().isReportPackage(value);

/** Validates NDJSON from a stream, line by line; iterate the findings, then read `.summary`. */
export const validateStream = (input: NodeJS.ReadableStream | AsyncIterable<string>, options?: InputOptions): FindingStream =>
  defaultValidator().validateStream(input, options);

/** Validates a file (package, array, record or NDJSON); iterate the findings, then read `.summary`. */
export const validateFile = (path: string, options?: InputOptions): FindingStream => defaultValidator().validateFile(path, options);
