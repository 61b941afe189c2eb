/**
 * Kind `shared-value`: within one join key (a section), records of different parties (bidders) give the
 * same value of a field (a machine fingerprint, a contact, a project manager). Blank values and the
 * `ignore` placeholders are not compared. A record is checked once; each shared field is a finding.
 */
import { fieldName } from "../datasets.ts";
import { Evaluator, type EvaluatorEnv, type RecordCtx } from "../engine.ts";

export class SharedValue extends Evaluator {
  readonly dataNos: number[];
  private readonly join: string;
  private readonly party: string;
  private readonly fields: string[];
  private readonly ignore: Set<string>;
  /** join key → field index → value → the first party that gave it */
  private readonly seen = new Map<string, Array<Map<string, string>>>();

  constructor(env: EvaluatorEnv) {
    super(env);
    const p = env.rule.params;
    this.dataNos = p.dataNo;
    this.join = p.join;
    this.party = p.party;
    this.fields = p.fields;
    this.ignore = new Set((p.ignore ?? []).map(String));
  }

  record(r: RecordCtx): void {
    const party = r.c[this.party];
    if (typeof party !== "string" || party === "") return;
    const keys = this.run.joins.keys(this.join, r.c);
    if (keys.length === 0) return;
    let ok = true;
    this.fields.forEach((field, i) => {
      const raw = r.c[field];
      if (typeof raw !== "string") return;
      const value = raw.trim();
      if (value === "" || this.ignore.has(value)) return;
      let reported = false;
      for (const key of keys) {
        let byField = this.seen.get(key);
        if (!byField) this.seen.set(key, (byField = this.fields.map(() => new Map())));
        const other = byField[i]!.get(value);
        if (other === undefined) byField[i]!.set(value, party);
        else if (other !== party && !reported) {
          reported = true;
          ok = false;
          this.report(r, field, { party, field, fieldName: fieldName(this.run.dataSets, r.dataNo, field), value, otherParty: other, key: this.run.joins.show(key) });
        }
      }
    });
    this.check(r, ok);
  }
}
