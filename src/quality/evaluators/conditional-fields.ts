/**
 * Kind `conditional-fields`: fields that become mandatory under a condition. Each condition names its
 * data sets, `when` (field values that trigger it; always when absent), and `require` (every field) or
 * `requireAnyOf` (at least one complete group of fields).
 */
import { fieldName } from "../datasets.ts";
import { Evaluator, type EvaluatorEnv, type RecordCtx } from "../engine.ts";
import { isBlank, matches, showWhen, type When } from "./common.ts";

interface Condition {
  dataNo: number[];
  when?: When;
  require?: string[];
  requireAnyOf?: string[][];
}

export class ConditionalFields extends Evaluator {
  readonly dataNos: number[];
  private readonly byDataNo = new Map<number, Condition[]>();

  constructor(env: EvaluatorEnv) {
    super(env);
    const conditions: Condition[] = env.rule.params.conditions ?? [];
    for (const c of conditions) for (const n of c.dataNo) this.byDataNo.set(n, [...(this.byDataNo.get(n) ?? []), c]);
    this.dataNos = [...this.byDataNo.keys()];
  }

  record(r: RecordCtx): void {
    for (const cond of this.byDataNo.get(r.dataNo)!) {
      if (!matches(r.c, cond.when)) continue;
      const condition = showWhen(cond.when);
      let ok = true;
      for (const field of cond.require ?? []) {
        if (!isBlank(r.c[field])) continue;
        ok = false;
        this.report(r, field, { condition, field, fieldName: fieldName(this.run.dataSets, r.dataNo, field) });
      }
      if (cond.requireAnyOf && !cond.requireAnyOf.some((group) => group.every((f) => !isBlank(r.c[f])))) {
        ok = false;
        const first = cond.requireAnyOf[0]![0]!;
        const field = cond.requireAnyOf.map((g) => g.join(" + ")).join(" | ");
        this.report(r, first, { condition, field, fieldName: fieldName(this.run.dataSets, r.dataNo, first) });
      }
      this.check(r, ok);
    }
  }
}
