/**
 * The priced bids of each join key (a section), for the price rules: one price in yuan per party (its
 * latest), only prices given as an amount.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";

export interface Bid {
  party: string;
  yuan: number;
  ref: RecordRef;
}

export interface BidSpec {
  dataNo: number;
  join: string;
  party: string;
  amount: string;
  unit: string;
  priceForm?: string;
}

export class BidBook {
  readonly bids = new Map<string, Map<string, Bid>>();
  private lastSeq = -1;

  private constructor(
    private readonly env: EvaluatorEnv,
    private readonly spec: BidSpec,
  ) {}

  /** The book of `spec`, shared by the rules that read the same bids. */
  static of(env: EvaluatorEnv, spec: BidSpec): BidBook {
    const { dataNo, join, party, amount, unit, priceForm } = spec;
    return env.run.shared(`bids|${dataNo}|${join}|${party}|${amount}|${unit}|${priceForm ?? ""}`, () => new BidBook(env, spec));
  }

  add(r: RecordCtx): void {
    if (r.seq === this.lastSeq) return; // another rule sharing the book has added this record
    this.lastSeq = r.seq;
    const { spec, env } = this;
    if (!r.pricedAsAmount(spec.priceForm)) return;
    const party = r.c[spec.party];
    const yuan = env.run.amounts.yuan(r.c[spec.amount], r.c[spec.unit]);
    if (typeof party !== "string" || party === "" || yuan === undefined || !(yuan > 0)) return;
    for (const key of r.keys(spec.join)) {
      let m = this.bids.get(key);
      if (!m) this.bids.set(key, (m = new Map()));
      m.set(party, { party, yuan, ref: r.ref() });
    }
  }

  /** Each key's bids, lowest price first. */
  *sorted(minBids: number): Generator<[string, Bid[]]> {
    for (const [key, m] of this.bids) if (m.size >= minBids) yield [key, [...m.values()].sort((a, b) => a.yuan - b.yuan)];
  }
}

/** A rule over the priced bids of each section (the price rules share one book per data set and fields). */
export abstract class BidsRule extends Evaluator {
  readonly dataNos: number[];
  protected readonly book: BidBook;

  constructor(env: EvaluatorEnv) {
    super(env);
    this.book = BidBook.of(env, env.rule.params as BidSpec);
    this.dataNos = [env.rule.params.dataNo];
  }

  record(r: RecordCtx): void {
    this.book.add(r);
  }
}
