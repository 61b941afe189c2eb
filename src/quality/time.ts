/**
 * Times of the quality rules: the norm's yyyyMMddHHmmss and yyyyMMdd values as whole seconds since
 * 2000-01-01 00:00 on a naive China-time clock (Date.UTC arithmetic, never the machine's time zone),
 * and the three ways a rule counts a period (specs/quality/timeliness.yaml): calendar days, working
 * days (./calendar.ts), hours. Counting from 2000 keeps times up to 2034 small integers, which V8 stores without
 * allocating: the index holds many of them.
 */
import { digitsAt } from "../identifiers/charset.ts";
import { checkYyyyMMdd, checkYyyyMMddHHmmss } from "../identifiers/dates.ts";
import type { WorkingDays } from "./calendar.ts";

export const DAY = 86_400;
/** 2000-01-01 00:00:00 in Unix seconds: the origin of the times here. */
const EPOCH = 946_684_800;
/** The day number from 1970 (the working-day calendar's) of day 0 here. */
const EPOCH_DAYS = EPOCH / DAY;

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

/** The period from `a` to `b` (seconds), counted as the rule says. */
export function period(counting: Counting, a: number, b: number, workdays: WorkingDays): number {
  switch (counting) {
    case "calendar-days":
      return dayOf(b) - dayOf(a);
    case "working-days":
      return workdays.between(dayOf(a) + EPOCH_DAYS, dayOf(b) + EPOCH_DAYS);
    case "hours":
      return (b - a) / 3600;
  }
}
