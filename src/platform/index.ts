/**
 * The platform side of the reporting channel and of the access standard: the intake (receipts,
 * sequence tracking, stored records), reconciliation, the OpenID provider, fault injection, and the
 * mock platform that serves them all.
 */
export * from "./config.ts";
export * from "./faults.ts";
export * from "./intake.ts";
export * from "./oidc.ts";
export * from "./ordering.ts";
export * from "./receipts.ts";
export * from "./reconciliation.ts";
export * from "./registry.ts";
export * from "./server.ts";
export * from "./state.ts";
