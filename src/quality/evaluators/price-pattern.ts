/**
 * Kind `price-pattern`: among a section's bids in price order, `minRun` or more consecutive prices form
 * an arithmetic or a geometric progression — their neighbouring differences (or ratios) differ by no
 * more than `tolerance` of their mean (实施条例 第四十条（四） 投标报价呈规律性差异).
 */
import { showYuan } from "../amounts.ts";
import type { EvaluatorEnv } from "../engine.ts";
import { BidsRule, type Bid } from "./bids.ts";

const PATTERNS = {
  arithmetic: { zh: "等差", en: "an arithmetic" },
  geometric: { zh: "等比", en: "a geometric" },
};

/** Whether steps[from..to] (inclusive) are equal within `tolerance` of their mean, and positive. */
function regular(steps: number[], from: number, to: number, tolerance: number): boolean {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = from; i <= to; i++) {
    min = Math.min(min, steps[i]!);
    max = Math.max(max, steps[i]!);
    sum += steps[i]!;
  }
  return min > 0 && max - min <= tolerance * (sum / (to - from + 1));
}

/** The longest run of bids whose steps are regular: [first, last] bid index, or undefined. */
function longestRun(steps: number[], minRun: number, tolerance: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (let i = 0; i + minRun - 2 < steps.length; i++) {
    let j = i + minRun - 2;
    if (!regular(steps, i, j, tolerance)) continue;
    while (j + 1 < steps.length && regular(steps, i, j + 1, tolerance)) j++;
    if (!best || j + 1 - i > best[1] - best[0]) best = [i, j + 1];
  }
  return best;
}

export class PricePattern extends BidsRule {
  private readonly minRun: number;
  private readonly tolerance: number;

  constructor(env: EvaluatorEnv) {
    super(env);
    this.minRun = env.rule.params.minRun;
    this.tolerance = env.rule.params.tolerance;
  }

  finish(): void {
    for (const [key, bids] of this.book.sorted(this.minRun)) {
      const diffs = bids.slice(1).map((b, i) => b.yuan - bids[i]!.yuan);
      const logs = bids.slice(1).map((b, i) => Math.log(b.yuan / bids[i]!.yuan));
      let run = longestRun(diffs, this.minRun, this.tolerance);
      let pattern = PATTERNS.arithmetic;
      if (!run) {
        run = longestRun(logs, this.minRun, this.tolerance);
        pattern = PATTERNS.geometric;
      }
      const last = bids[bids.length - 1]!;
      this.check(last.ref, !run);
      if (!run) continue;
      const inRun: Bid[] = bids.slice(run[0], run[1] + 1);
      this.report(inRun[inRun.length - 1]!.ref, this.rule.params.amount, {
        key: this.run.joins.show(key),
        parties: inRun.map((b) => b.party).join(", "),
        prices: inRun.map((b) => showYuan(b.yuan)).join(", "),
        pattern,
      });
    }
  }
}
