/**
 * ywjy/sdk — what a vendor builds a connecting trading system (or a client of one) on.
 *
 * - Types of the access standard, generated from specs/access/openapi.yaml: `paths`, `operations`,
 *   `components`, OperationId, ProblemCode, and the scenario catalogue; the report-record types of the
 *   data contracts.
 * - The document at runtime with validators compiled from it (./openapi.ts), server helpers
 *   (./server.ts), a typed client (./client.ts), the audit hash chain (./audit-chain.ts), the scenario
 *   catalogue (./scenarios.ts), deep-link templates (./uri-template.ts), the RecordSink seam through
 *   which a system hands every record it makes to the reporting channel (./record-sink.ts), the
 *   publisher behind it (./publisher.ts), and a sandbox's reconciliation after each burst
 *   (./reconciling-sink.ts).
 * - Platform access tokens: the verifier a system checks bearer tokens with.
 */
export type { components, operations, paths, OperationId, ProblemCode, ScenarioName } from "../../generated/sdk/access.ts";
export { SCENARIO_CATALOGUE } from "../../generated/sdk/access.ts";
export type * from "../../generated/sdk/reporting.ts";

export * from "./openapi.ts";
export * from "./server.ts";
export * from "./client.ts";
export * from "./audit-chain.ts";
export * from "./scenarios.ts";
export * from "./uri-template.ts";
export * from "./record-sink.ts";
export * from "./publisher.ts";
export * from "./reconciling-sink.ts";
export * from "./sso.ts";

export { accessTokenVerifier, MAX_TOKEN_LIFETIME_SECONDS, TokenError, type AccessTokenClaims, type KeySource, type TokenErrorCode } from "../auth/access-tokens.ts";
export type { Jwks } from "../auth/keys.ts";
