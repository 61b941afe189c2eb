/**
 * Kind `interval`: the period from one time to another, counted in calendar days, working days or
 * hours, is at least `min` or at most `max` (specs/quality/timeliness.yaml explains the targets).
 * A target whose `from` is in another record, or that depends on a parent record, is checked at the
 * end, against the earliest `from` time of its join key. A joined `from` may name an amount band
 * (`amount`): only records whose amount, in yuan, lies in it count, so that a statute's period can
 * depend on the price (32号令 art. 48: 10 working days above ¥1 million, 20 above ¥10 million).
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";
import { period, showStamp, type Counting } from "../time.ts";
import { matches, push, type When } from "./common.ts";

/** An amount field (in the unit its unit field names) that lies above `aboveYuan` and at most `atMostYuan`. */
interface AmountBand {
  field: string;
  unit: string;
  /** When named, only a price given as an amount (PRICE_FORM_CODE) is in the band. */
  priceForm?: string;
  aboveYuan?: number;
  atMostYuan?: number;
}
interface JoinedFrom {
  dataNo: number;
  field: string;
  join: string;
  amount?: AmountBand;
}
interface Target {
  dataNo: number;
  from: string | JoinedFrom;
  to: string;
  when?: When;
  parent?: { join: string; dataNo: number; when: When };
  path?: "from" | "to";
  addsOnly?: boolean;
  /** join key → earliest `from` time (joined from only) */
  fromTimes: Map<string, number>;
  /** join key → whether the parent meets `when` */
  parents: Map<string, boolean>;
  pending: Array<{ to: number; toValue: string; from?: number; fromValue?: string; keys: readonly string[]; parentKeys: readonly string[]; ref: RecordRef }>;
}

export class Interval extends Evaluator {
  readonly dataNos: number[];
  private readonly targets: Target[];
  private readonly counting: Counting;
  private readonly min?: number;
  private readonly max?: number;
  /** Earliest `from` values as written, per target and key, for messages. */
  private readonly fromValues = new Map<string, string>();
  /** The targets each data set plays a part in: checked record, joined `from`, parent. */
  private readonly asTo = new Map<number, Target[]>();
  private readonly asFrom = new Map<number, Array<[Target, number]>>();
  private readonly asParent = new Map<number, Target[]>();

  constructor(env: EvaluatorEnv) {
    super(env);
    const p = env.rule.params;
    this.counting = p.counting;
    this.min = p.min;
    this.max = p.max;
    if ((this.min === undefined) === (this.max === undefined)) throw new Error(`${env.rule.file}: ${env.rule.id} needs exactly one of min and max`);
    this.targets = (p.targets as Target[]).map((t) => ({ ...t, fromTimes: new Map(), parents: new Map(), pending: [] }));
    this.targets.forEach((t, i) => {
      push(this.asTo, t.dataNo, t);
      if (typeof t.from === "object") push(this.asFrom, t.from.dataNo, [t, i]);
      if (t.parent) push(this.asParent, t.parent.dataNo, t);
    });
    this.dataNos = [...new Set([...this.asTo.keys(), ...this.asFrom.keys(), ...this.asParent.keys()])];
  }

  record(r: RecordCtx): void {
    for (const [t, i] of this.asFrom.get(r.dataNo) ?? []) {
      const from = t.from as JoinedFrom;
      const at = r.time(from.field);
      if (at === undefined || (from.amount && !this.inBand(r, from.amount))) continue;
      for (const key of r.keys(from.join)) {
        const before = t.fromTimes.get(key);
        if (before !== undefined && before <= at) continue;
        t.fromTimes.set(key, at);
        this.fromValues.set(`${i}|${key}`, r.c[from.field]!);
      }
    }
    for (const t of this.asParent.get(r.dataNo) ?? []) for (const key of r.keys(t.parent!.join)) t.parents.set(key, matches(r.c, t.parent!.when));
    for (const t of this.asTo.get(r.dataNo) ?? []) this.target(r, t);
  }

  /** An add changed or withdrawn since: its reporting lag (the addsOnly targets) stands all the same. */
  override reported(r: RecordCtx): void {
    for (const t of this.asTo.get(r.dataNo) ?? []) if (t.addsOnly) this.target(r, t);
  }

  private inBand(r: RecordCtx, band: AmountBand): boolean {
    if (!r.pricedAsAmount(band.priceForm)) return false;
    const micro = this.run.amounts.micro(r.c[band.field], r.c[band.unit]);
    if (micro === undefined) return false;
    const m = BigInt(micro); // millionths of a yuan
    if (band.aboveYuan !== undefined && m <= BigInt(band.aboveYuan) * 1_000_000n) return false;
    return band.atMostYuan === undefined || m <= BigInt(band.atMostYuan) * 1_000_000n;
  }

  private target(r: RecordCtx, t: Target): void {
    if (!matches(r.c, t.when)) return;
    if (t.addsOnly && r.dataType !== undefined && r.dataType !== "1") return;
    const toValue = r.c[t.to];
    const to = r.time(t.to);
    if (to === undefined) return;
    const parentKeys = t.parent ? r.keys(t.parent.join) : [];
    if (typeof t.from === "string") {
      const fromValue = r.c[t.from];
      const from = r.time(t.from);
      if (from === undefined) return;
      if (t.parent) t.pending.push({ to, toValue: toValue!, from, fromValue, keys: [], parentKeys, ref: r.ref() });
      else this.judge(r, t, from, fromValue!, to, toValue!);
    } else {
      const keys = r.keys(t.from.join);
      if (keys.length > 0) t.pending.push({ to, toValue: toValue!, keys, parentKeys, ref: r.ref() });
    }
  }

  finish(): void {
    this.targets.forEach((t, i) => {
      for (const p of t.pending) {
        if (t.parent && !p.parentKeys.some((k) => (t.parents.get(k) ?? t.parents.get(this.run.joins.wildcard(t.parent!.join, k) ?? "")) === true)) continue;
        if (p.from !== undefined) {
          this.judge(p.ref, t, p.from, p.fromValue!, p.to, p.toValue);
          continue;
        }
        const join = (t.from as JoinedFrom).join;
        for (let key of p.keys) {
          if (!t.fromTimes.has(key)) key = this.run.joins.wildcard(join, key) ?? key; // a lot's times may be its project's
          const from = t.fromTimes.get(key);
          if (from !== undefined) this.judge(p.ref, t, from, this.fromValues.get(`${i}|${key}`)!, p.to, p.toValue);
        }
      }
    });
  }

  private judge(at: RecordCtx | RecordRef, t: Target, from: number, fromValue: string, to: number, toValue: string): void {
    const actual = period(this.counting, from, to, this.run.workdays);
    const ok = this.min !== undefined ? actual >= this.min : actual <= this.max!;
    this.check(at, ok);
    if (ok) return;
    const fromField = typeof t.from === "string" ? t.from : `${t.from.dataNo} ${t.from.field}`;
    const path = t.path === "from" && typeof t.from === "string" ? t.from : t.to;
    this.report(at, path, {
      fromField,
      toField: t.to,
      from: showStamp(fromValue),
      to: showStamp(toValue),
      actual: this.counting === "hours" ? Math.round(actual * 10) / 10 : actual,
      limit: this.min ?? this.max,
    });
  }
}
