/** Shared by the synthetic-year tests: generated runs, an index over their records, periods and amounts. */
import type { ReportRecord } from "../../specs/reporting/contracts/envelope.ts";
import { loadQualityRules } from "../../src/quality/rules.ts";
import { codelist } from "../../src/specs/codelists.ts";
import { generateYear, type GenerateOptions, type SyntheticYear } from "../../src/synthetic/index.ts";
import { WorkingDays } from "../../src/quality/calendar.ts";
import { calendarDays, dayOf, parseTime } from "../../src/synthetic/time.ts";
import { Validator } from "../../src/validate/index.ts";

export type Ctx = Record<string, string | undefined>;

/** A run held in memory with its year (truth, stats). */
export function run(options: GenerateOptions): { year: SyntheticYear; records: ReportRecord[] } {
  const year = generateYear(options);
  return { year, records: [...year] };
}

/** Records by key, by data set and by section (BID_SECTION_CODE or BID_SECTION_CODES; procurement: the lot). */
export class Index {
  readonly byKey = new Map<string, ReportRecord>();
  readonly byDataNo = new Map<number, ReportRecord[]>();
  readonly bySection = new Map<string, ReportRecord[]>();
  readonly position = new Map<ReportRecord, number>();

  constructor(readonly records: ReportRecord[]) {
    records.forEach((r, i) => {
      this.byKey.set(r.DATA_KEY, r);
      this.position.set(r, i);
      push(this.byDataNo, r.DATA_NO, r);
      const section = sectionOf(r.context);
      if (section) push(this.bySection, section, r);
    });
  }

  of(dataNo: number): ReportRecord[] {
    return this.byDataNo.get(dataNo) ?? [];
  }

  /** The records of a section (or lot) of one data set. */
  in(section: string, dataNo: number): ReportRecord[] {
    return (this.bySection.get(section) ?? []).filter((r) => r.DATA_NO === dataNo);
  }

  /** The values of `field` in the records of `dataNo`. */
  codes(dataNo: number, field: string): Set<string> {
    return new Set(this.of(dataNo).map((r) => r.context[field]!));
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export const sectionOf = (c: Ctx): string | undefined =>
  c.BID_SECTION_CODE ?? c.BID_SECTION_CODES ?? (c.PURCHASE_SECTION_CODE ? `${c.PURCHASE_PROJECT_CODE}|${c.PURCHASE_SECTION_CODE}` : undefined);

const multipliers = new Map(codelist("PRICE_UNIT").codes.map((c) => [c.code, c.multiplier ?? 1]));

/** An amount in yuan, normalised by its PRICE_UNIT code. */
export const yuan = (amount: string | undefined, unit: string | undefined): number => Number(amount) * multipliers.get(unit ?? "")!;

export const days = (from: string, to: string): number => calendarDays(parseTime(from), parseTime(to));
export const hours = (from: string, to: string): number => (parseTime(to) - parseTime(from)) / 3600;
const calendar = WorkingDays.fromSpecs();
export const workdays = (from: string, to: string): number => calendar.between(dayOf(parseTime(from)), dayOf(parseTime(to)));

/** A limit of a quality rule (specs/quality): `min`, `max` or any other parameter. */
export function ruleParam(id: string, name: string): number {
  const v = loadQualityRules().byId.get(id)?.params?.[name];
  if (typeof v !== "number") throw new Error(`specs/quality: rule ${id} has no numeric parameter ${name}`);
  return v;
}

let validator: Validator | undefined;

/** The validator's findings of a record (none for a valid record). */
export function findings(record: ReportRecord) {
  validator ??= new Validator();
  return validator.validateRecord(record);
}
