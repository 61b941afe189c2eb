/**
 * Kind `price-band`: a section has bids from `minBidders` or more parties, and the highest exceeds the
 * lowest by no more than `band` of the lowest (prices abnormally close).
 */
import { showYuan } from "../amounts.ts";
import type { EvaluatorEnv } from "../engine.ts";
import { BidsRule } from "./bids.ts";

export class PriceBand extends BidsRule {
  private readonly minBidders: number;
  private readonly band: number;

  constructor(env: EvaluatorEnv) {
    super(env);
    this.minBidders = env.rule.params.minBidders;
    this.band = env.rule.params.band;
  }

  finish(): void {
    for (const [key, bids] of this.book.sorted(this.minBidders)) {
      const low = bids[0]!;
      const high = bids[bids.length - 1]!;
      const spread = (high.yuan - low.yuan) / low.yuan;
      const ok = spread > this.band;
      this.check(high.ref, ok);
      if (!ok)
        this.report(high.ref, this.rule.params.amount, {
          key: this.run.joins.show(key),
          count: bids.length,
          min: showYuan(low.yuan),
          max: showYuan(high.yuan),
          spread: Math.round(spread * 10_000) / 100,
        });
    }
  }
}
