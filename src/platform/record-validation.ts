/**
 * The data-contract check of the intake: the foundation's validator (src/validate), with the rules,
 * messages and severities of specs/reporting/validation-rules.yaml — the same findings `ywjy validate`
 * reports, so a receipt's findings read like the validator's.
 */
import type { Finding } from "../findings/finding.ts";
import { defaultValidator, type Validator } from "../validate/index.ts";

export interface ContractCheck {
  /** Findings of one report record: `recordIndex` is its position in the message; its DATA_KEY must start with `systemNo`. */
  record(value: unknown, at: { recordIndex: number; systemNo: string }): Finding[];
  /** Findings of a package's own fields (not of its records). */
  packageHeader(value: Record<string, unknown>): Finding[];
}

export function contractCheck(validator: Validator = defaultValidator()): ContractCheck {
  return {
    record: (value, at) => validator.validateRecord(value, at),
    packageHeader: (value) => validator.checker.checkPackageHeader(value),
  };
}
