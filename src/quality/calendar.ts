/**
 * The working-day calendar of specs/quality/common.yaml: ISO weekend days, statutory holidays, and the
 * weekend days worked instead (调休). Government procurement counts some periods in working days
 * (政府采购 “工作日”); the quality rules count them with this calendar and the synthetic year plans its
 * dates with it, so that the two agree.
 *
 * Days are numbered from 1970-01-01 (day 0, a Thursday) on the naive China-time clock.
 */
import { loadQualityRules, type WorkCalendar } from "./rules.ts";

const DAY_MS = 86_400_000;

/** The day number of a yyyyMMdd date; throws naming the calendar when it is not one. */
function dayNumber(d: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(d);
  const ms = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : NaN;
  if (!m || new Date(ms).getUTCDate() !== +m[3]!) throw new Error(`specs/quality/common.yaml: calendar day ${d} is not a yyyyMMdd date`);
  return ms / DAY_MS;
}

export class WorkingDays {
  private readonly weekend: Set<number>;
  private readonly holidays: Set<number>;
  private readonly workdays: Set<number>;

  constructor(calendar: Pick<WorkCalendar, "weekend" | "holidays" | "workdays">) {
    this.weekend = new Set(calendar.weekend);
    this.holidays = new Set(calendar.holidays.map(dayNumber));
    this.workdays = new Set(calendar.workdays.map(dayNumber));
  }

  /** The calendar of specs/quality/common.yaml. */
  static fromSpecs(): WorkingDays {
    return new WorkingDays(loadQualityRules().calendar);
  }

  isWorkday(day: number): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !this.weekend.has(((((day + 3) % 7) + 7) % 7) + 1);
  }

  /** Working days after day `from` up to and including day `to` (negative when `to` is before `from`). */
  between(from: number, to: number): number {
    if (to < from) return -this.between(to, from);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (this.isWorkday(d)) n++;
    return n;
  }

  /** The day `n` working days after `day`. */
  add(day: number, n: number): number {
    let d = day;
    while (n > 0) if (this.isWorkday(++d)) n--;
    return d;
  }

  /** `day` itself when it is a working day, else the next working day. */
  atOrAfter(day: number): number {
    let d = day;
    while (!this.isWorkday(d)) d++;
    return d;
  }
}
