/**
 * Kind `mandatory-fields`: every field the data contract makes mandatory is present and not blank —
 * but a field a later version of the norm introduced (@since) only when the run's norm version
 * (RunOptions.normVersion) requires it of the record.
 */
import { isoDayOf } from "../../identifiers/dates.ts";
import { fieldInForce } from "../../specs/norm-versions.ts";
import { dataSetLabel, fieldName } from "../datasets.ts";
import { Evaluator, type RecordCtx } from "../engine.ts";
import { isBlank } from "./common.ts";

export class MandatoryFields extends Evaluator {
  readonly dataNos = "all" as const;

  record(r: RecordCtx): void {
    const info = this.run.dataSets.get(r.dataNo);
    if (!info) return; // an unknown data set is `ywjy validate`'s finding
    let ok = true;
    const choice = this.run.normVersion;
    for (const field of info.required) {
      if (!isBlank(r.c[field])) continue;
      const since = info.since.get(field);
      if (since !== undefined && !fieldInForce(since, choice, isoDayOf(r.c[info.recordDateField]))) continue;
      ok = false;
      this.report(r, field, { dataSet: dataSetLabel(this.run.dataSets, r.dataNo), field, fieldName: fieldName(this.run.dataSets, r.dataNo, field) });
    }
    this.check(r, ok);
  }
}
