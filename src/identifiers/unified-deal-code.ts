/**
 * 统一交易标识码 — unified deal code of the national public-resource trading data norms (c40).
 *
 * Its structure is not published; the reference decomposes a real code,
 * A02-123100007847653857-20161012-000015-Q, as 3-18-8-6-1 characters with four dashes (40 in all):
 *   A02                  trade kind, 3 capital letters or digits (same shape as TENDER_PROJECT_TYPE)
 *   123100007847653857   the unified social credit code (GB 32100) of, most likely, the platform operator
 *   20161012             a date yyyyMMdd
 *   000015               a 6-digit serial
 *   Q                    one capital letter or digit (check character or flag; unknown).
 * Because the structure is inferred, a failure is a warning (rule field-unified-deal-code).
 */
import { alphabetTable, digitsAt, valueAt } from "./charset.ts";
import { checkDateAt } from "./dates.ts";
import { checkUscc } from "./uscc.ts";

export type UnifiedDealCodeProblem = "length" | "shape" | "uscc" | "date";

const UPPER_ALNUM = alphabetTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const DASHES = [3, 22, 31, 38];

export function checkUnifiedDealCode(value: string): true | UnifiedDealCodeProblem {
  if (value.length !== 40) return "length";
  for (const i of DASHES) if (value.charCodeAt(i) !== 45 /* - */) return "shape";
  for (const i of [0, 1, 2, 39]) if (valueAt(UPPER_ALNUM, value, i) < 0) return "shape";
  if (digitsAt(value, 32, 38) < 0) return "shape";
  if (checkUscc(value.slice(4, 22)) !== true) return "uscc";
  return checkDateAt(value, 23) === true ? true : "date";
}

export const isUnifiedDealCode = (value: string): boolean => checkUnifiedDealCode(value) === true;
