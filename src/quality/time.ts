/**
 * Times of the quality rules: the norm's yyyyMMddHHmmss and yyyyMMdd values as whole seconds since
 * 2000-01-01 00:00 on a naive China-time clock (Date.UTC arithmetic, never the machine's time zone),
 * and the three ways a rule counts a period (specs/quality/timeliness.yaml): calendar days, working
 * days, hours. Counting from 2000 keeps times up to 2034 small integers, which V8 stores without
 * allocating: the index holds many of them.
 */
import { digitsAt } from "../identifiers/charset.ts";
import { checkYyyyMMdd, checkYyyyMMddHHmmss } from "../identifiers/dates.ts";
import type { WorkCalendar } from "./rules.ts";

export const DAY = 86_400;
/** 2000-01-01 00:00:00 in Unix seconds: the origin of the times here. */
const EPOCH = 946_684_800;

/** Seconds of a yyyyMMddHHmmss or yyyyMMdd value; undefined when it is not a real date and time. */
export function parseStamp(v: unknown): number | undefined {
  if (typeof v !== "string" || (v.length !== 14 && v.length !== 8)) return undefined;
  if ((v.length === 14 ? checkYyyyMMddHHmmss(v) : checkYyyyMMdd(v)) !== true) return undefined;
  const time = v.length === 14 ? digitsAt(v, 8, 10) * 3600 + digitsAt(v, 10, 12) * 60 + digitsAt(v, 12, 14) : 0;
  return Date.UTC(digitsAt(v, 0, 4), digitsAt(v, 4, 6) - 1, digitsAt(v, 6, 8)) / 1000 - EPOCH + time;
}

/** A time of parseStamp as yyyyMMddHHmmss. */
export const formatStamp = (t: number): string => new Date((t + EPOCH) * 1000).toISOString().replace(/\D/g, "").slice(0, 14);

export const dayOf = (t: number): number => Math.floor(t / DAY);

/** A value as a reader writes it: 2026-11-01 09:00:00 (the raw value when it is not a date). */
export function showStamp(v: string): string {
  if (v.length === 14) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)} ${v.slice(8, 10)}:${v.slice(10, 12)}:${v.slice(12, 14)}`;
  if (v.length === 8) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  return v;
}

export type Counting = "calendar-days" | "working-days" | "hours";

/** The working-day calendar (weekends, holidays, make-up working days) of specs/quality/common.yaml. */
export class Workdays {
  private readonly weekend: Set<number>;
  private readonly holidays: Set<number>;
  private readonly workdays: Set<number>;

  constructor(calendar: Pick<WorkCalendar, "weekend" | "holidays" | "workdays">) {
    const day = (d: string) => {
      const t = parseStamp(d);
      if (t === undefined) throw new Error(`specs/quality/common.yaml: calendar day ${d} is not a yyyyMMdd date`);
      return dayOf(t);
    };
    this.weekend = new Set(calendar.weekend);
    this.holidays = new Set(calendar.holidays.map(day));
    this.workdays = new Set(calendar.workdays.map(day));
  }

  isWorkday(day: number): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !this.weekend.has(((day + 5) % 7 + 7) % 7 + 1); // day 0, 2000-01-01, was a Saturday (ISO 6)
  }

  /** Working days after a's day up to and including b's day (negative when b is before a). */
  between(a: number, b: number): number {
    const from = dayOf(a);
    const to = dayOf(b);
    if (to < from) return -this.between(b, a);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorkday(d)) n++;
    return n;
  }
}

/** The period from `a` to `b` (seconds), counted as the rule says. */
export function period(counting: Counting, a: number, b: number, workdays: Workdays): number {
  switch (counting) {
    case "calendar-days":
      return dayOf(b) - dayOf(a);
    case "working-days":
      return workdays.between(a, b);
    case "hours":
      return (b - a) / 3600;
  }
}
