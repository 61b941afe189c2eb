/**
 * Kind `lifecycle`: every stage of a trade (the records of one join key: a section, a lot) is
 * reported, or a `stop` record explains why it ended (specs/quality/comprehensiveness.yaml). A stage
 * with `via` is met through another join (a section's tender project has its 501). Records of a lot's
 * wildcard key (no lot code) count for every lot of their project.
 */
import { dataSetLabel } from "../datasets.ts";
import { Evaluator, listParam, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";
import { DAY } from "../time.ts";

interface Stage {
  dataNo: number[];
  via?: string;
  /** Days after the last stage present by which this stage is due. */
  withinDays?: number;
}
interface Trade {
  /** bit i: stage i present */
  stages: number;
  stop: boolean;
  /** the latest DATA_TIMESTAMP of each stage's records */
  last: number[];
  /** the record of the earliest stage seen, and the field that joined it */
  anchor?: { stage: number; ref: RecordRef; field: string };
  /** the key of the `via` join (e.g. the tender project code), as the trade's records give it */
  via?: string;
}

export class Lifecycle extends Evaluator {
  readonly dataNos: number[];
  private readonly join: string;
  private readonly stages: Stage[];
  private readonly stageOf = new Map<number, number>();
  private readonly viaStages = new Map<number, number>();
  private readonly stop: Set<number>;
  private readonly trades = new Map<string, Trade>();
  /** via stage → keys (of the via join) that have a record of the stage */
  private readonly viaKeys = new Map<number, Set<string>>();
  private viaJoin?: string;

  constructor(env: EvaluatorEnv) {
    super(env);
    const p = env.rule.params;
    this.join = p.join;
    this.stages = p.stages;
    this.stop = new Set(p.stop ?? []);
    this.stages.forEach((s, i) => {
      for (const n of s.dataNo) (s.via ? this.viaStages : this.stageOf).set(n, i);
      if (!s.via) return;
      if (this.viaJoin !== undefined && this.viaJoin !== s.via) throw new Error(`${env.rule.file}: ${env.rule.id}: all via stages use one join`);
      this.viaJoin = s.via;
      this.viaKeys.set(i, new Set());
    });
    this.dataNos = [...this.stageOf.keys(), ...this.viaStages.keys(), ...this.stop];
  }

  record(r: RecordCtx): void {
    const viaStage = this.viaStages.get(r.dataNo);
    if (viaStage !== undefined) for (const key of r.keys(this.viaJoin!)) this.viaKeys.get(viaStage)!.add(key);
    const stage = this.stageOf.get(r.dataNo);
    const isStop = this.stop.has(r.dataNo);
    if (stage === undefined && !isStop) return;
    const ts = r.ts ?? -Infinity;
    const via = this.viaJoin !== undefined ? r.keys(this.viaJoin)[0] : undefined;
    for (const { key, field } of r.entries(this.join)) {
      let t = this.trades.get(key);
      if (!t) this.trades.set(key, (t = { stages: 0, stop: false, last: [] }));
      if (isStop) t.stop = true;
      let isAnchor = false;
      if (stage !== undefined) {
        t.stages |= 1 << stage;
        if (!(ts <= t.last[stage]!)) t.last[stage] = ts;
        if ((isAnchor = !t.anchor || stage < t.anchor.stage)) t.anchor = { stage, ref: r.ref(), field };
      }
      // the via key as the trade's earliest stage gives it (a section's tender project, from its 502)
      if (via !== undefined && (t.via === undefined || isAnchor)) t.via = via;
    }
  }

  finish(): void {
    const end = this.run.windowEnd ?? -Infinity;
    // Records of a wildcard lot count for every lot of their project.
    const withLots = new Set<string>();
    for (const key of this.trades.keys()) {
      const w = this.run.joins.wildcard(this.join, key);
      if (w !== undefined && this.trades.has(w)) {
        withLots.add(w);
        const t = this.trades.get(key)!;
        const wt = this.trades.get(w)!;
        t.stages |= wt.stages;
        t.stop ||= wt.stop;
        wt.last.forEach((time, i) => {
          if (!(time <= t.last[i]!)) t.last[i] = time;
        });
        if (wt.anchor && (!t.anchor || wt.anchor.stage < t.anchor.stage)) t.anchor = wt.anchor;
      }
    }
    for (const [key, t] of this.trades) {
      if (withLots.has(key) || !t.anchor) continue;
      let present = t.stages;
      for (const [s, keys] of this.viaKeys) if (t.via !== undefined && keys.has(t.via)) present |= 1 << s;
      const highest = 31 - Math.clz32(present);
      const next = this.stages[highest + 1];
      // in progress: the next stage is not yet overdue (the via stage has no time of its own)
      const inProgress = next !== undefined && end - (t.last[highest] ?? -Infinity) <= (next.withinDays ?? Infinity) * DAY;
      const missing: number[] = [];
      this.stages.forEach((_, i) => {
        if (present & (1 << i)) return;
        if (i < highest || (!inProgress && !t.stop)) missing.push(i);
      });
      this.check(t.anchor.ref, missing.length === 0);
      if (missing.length > 0)
        this.report(t.anchor.ref, t.anchor.field, {
          key: this.run.joins.show(key),
          missing: listParam(missing.map((i) => listParam(this.stages[i]!.dataNo.map((n) => dataSetLabel(this.run.dataSets, n)), "或", " or "))),
        });
    }
  }
}
