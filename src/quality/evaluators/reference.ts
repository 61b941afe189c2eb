/**
 * Kind `reference`: a code a record gives (`from`: data sets and field, several codes per field when
 * separated) is the key of a record of the `to` data set. Codes seen before their target are checked
 * at the end, so the order of the input does not matter.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";

interface From {
  dataNo: number[];
  field: string;
}

export class Reference extends Evaluator {
  readonly dataNos: number[];
  private readonly from = new Map<number, string[]>();
  private readonly to: { dataNo: number; field: string };
  private readonly known = new Set<string>();
  private readonly pending: Array<{ code: string; field: string; ref: RecordRef }> = [];

  constructor(env: EvaluatorEnv) {
    super(env);
    this.to = env.rule.params.to;
    for (const f of env.rule.params.from as From[]) for (const n of f.dataNo) this.from.set(n, [...(this.from.get(n) ?? []), f.field]);
    this.dataNos = [...this.from.keys(), this.to.dataNo];
  }

  record(r: RecordCtx): void {
    if (r.dataNo === this.to.dataNo) for (const code of r.codes(this.to.field)) this.known.add(code);
    for (const field of this.from.get(r.dataNo) ?? []) {
      for (const code of r.codes(field)) {
        if (this.known.has(code)) this.check(r, true);
        else this.pending.push({ code, field, ref: r.ref() });
      }
    }
  }

  finish(): void {
    for (const { code, field, ref } of this.pending) {
      const ok = this.known.has(code);
      this.check(ref, ok);
      if (!ok) this.report(ref, field, { code });
    }
  }
}
