/**
 * Identifier checks of the reporting norms, one module per identifier, each a pure function that
 * returns true or the reason the value fails (`checkX`), with a boolean shorthand (`isX`).
 * The validator registers IDENTIFIER_FORMATS as ajv formats under these names, which the data
 * contracts use as `@format NAME`; the reasons are worded in specs/reporting/validation-rules.yaml.
 */
import { checkDataKey } from "./data-key.ts";
import { checkYyyyMMdd, checkYyyyMMddHHmmss } from "./dates.ts";
import { checkRegion } from "./gbt2260-region.ts";
import { checkInvestProjectCode } from "./invest-project-code.ts";
import { checkOrganizationCode } from "./organization-code.ts";
import { checkResidentId } from "./resident-id.ts";
import { checkUnifiedDealCode } from "./unified-deal-code.ts";
import { checkUscc } from "./uscc.ts";

export * from "./code-hierarchy.ts";
export * from "./data-key.ts";
export * from "./dates.ts";
export * from "./gbt2260-region.ts";
export * from "./invest-project-code.ts";
export * from "./organization-code.ts";
export * from "./resident-id.ts";
export * from "./unified-deal-code.ts";
export * from "./uscc.ts";

/** A check of one value: true, or the reason (a kebab-case word) it fails. */
export type IdentifierCheck = (value: string) => true | string;

/** The identifier formats by their ajv format name. */
export const IDENTIFIER_FORMATS = {
  uscc: checkUscc,
  "organization-code": checkOrganizationCode,
  "resident-id": (value: string) => checkResidentId(value),
  "gbt2260-region": checkRegion,
  "invest-project-code": checkInvestProjectCode,
  "unified-deal-code": checkUnifiedDealCode,
  "data-key": checkDataKey,
  yyyyMMddHHmmss: checkYyyyMMddHHmmss,
  yyyyMMdd: checkYyyyMMdd,
} as const satisfies Record<string, IdentifierCheck>;

export type IdentifierFormat = keyof typeof IDENTIFIER_FORMATS;

export function isIdentifierFormat(name: string): name is IdentifierFormat {
  return Object.hasOwn(IDENTIFIER_FORMATS, name);
}
