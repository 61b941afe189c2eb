/** Kind `mandatory-fields`: every field the data contract makes mandatory is present and not blank. */
import { dataSetLabel, fieldName } from "../datasets.ts";
import { Evaluator, type RecordCtx } from "../engine.ts";
import { isBlank } from "./common.ts";

export class MandatoryFields extends Evaluator {
  readonly dataNos = "all" as const;

  record(r: RecordCtx): void {
    const info = this.run.dataSets.get(r.dataNo);
    if (!info) return; // an unknown data set is `ywjy validate`'s finding
    let ok = true;
    for (const field of info.required) {
      if (!isBlank(r.c[field])) continue;
      ok = false;
      this.report(r, field, { dataSet: dataSetLabel(this.run.dataSets, r.dataNo), field, fieldName: fieldName(this.run.dataSets, r.dataNo, field) });
    }
    this.check(r, ok);
  }
}
