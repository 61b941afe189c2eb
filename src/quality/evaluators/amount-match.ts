/**
 * Kind `amount-match`: an amount (`left`, e.g. the award amount) equals, after normalising both by
 * their units, the amount the other data set gives for the same party and join key (`right`, e.g. the
 * winner's bid). Both must be given as amounts; a left side with no right amount is not checked.
 */
import { sameMicro, showMicro, type Micro } from "../amounts.ts";
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";

interface Side {
  dataNo: number;
  party: string;
  amount: string;
  unit: string;
  priceForm?: string;
}
interface Pair {
  left: Side;
  right: Side;
  join: string;
  rights: Map<string, Map<string, Micro>>;
  lefts: Array<{ key: string; party: string; micro: Micro; amount: string; unitCode: string | undefined; ref: RecordRef }>;
}

export class AmountMatch extends Evaluator {
  readonly dataNos: number[];
  private readonly pairs: Pair[];

  constructor(env: EvaluatorEnv) {
    super(env);
    this.pairs = (env.rule.params.pairs as Array<Pick<Pair, "left" | "right" | "join">>).map((p) => ({ ...p, rights: new Map(), lefts: [] }));
    this.dataNos = this.pairs.flatMap((p) => [p.left.dataNo, p.right.dataNo]);
  }

  private amountOf(r: RecordCtx, side: Side): { party: string; micro: Micro } | undefined {
    if (!r.pricedAsAmount(side.priceForm)) return undefined;
    const party = r.c[side.party];
    const micro = this.run.amounts.micro(r.c[side.amount], r.c[side.unit]);
    return typeof party === "string" && party !== "" && micro !== undefined ? { party, micro } : undefined;
  }

  record(r: RecordCtx): void {
    for (const p of this.pairs) {
      if (r.dataNo === p.right.dataNo) {
        const a = this.amountOf(r, p.right);
        if (a)
          for (const key of r.keys(p.join)) {
            let m = p.rights.get(key);
            if (!m) p.rights.set(key, (m = new Map()));
            m.set(a.party, a.micro);
          }
      }
      if (r.dataNo === p.left.dataNo) {
        const a = this.amountOf(r, p.left);
        if (a)
          for (const key of r.keys(p.join))
            p.lefts.push({ key, ...a, amount: r.c[p.left.amount]!, unitCode: r.c[p.left.unit], ref: r.ref() });
      }
    }
  }

  finish(): void {
    for (const p of this.pairs) {
      for (const l of p.lefts) {
        const w = this.run.joins.wildcard(p.join, l.key);
        const other = p.rights.get(l.key)?.get(l.party) ?? (w !== undefined ? p.rights.get(w)?.get(l.party) : undefined);
        if (other === undefined) continue;
        const ok = sameMicro(other, l.micro);
        this.check(l.ref, ok);
        if (!ok)
          this.report(l.ref, p.left.amount, {
            amount: l.amount,
            unit: this.run.amounts.unitName(l.unitCode),
            yuan: showMicro(l.micro),
            party: l.party,
            otherYuan: showMicro(other),
          });
      }
    }
  }
}
