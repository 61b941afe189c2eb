/**
 * ywjy — the package's public library: validators of reported trading data, the identifier checks,
 * and the report-record types of the data contracts (generated/sdk/reporting.ts).
 *
 *   import { validateRecord, validateFile, isUscc } from "ywjy";
 *
 * Other entry points: "ywjy/sdk" for building a connecting trading system. Further modules add their
 * exports here (one line each).
 */
export type * from "../generated/sdk/reporting.ts";
export type { Finding, Severity } from "./findings/finding.ts";

// Validation of reported data (rules: specs/reporting/validation-rules.yaml).
export * from "./validate/index.ts";

// Identifier checks (GB 32100, GB 11714, GB 11643, GB/T 2260, GB/T 40058, …), each `checkX` → true or a reason, `isX` → boolean.
export * from "./identifiers/index.ts";
