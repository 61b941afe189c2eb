/**
 * 组织机构代码 — organisation code, GB 11714-1997 (全国组织机构代码编制规则).
 *
 * 9 characters: an 8-character body of digits and capital letters, then a check character.
 * Each body character has a value (0–9 for digits, A=10 … Z=35); with the weights
 * 3, 7, 9, 10, 5, 8, 4, 2 the check value is C9 = 11 − (Σ value·weight mod 11),
 * written as a digit, "X" for 10 and "0" for 11. Usually printed as XXXXXXXX-X; the dash is
 * not part of the code. Positions 9–17 of a unified social credit code are such a code (GB 32100).
 */
import { alphabetTable, valueAt } from "./charset.ts";

export type OrganizationCodeProblem = "length" | "charset" | "check-digit";

const BODY = alphabetTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "0123456789X0"; // index = 11 − (Σ mod 11): 10 → X, 11 → 0

/** The check character of the 8-character body value[from, from+8), or undefined when a character is not allowed. */
export function organizationCheckChar(value: string, from = 0): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = valueAt(BODY, value, from + i);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return CHECK_CHARS[11 - (sum % 11)];
}

/** Checks a 9-character organisation code (no dash). */
export function checkOrganizationCode(value: string): true | OrganizationCodeProblem {
  if (value.length !== 9) return "length";
  const check = organizationCheckChar(value);
  if (check === undefined) return "charset";
  return value[8] === check ? true : "check-digit";
}

export const isOrganizationCode = (value: string): boolean => checkOrganizationCode(value) === true;
