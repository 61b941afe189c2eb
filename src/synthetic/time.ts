/**
 * Times of the synthetic year: whole seconds on a naive China-time clock (Date.UTC arithmetic, never
 * the machine's time zone), written in the norm's yyyyMMddHHmmss and yyyyMMdd notations, and the
 * working-day calendar of the quality rules (specs/quality/common.yaml, weekends only when absent).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "../specs/yaml-file.ts";

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

interface CalendarSpec {
  weekend?: number[];
  holidays?: Array<string | number>;
  workdays?: Array<string | number>;
}

const isoDay = (d: string | number) => dayOf(parseTime(String(d).replace(/-/g, "")));

/** The working-day calendar the quality rules count with: ISO weekend days, holidays, make-up working days. */
export class WorkCalendar {
  private readonly weekend: Set<number>;
  private readonly holidays: Set<number>;
  private readonly workdays: Set<number>;

  constructor(spec: CalendarSpec = {}) {
    this.weekend = new Set(spec.weekend ?? [6, 7]);
    this.holidays = new Set((spec.holidays ?? []).map(isoDay));
    this.workdays = new Set((spec.workdays ?? []).map(isoDay));
  }

  /** The calendar of specs/quality/common.yaml, or weekends only when the file is not there. */
  static fromSpecs(): WorkCalendar {
    const file = join(specsDir, "quality", "common.yaml");
    if (!existsSync(file)) return new WorkCalendar();
    return new WorkCalendar(readYamlFile<{ calendar?: CalendarSpec }>(file).calendar ?? {});
  }

  isWorkday(day: number): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    const iso = ((((day + 3) % 7) + 7) % 7) + 1; // 1970-01-01 (day 0) was a Thursday
    return !this.weekend.has(iso);
  }

  /** The first working day at or after t's day, at t's time of day. */
  onWorkday(t: number): number {
    while (!this.isWorkday(dayOf(t))) t += DAY;
    return t;
  }

  /** Working days after a's day up to and including b's day. */
  workdaysBetween(a: number, b: number): number {
    let n = 0;
    for (let d = dayOf(a) + 1; d <= dayOf(b); d++) if (this.isWorkday(d)) n++;
    return n;
  }

  /** t moved forward by `n` working days (same time of day). */
  addWorkdays(t: number, n: number): number {
    let d = dayOf(t);
    while (n > 0) {
      d++;
      if (this.isWorkday(d)) n--;
    }
    return d * DAY + (t - dayOf(t) * DAY);
  }
}
