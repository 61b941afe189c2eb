/**
 * Kind `amount-cap`: an amount converted to yuan by its unit's multiplier does not exceed `capYuan`.
 * Where the entry names a price-form field, only prices given as an amount are checked.
 */
import { showMicro } from "../amounts.ts";
import { Evaluator, type EvaluatorEnv, type RecordCtx } from "../engine.ts";

interface AmountField {
  dataNo: number[];
  field: string;
  unit: string;
  priceForm?: string;
}

export class AmountCap extends Evaluator {
  readonly dataNos: number[];
  private readonly byDataNo = new Map<number, AmountField[]>();
  /** in millionths of a yuan (a safe integer for any cap under 9×10⁹ yuan) */
  private readonly cap: number;

  constructor(env: EvaluatorEnv) {
    super(env);
    this.cap = Number(env.rule.params.capYuan) * 1_000_000;
    for (const a of env.rule.params.amounts as AmountField[]) for (const n of a.dataNo) this.byDataNo.set(n, [...(this.byDataNo.get(n) ?? []), a]);
    this.dataNos = [...this.byDataNo.keys()];
  }

  record(r: RecordCtx): void {
    for (const a of this.byDataNo.get(r.dataNo)!) {
      if (!r.pricedAsAmount(a.priceForm)) continue;
      const micro = this.run.amounts.micro(r.c[a.field], r.c[a.unit]);
      if (micro === undefined) continue;
      const ok = micro <= this.cap;
      this.check(r, ok);
      if (!ok)
        this.report(r, a.field, {
          field: a.field,
          amount: r.c[a.field],
          unit: this.run.amounts.unitName(r.c[a.unit]),
          yuan: showMicro(micro),
          cap: showMicro(this.cap),
        });
    }
  }
}
