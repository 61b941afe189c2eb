/**
 * Kind `shared-value`: within one join key (a section), records of different parties (bidders) give the
 * same value of a field (a machine fingerprint, a contact, a project manager). Blank values and the
 * `ignore` placeholders are not compared. A record is checked once; each shared field is a finding.
 */
import { fieldName } from "../datasets.ts";
import { Evaluator, type EvaluatorEnv, type RecordCtx } from "../engine.ts";

/**
 * FNV-1a of a value, seeded by its field's index, cut to 30 bits (a small integer V8 does not
 * allocate): kept instead of the value, so memory holds numbers, not strings.
 */
function hash(value: string, field: number): number {
  let h = 0x811c9dc5 ^ field;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

export class SharedValue extends Evaluator {
  readonly dataNos: number[];
  private readonly join: string;
  private readonly party: string;
  private readonly fields: string[];
  private readonly ignore: Set<string>;
  /** join key → hash of (field index, value) → the first party that gave it; a hash collision at most adds a warning */
  private readonly seen = new Map<string, Map<number, string>>();

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
    const keys = r.keys(this.join);
    if (keys.length === 0) return;
    let ok = true;
    for (let i = 0; i < this.fields.length; i++) {
      const field = this.fields[i]!;
      const raw = r.c[field];
      if (typeof raw !== "string") continue;
      const value = raw.trim();
      if (value === "" || this.ignore.has(value)) continue;
      let reported = false;
      const h = hash(value, i);
      for (const key of keys) {
        let seen = this.seen.get(key);
        if (!seen) this.seen.set(key, (seen = new Map()));
        const other = seen.get(h);
        if (other === undefined) seen.set(h, party);
        else if (other !== party && !reported) {
          reported = true;
          ok = false;
          this.report(r, field, { party, field, fieldName: fieldName(this.run.dataSets, r.dataNo, field), value, otherParty: other, key: this.run.joins.show(key) });
        }
      }
    }
    this.check(r, ok);
  }
}
