/**
 * Times of the synthetic year: whole seconds on a naive China-time clock (Date.UTC arithmetic, never
 * the machine's time zone), written in the norm's yyyyMMddHHmmss and yyyyMMdd notations, and moves
 * along the working-day calendar of the quality rules (src/quality/calendar.ts).
 */
import type { WorkingDays } from "../quality/calendar.ts";

export const DAY = 86_400;
export const HOUR = 3_600;
export const MINUTE = 60;

/** Seconds of a calendar date (and time of day) on the naive clock. */
export function at(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
}

export const dayOf = (t: number): number => Math.floor(t / DAY);
export const startOfDay = (t: number): number => dayOf(t) * DAY;

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;
/** yyyyMMdd by day number (days since 1970: positive for any date the generator makes but birthdays). */
const dayCache: string[] = [];
/** "HHmm" of each minute of the day, and "ss" of each second. */
const HHMM = Array.from({ length: 1440 }, (_, m) => pad2(Math.floor(m / 60)) + pad2(m % 60));
const SS = Array.from({ length: 60 }, (_, s) => pad2(s));

/** yyyyMMdd of the day containing t. */
export function ymd(t: number): string {
  const day = dayOf(t);
  let s = day >= 0 && day < 100_000 ? dayCache[day] : undefined;
  if (s === undefined) {
    const d = new Date(day * DAY * 1000);
    s = `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}`;
    if (day >= 0 && day < 100_000) dayCache[day] = s;
  }
  return s;
}

/** yyyyMMddHHmmss of t. */
export function ymdhms(t: number): string {
  const s = t - dayOf(t) * DAY;
  return ymd(t) + HHMM[Math.floor(s / MINUTE)]! + SS[s % MINUTE]!;
}

/** Seconds of a yyyyMMddHHmmss or yyyyMMdd string. */
export function parseTime(text: string): number {
  return at(+text.slice(0, 4), +text.slice(4, 6), +text.slice(6, 8), +(text.slice(8, 10) || 0), +(text.slice(10, 12) || 0), +(text.slice(12, 14) || 0));
}

/** Whole calendar days from a's day to b's day (the day of a not counted, time of day ignored). */
export const calendarDays = (a: number, b: number): number => dayOf(b) - dayOf(a);

/** t moved to the first working day at or after its day (same time of day). */
export const onWorkday = (cal: WorkingDays, t: number): number => t + (cal.atOrAfter(dayOf(t)) - dayOf(t)) * DAY;

/** t moved forward by `n` working days (same time of day). */
export const addWorkdays = (cal: WorkingDays, t: number, n: number): number => t + (cal.add(dayOf(t), n) - dayOf(t)) * DAY;
