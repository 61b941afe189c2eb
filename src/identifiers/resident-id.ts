/**
 * 公民身份号码 — resident identity card number, GB 11643-1999.
 *
 * 18 characters: 6-digit address code (GB/T 2260, of the county where the number was issued),
 * 8-digit birth date yyyyMMdd, 3-digit sequence (odd for men), 1 check character.
 * With the weights W(i) = 2^(17−i) mod 11 = 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 over the
 * first 17 digits, the check character is "10X98765432"[Σ digit·weight mod 11].
 * The birth date must be a real day, from 1890 and not after today (China time). The address code is
 * checked at province level: county codes are merged and renamed, but numbers keep the old one.
 * The 15-digit numbers of GB 11643-1989 were replaced by 2013 and are not accepted.
 */
import { digitsAt } from "./charset.ts";
import { checkDateAt, todayInChina } from "./dates.ts";
import { isProvincePrefix } from "./gbt2260-region.ts";

export type ResidentIdProblem = "length" | "digits" | "region" | "birth-date" | "check-digit";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** The check character of the first 17 digits of `value`, or undefined when one is not a digit. */
export function residentIdCheckChar(value: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    sum += d * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11];
}

/** Checks an 18-character resident ID number; `today` (yyyyMMdd as a number) defaults to today in China. */
export function checkResidentId(value: string, today = todayInChina()): true | ResidentIdProblem {
  if (value.length !== 18) return "length";
  const check = residentIdCheckChar(value);
  if (check === undefined) return "digits";
  if (!isProvincePrefix(value)) return "region";
  const birth = digitsAt(value, 6, 14);
  if (checkDateAt(value, 6) !== true || birth < 18900101 || birth > today) return "birth-date";
  return value[17] === check ? true : "check-digit";
}

export const isResidentId = (value: string): boolean => checkResidentId(value) === true;
