/**
 * Kind `rotating-losers`: the same bidders repeatedly lose together to the same winner. For every
 * section with a winner, each pair of its losing bidders is counted against that winner. A
 * (winner, pair) seen in `minRepeats` or more sections is flagged when that count is improbable by
 * chance: with S sections that have bids, a winner of w sections and losers who bid in a and b
 * sections, the expected count is w·(a/S)·(b/S); the Poisson probability of the count or more, times
 * the number of (winner, pair) combinations seen (Bonferroni), must be below `alpha`. Flagged pairs of
 * one winner are reported together, once, on the winner's latest award in them.
 * Parties are numbered as they are met, so the index holds numbers, not codes.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";
import { push } from "./common.ts";

interface Section {
  key: string;
  bidders: Set<number>;
  winner?: { party: number; ref: RecordRef };
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

/** Two party numbers as one safe integer (parties < 2²⁶). */
const PAIR = 2 ** 26;

export class RotatingLosers extends Evaluator {
  readonly dataNos: number[];
  private readonly p: { join: string; bids: { dataNo: number; party: string }; winner: { dataNo: number; party: string }; minRepeats: number; alpha: number; maxBidders: number };
  private readonly sections = new Map<string, Section>();
  private readonly partyIds = new Map<string, number>();
  private readonly parties: string[] = [];

  constructor(env: EvaluatorEnv) {
    super(env);
    this.p = env.rule.params as RotatingLosers["p"];
    this.dataNos = [this.p.bids.dataNo, this.p.winner.dataNo];
  }

  private section(key: string): Section {
    let s = this.sections.get(key);
    if (!s) this.sections.set(key, (s = { key, bidders: new Set() }));
    return s;
  }

  private party(code: string): number {
    let id = this.partyIds.get(code);
    if (id === undefined) {
      this.partyIds.set(code, (id = this.parties.length));
      this.parties.push(code);
    }
    return id;
  }

  record(r: RecordCtx): void {
    const { bids, winner, join } = this.p;
    if (r.dataNo === bids.dataNo) {
      const code = r.c[bids.party];
      if (typeof code === "string" && code !== "") for (const key of r.keys(join)) this.section(key).bidders.add(this.party(code));
    }
    if (r.dataNo === winner.dataNo) {
      const code = r.c[winner.party];
      if (typeof code === "string" && code !== "") for (const key of r.keys(join)) this.section(key).winner = { party: this.party(code), ref: r.ref() };
    }
  }

  /** Each section's losers to its winner, in order, when the section is small enough to count. */
  private *contests(): Generator<[Section, number, number[]]> {
    for (const s of this.sections.values()) {
      if (!s.winner || s.bidders.size > this.p.maxBidders) continue;
      const w = s.winner.party;
      yield [s, w, [...s.bidders].filter((b) => b !== w).sort((a, b) => a - b)];
    }
  }

  finish(): void {
    const { minRepeats, alpha } = this.p;
    const bidsOf = new Map<number, number>();
    const winsOf = new Map<number, Section[]>();
    let sectionsWithBids = 0;
    for (const s of this.sections.values()) {
      if (s.bidders.size > 0) sectionsWithBids++;
      for (const b of s.bidders) bidsOf.set(b, (bidsOf.get(b) ?? 0) + 1);
      if (s.winner) push(winsOf, s.winner.party, s);
    }
    // winner → loser pair → how many sections the two lost to the winner in
    const counts = new Map<number, Map<number, number>>();
    let combinations = 0;
    for (const [, w, losers] of this.contests()) {
      let byPair = counts.get(w);
      if (!byPair) counts.set(w, (byPair = new Map()));
      for (let i = 0; i < losers.length; i++)
        for (let j = i + 1; j < losers.length; j++) {
          const pair = losers[i]! * PAIR + losers[j]!;
          const n = byPair.get(pair) ?? 0;
          if (n === 0) combinations++;
          byPair.set(pair, n + 1);
        }
    }
    // winner → flagged pairs, and the smallest probability among them
    const flagged = new Map<number, { pairs: Set<number>; p: number }>();
    for (const [w, byPair] of counts) {
      for (const [pair, n] of byPair) {
        if (n < minRepeats) continue;
        const a = Math.floor(pair / PAIR);
        const b = pair % PAIR;
        const expected = (winsOf.get(w)!.length * bidsOf.get(a)! * bidsOf.get(b)!) / (sectionsWithBids * sectionsWithBids);
        const p = poissonTail(n, expected);
        if (p * combinations > alpha) continue;
        let f = flagged.get(w);
        if (!f) flagged.set(w, (f = { pairs: new Set(), p }));
        f.pairs.add(pair);
        f.p = Math.min(f.p, p);
      }
    }
    for (const [w, won] of winsOf) {
      if (won.length < minRepeats) continue;
      const f = flagged.get(w);
      // the sections where a flagged pair lost to the winner, and the losers of those pairs
      const ring: Section[] = [];
      const losers = new Set<number>();
      if (f)
        for (const s of won) {
          let hit = false;
          const ls = [...s.bidders].filter((b) => b !== w).sort((a, b) => a - b);
          for (let i = 0; i < ls.length; i++)
            for (let j = i + 1; j < ls.length; j++)
              if (f.pairs.has(ls[i]! * PAIR + ls[j]!)) {
                hit = true;
                losers.add(ls[i]!).add(ls[j]!);
              }
          if (hit) ring.push(s);
        }
      let anchor: RecordRef | undefined;
      for (const s of f ? ring : won) if (!anchor || s.winner!.ref.seq > anchor.seq) anchor = s.winner!.ref;
      this.check(anchor!, !f);
      if (!f) continue;
      const keys = ring.map((s) => s.key).sort();
      this.report(anchor!, this.p.winner.party, {
        parties: [...losers].map((id) => this.parties[id]!).sort().join(", "),
        winner: this.parties[w]!,
        count: keys.length,
        keys: keys.slice(0, 5).map((k) => this.run.joins.show(k)).join(", ") + (keys.length > 5 ? ", …" : ""),
        p: f.p.toPrecision(2),
      });
    }
  }
}
