/**
 * 统一社会信用代码 — unified social credit code, GB 32100-2015
 * (法人和其他组织统一社会信用代码编码规则).
 *
 * 18 characters from the 31-character alphabet 0123456789ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z):
 *   1     登记管理部门码 registration authority
 *   2     机构类别码 organisation kind
 *   3–8   登记管理机关行政区划码 region (GB/T 2260)
 *   9–17  主体标识码 the organisation code of GB 11714, with its own check digit (./organization-code.ts)
 *   18    校验码 check character.
 * Each of the first 17 characters has its index in the alphabet as value; with the weights
 * 3^(i−1) mod 31 = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 the check value is
 * C18 = 31 − (Σ value·weight mod 31), 31 written as 0, and the check character is the alphabet's C18th.
 */
import { alphabetTable, valueAt } from "./charset.ts";
import { organizationCheckChar } from "./organization-code.ts";

export type UsccProblem = "length" | "charset" | "org-check-digit" | "check-digit";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const TABLE = alphabetTable(ALPHABET);
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of `value`, or undefined when one is not in the alphabet. */
export function usccCheckChar(value: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = valueAt(TABLE, value, i);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Checks a unified social credit code: length, alphabet, the embedded organisation code's check digit, the check character. */
export function checkUscc(value: string): true | UsccProblem {
  if (value.length !== 18) return "length";
  const check = usccCheckChar(value);
  if (check === undefined || valueAt(TABLE, value, 17) < 0) return "charset";
  if (value[16] !== organizationCheckChar(value, 8)) return "org-check-digit";
  return value[17] === check ? true : "check-digit";
}

export const isUscc = (value: string): boolean => checkUscc(value) === true;
