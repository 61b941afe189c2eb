/**
 * DATA_KEY — the record key of the reporting envelope (数据规范 4.0 §1.3 title.DATA_KEY).
 *
 * 22 characters: SYSTEM_NO (4 letters or digits, the reporting system), DATA_NO (3 or 4 digits,
 * the data set), then the system's own key; printable ASCII without spaces. Unique per record.
 * That the key starts with the package's SYSTEM_NO and the record's own DATA_NO is a record-level
 * check of the validator (checkDataKeyPrefix), since a format sees one value only.
 */
import { alphabetTable, digitsAt, valueAt } from "./charset.ts";

export type DataKeyProblem = "length" | "system-no" | "data-no" | "charset";

const ALNUM = alphabetTable("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

export function checkDataKey(value: string): true | DataKeyProblem {
  if (value.length !== 22) return "length";
  for (let i = 0; i < 4; i++) if (valueAt(ALNUM, value, i) < 0) return "system-no";
  if (digitsAt(value, 4, 7) < 0) return "data-no";
  for (let i = 7; i < 22; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return "charset";
  }
  return true;
}

export const isDataKey = (value: string): boolean => checkDataKey(value) === true;

/** Checks that `key` starts with SYSTEM_NO (when known) followed by the record's DATA_NO. */
export function checkDataKeyPrefix(key: string, dataNo: number, systemNo?: string): true | "system-no-prefix" | "data-no-prefix" {
  if (systemNo !== undefined && !key.startsWith(systemNo)) return "system-no-prefix";
  return key.startsWith(String(dataNo), systemNo?.length ?? 4) ? true : "data-no-prefix";
}
