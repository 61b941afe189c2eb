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

// The reporting channel (specs/reporting/asyncapi.yaml): message, receipt and reconciliation types and
// constants, and the platform side — the intake, reconciliation and the mock city platform.
export * from "../generated/sdk/channel.ts";
// The city platform's endpoints a system uses (specs/platform/endpoints.yaml).
export { PLATFORM_ORIGIN, PLATFORM_PATHS, type PlatformEndpointId } from "../generated/sdk/platform.ts";
export { startMockPlatform, Intake, Registry, FaultInjector, loadPlatformConfig, buildManifest, compareManifest, recordDigest, bucketDigest, orderingKeyOf } from "./platform/index.ts";
export type { MockPlatform, MockPlatformOptions, ClientConfig, TestUser, FaultRule, IntakeOptions, IntakeLimits, IntakeEvent, StoredRecord } from "./platform/index.ts";

// The data-quality check across records (rules: specs/quality/): dimension scores, collusion warnings, notices.
export { checkQuality, checkRecords, createRun, loadQualityRules, DIMENSIONS as QUALITY_DIMENSIONS } from "./quality/index.ts";
export type { QualityOptions, QualityResult, QualitySummary, DimensionResult, RuleResult, GroupResult, SystemResult, Notice, QualityRule, QualityRuleBook } from "./quality/index.ts";

// Checking the spec bundle before generation (ywjy lint): problems with file, line and a stable rule ID.
export { lintBundle, formatLintText, LINT_RULES, type LintOptions, type LintProblem, type LintResult, type LintRuleId } from "./lint/index.ts";

// Versions of the data norm (specs/reporting/norm-versions.yaml), which `normVersion` of the validator and the quality check names.
export { loadNormVersions, type NormVersion, type NormVersionChoice } from "./specs/norm-versions.ts";

// Fidelity of the contracts to the Fujian intake's configuration (npm run fidelity).
export { compareWithIntake, loadIntakeSnapshot, type FidelityResult } from "./lint/fidelity.ts";

// A synthetic year of Xiamen trading data (report records) with planted defects and collusion patterns, and their truth list.
export { generateYear, writeYear, SyntheticYear, PLANT_KINDS, type GenerateOptions, type Plant, type Truth } from "./synthetic/index.ts";
