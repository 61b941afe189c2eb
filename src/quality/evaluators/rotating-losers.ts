/**
 * Kind `rotating-losers`: the same bidders repeatedly lose together to the same winner. For every
 * section with a winner, each pair of its losing bidders is counted against that winner. A
 * (winner, pair) seen in `minRepeats` or more sections is flagged when that count is improbable by
 * chance: with S sections that have bids, a winner of w sections and losers who bid in a and b
 * sections, the expected count is w·(a/S)·(b/S); the Poisson probability of the count or more, times
 * the number of (winner, pair) combinations seen (Bonferroni), must be below `alpha`. Flagged pairs of
 * one winner are reported together, once, on the winner's latest award in them.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";
import { push } from "./common.ts";

interface Section {
  bidders: Set<string>;
  winner?: { party: string; ref: RecordRef };
}

/** P(X ≥ k) for X ~ Poisson(mean), summed from k up (no cancellation when mean is tiny). */
export function poissonTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  let term = Math.exp(-mean);
  for (let i = 1; i <= k; i++) term *= mean / i;
  let sum = 0;
  for (let i = k; i < k + 200 && term > 0; i++) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= mean / (i + 1);
  }
  return Math.min(1, sum);
}

export class RotatingLosers extends Evaluator {
  readonly dataNos: number[];
  private readonly p: { join: string; bids: { dataNo: number; party: string }; winner: { dataNo: number; party: string }; minRepeats: number; alpha: number; maxBidders: number };
  private readonly sections = new Map<string, Section>();

  constructor(env: EvaluatorEnv) {
    super(env);
    this.p = env.rule.params as RotatingLosers["p"];
    this.dataNos = [this.p.bids.dataNo, this.p.winner.dataNo];
  }

  private section(key: string): Section {
    let s = this.sections.get(key);
    if (!s) this.sections.set(key, (s = { bidders: new Set() }));
    return s;
  }

  record(r: RecordCtx): void {
    const { bids, winner, join } = this.p;
    if (r.dataNo === bids.dataNo) {
      const party = r.c[bids.party];
      if (typeof party === "string" && party !== "") for (const key of this.run.joins.keys(join, r.c)) this.section(key).bidders.add(party);
    }
    if (r.dataNo === winner.dataNo) {
      const party = r.c[winner.party];
      if (typeof party === "string" && party !== "") for (const key of this.run.joins.keys(join, r.c)) this.section(key).winner = { party, ref: r.ref() };
    }
  }

  finish(): void {
    const { minRepeats, alpha, maxBidders } = this.p;
    const bidsOf = new Map<string, number>();
    const winsOf = new Map<string, Section[]>();
    let sectionsWithBids = 0;
    for (const s of this.sections.values()) {
      if (s.bidders.size > 0) sectionsWithBids++;
      for (const b of s.bidders) bidsOf.set(b, (bidsOf.get(b) ?? 0) + 1);
      if (s.winner) push(winsOf, s.winner.party, s);
    }
    // (winner, loser, loser) → the sections where the two lost to the winner
    const triples = new Map<string, string[]>();
    for (const [key, s] of this.sections) {
      if (!s.winner || s.bidders.size > maxBidders) continue;
      const losers = [...s.bidders].filter((b) => b !== s.winner!.party).sort();
      for (let i = 0; i < losers.length; i++)
        for (let j = i + 1; j < losers.length; j++) {
          const t = `${s.winner.party}\n${losers[i]}\n${losers[j]}`;
          push(triples, t, key);
        }
    }
    const flagged = new Map<string, { losers: Set<string>; keys: Set<string>; sections: Set<Section>; p: number }>();
    for (const [t, keys] of triples) {
      if (keys.length < minRepeats) continue;
      const [w, a, b] = t.split("\n") as [string, string, string];
      const expected = (winsOf.get(w)!.length * bidsOf.get(a)! * bidsOf.get(b)!) / (sectionsWithBids * sectionsWithBids);
      const p = poissonTail(keys.length, expected);
      if (p * triples.size > alpha) continue;
      let f = flagged.get(w);
      if (!f) flagged.set(w, (f = { losers: new Set(), keys: new Set(), sections: new Set(), p }));
      f.losers.add(a).add(b);
      for (const k of keys) {
        f.keys.add(k);
        f.sections.add(this.sections.get(k)!);
      }
      f.p = Math.min(f.p, p);
    }
    for (const [w, won] of winsOf) {
      if (won.length < minRepeats) continue;
      const f = flagged.get(w);
      let anchor: RecordRef | undefined;
      for (const s of won) if ((!f || f.sections.has(s)) && (!anchor || s.winner!.ref.seq > anchor.seq)) anchor = s.winner!.ref;
      this.check(anchor!, !f);
      if (!f) continue;
      const keys = [...f.keys].sort();
      this.report(anchor!, this.p.winner.party, {
        parties: [...f.losers].sort().join(", "),
        winner: w,
        count: keys.length,
        keys: keys.slice(0, 5).map((k) => this.run.joins.show(k)).join(", ") + (keys.length > 5 ? ", …" : ""),
        p: f.p.toPrecision(2),
      });
    }
  }
}
