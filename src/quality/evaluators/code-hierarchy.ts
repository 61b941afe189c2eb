/**
 * Kind `code-hierarchy`: codes nest (数据规范 4.0 编码规则). For each `parents` entry, the codes of the
 * record's `join` (e.g. its sections) start with the record's `field` (its tender project code), and
 * agree with what the defining record (`dataNo`, e.g. the section's 502) gives as their parent.
 */
import { Evaluator, type EvaluatorEnv, type RecordCtx, type RecordRef } from "../engine.ts";

interface Parent {
  join: string;
  dataNo: number;
  field: string;
  /** child code → parent code, as the defining records give it */
  defined: Map<string, string>;
  pending: Array<{ child: string; childField: string; parent: string; ref: RecordRef }>;
}

export class CodeHierarchy extends Evaluator {
  readonly dataNos = "all" as const;
  private readonly parents: Parent[];

  constructor(env: EvaluatorEnv) {
    super(env);
    this.parents = (env.rule.params.parents as Array<Pick<Parent, "join" | "dataNo" | "field">>).map((p) => ({ ...p, defined: new Map(), pending: [] }));
  }

  record(r: RecordCtx): void {
    for (const p of this.parents) {
      const parent = r.c[p.field];
      if (typeof parent !== "string" || parent === "") continue;
      const children = r.entries(p.join);
      if (children.length === 0) continue;
      let ok = true;
      const deferred: Parent["pending"] = [];
      for (const { key: child, field } of children) {
        if (child.length <= parent.length || !child.startsWith(parent)) {
          ok = false;
          this.report(r, field, { field, code: child, parentField: p.field, parent });
          continue;
        }
        if (r.dataNo === p.dataNo) {
          if (!p.defined.has(child)) p.defined.set(child, parent);
          continue;
        }
        const given = p.defined.get(child);
        if (given === undefined) {
          deferred.push({ child, childField: field, parent, ref: r.ref() });
        } else if (given !== parent) {
          ok = false;
          this.report(r, p.field, { field: p.field, code: parent, parentField: `${p.dataNo} ${p.field}`, parent: given });
        }
      }
      if (ok && deferred.length > 0) p.pending.push(...deferred);
      else this.check(r, ok);
    }
  }

  finish(): void {
    for (const p of this.parents) {
      let last: RecordRef | undefined;
      let lastOk = true;
      const settle = () => last && this.check(last, lastOk);
      for (const { child, parent, ref } of p.pending) {
        if (ref !== last) {
          settle();
          last = ref;
          lastOk = true;
        }
        const given = p.defined.get(child);
        if (given !== undefined && given !== parent) {
          lastOk = false;
          this.report(ref, p.field, { field: p.field, code: parent, parentField: `${p.dataNo} ${p.field}`, parent: given });
        }
      }
      settle();
    }
  }
}
