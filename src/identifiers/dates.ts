/**
 * The norm's date and time notations (数据规范 4.0 数据类型及格式): `yyyyMMdd` and `yyyyMMddHHmmss`,
 * digits only, which must name a real calendar day (Gregorian leap years) and a real time of day.
 * Years 1900–9999 are accepted: 99991231 is the usual "no expiry" date of certificates.
 * Arithmetic on char codes only: these checks run on every date field of every record.
 */
import { digitsAt } from "./charset.ts";

export type DateProblem = "length" | "digits" | "year" | "month" | "day" | "time";

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!;
}

/** Checks the yyyyMMdd date written at value[from, from+8). */
export function checkDateAt(value: string, from: number): true | DateProblem {
  const year = digitsAt(value, from, from + 4);
  const month = digitsAt(value, from + 4, from + 6);
  const day = digitsAt(value, from + 6, from + 8);
  if (year < 0 || month < 0 || day < 0) return "digits";
  if (year < 1900) return "year";
  if (month < 1 || month > 12) return "month";
  if (day < 1 || day > daysInMonth(year, month)) return "day";
  return true;
}

/** A yyyyMMdd date such as 20261127. */
export function checkYyyyMMdd(value: string): true | DateProblem {
  return value.length === 8 ? checkDateAt(value, 0) : "length";
}

/** A yyyyMMddHHmmss time such as 20261127093000 (hours 00–23, minutes and seconds 00–59). */
export function checkYyyyMMddHHmmss(value: string): true | DateProblem {
  if (value.length !== 14) return "length";
  const date = checkDateAt(value, 0);
  if (date !== true) return date;
  const h = digitsAt(value, 8, 10);
  const m = digitsAt(value, 10, 12);
  const s = digitsAt(value, 12, 14);
  if (h < 0 || m < 0 || s < 0) return "digits";
  return h <= 23 && m <= 59 && s <= 59 ? true : "time";
}

export const isYyyyMMdd = (value: string): boolean => checkYyyyMMdd(value) === true;
export const isYyyyMMddHHmmss = (value: string): boolean => checkYyyyMMddHHmmss(value) === true;

let today = { value: 0, until: 0 };

/** Today in China (UTC+8) as the number yyyyMMdd; recomputed only when the day changes. */
export function todayInChina(now = Date.now()): number {
  if (now >= today.until || now < today.until - 86_400_000) {
    const d = new Date(now + 8 * 3_600_000);
    const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - 8 * 3_600_000;
    today = { value: d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate(), until: midnight + 86_400_000 };
  }
  return today.value;
}

/** The day (yyyy-MM-dd) of a yyyyMMdd or yyyyMMddHHmmss value whose first 8 digits are a real date; undefined otherwise. */
export function isoDayOf(v: unknown): string | undefined {
  if (typeof v !== "string" || v.length < 8 || checkYyyyMMdd(v.slice(0, 8)) !== true) return undefined;
  return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
}
