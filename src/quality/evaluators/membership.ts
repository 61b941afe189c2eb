/**
 * Kind `membership`: the code a record gives (`member`) is among the codes the records of another data
 * set give for the same join key (`set`) — the winner among the candidates, a candidate among the
 * bidders. Checked at the end, when every set is complete; a key with no set is not checked (the
 * lifecycle rules report the missing stage). A member of a lot falls back to its project's wildcard lot.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";

interface Side {
  dataNo: number;
  field: string;
}
interface Pair {
  member: Side;
  set: Side;
  join: string;
  sets: Map<string, Set<string>>;
  members: Array<{ key: string; code: string; ref: RecordRef }>;
}

export class Membership extends Evaluator {
  readonly dataNos: number[];
  private readonly pairs: Pair[];

  constructor(env: EvaluatorEnv) {
    super(env);
    this.pairs = (env.rule.params.pairs as Array<Pick<Pair, "member" | "set" | "join">>).map((p) => ({ ...p, sets: new Map(), members: [] }));
    this.dataNos = this.pairs.flatMap((p) => [p.member.dataNo, p.set.dataNo]);
  }

  record(r: RecordCtx): void {
    for (const p of this.pairs) {
      if (r.dataNo === p.set.dataNo) {
        const code = r.c[p.set.field];
        if (typeof code === "string" && code !== "")
          for (const key of r.keys(p.join)) {
            let s = p.sets.get(key);
            if (!s) p.sets.set(key, (s = new Set()));
            s.add(code);
          }
      }
      if (r.dataNo === p.member.dataNo) {
        const code = r.c[p.member.field];
        if (typeof code === "string" && code !== "") for (const key of r.keys(p.join)) p.members.push({ key, code, ref: r.ref() });
      }
    }
  }

  finish(): void {
    for (const p of this.pairs) {
      for (const { key, code, ref } of p.members) {
        const w = this.run.joins.wildcard(p.join, key);
        const set = p.sets.get(key) ?? (w !== undefined ? p.sets.get(w) : undefined);
        if (!set) continue;
        const ok = set.has(code);
        this.check(ref, ok);
        if (!ok) this.report(ref, p.member.field, { member: code, key: this.run.joins.show(key) });
      }
    }
  }
}
