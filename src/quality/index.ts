/**
 * The data-quality check (数据质量联动核查, seed tasks 14 and 27) of reported trading data:
 *
 *   import { checkQuality } from "ywjy";
 *   const result = await checkQuality(["data/2026/"]);        // files or directories
 *   console.log(result.summary.score, result.dimensions.timeliness.score);
 *   for (const n of result.notices) console.log(n.title.zh, n.problems.length);
 *
 * The rules are data (specs/quality/*.yaml); each kind of rule has an evaluator (./evaluators). The
 * records stream through once (after a light pass that finds the last version of each DATA_KEY,
 * ./versions.ts); what crosses records is kept as small tuples keyed by codes.
 */
import type { Finding } from "../findings/finding.ts";
import { join } from "node:path";
import { codelistsDir, type Codelist } from "../specs/codelists.ts";
import { readYamlFile } from "../specs/yaml-file.ts";
import { loadManifest } from "../specs/manifest.ts";
import { Amounts } from "./amounts.ts";
import { loadDataSets, type DataSets } from "./datasets.ts";
import { QualityRun, type RecordLocation, type RunOptions } from "./engine.ts";
import { EVALUATORS } from "./evaluators/index.ts";
import { listInputs, readInput } from "./input.ts";
import { Joins } from "./joins.ts";
import { buildResult, type QualityResult } from "./result.ts";
import { LatestVersions, positionOf } from "./versions.ts";
import { loadQualityRules, type QualityRuleBook } from "./rules.ts";
import { WorkingDays } from "./calendar.ts";

export { InputError } from "./input.ts";
export { loadQualityRules, DIMENSIONS, type Dimension, type QualityRule, type QualityRuleBook } from "./rules.ts";
export type { DimensionResult, GroupResult, Notice, QualityResult, QualitySummary, RuleResult, SystemResult } from "./result.ts";
export type { RunOptions } from "./engine.ts";

export interface QualityOptions extends RunOptions {
  /** Only these rules (IDs); every rule by default. */
  rules?: string[];
  /** The rule book; specs/quality by default. */
  book?: QualityRuleBook;
  /** The data sets; generated/schemas by default. */
  dataSets?: DataSets;
  /** Told where the check is: as each file starts, and every PROGRESS_EVERY records. */
  onProgress?: (p: QualityProgress) => void;
}

export interface QualityProgress {
  /** `versions`: the first pass over the keys; `check`: the records themselves; `finish`: the cross-record rules. */
  phase: "versions" | "check" | "finish";
  files: number;
  /** The file being read (1-based), in the check phase. */
  file?: number;
  /** Records read so far. */
  records: number;
}

const PROGRESS_EVERY = 20_000;

/** A run over the rules, ready for records (`add`, then `finish`). */
export function createRun(options: QualityOptions = {}): QualityRun {
  const book = options.book ?? loadQualityRules();
  let rules = book.rules;
  if (options.rules) {
    const unknown = options.rules.filter((id) => !book.byId.has(id));
    if (unknown.length > 0) throw new RangeError(`unknown quality rule ${unknown.join(", ")} (rules are in specs/quality)`);
    rules = rules.filter((r) => options.rules!.includes(r.id));
  }
  const env = {
    book,
    dataSets: options.dataSets ?? loadDataSets(),
    // PRICE_UNIT only: loading every code list would read the large REGION list too
    amounts: new Amounts(readYamlFile<Codelist>(join(codelistsDir, "PRICE_UNIT.yaml"))),
    joins: new Joins(book.joins, book.separators),
    workdays: new WorkingDays(book.calendar),
  };
  return new QualityRun(env, rules, EVALUATORS, options);
}

/** Checks records held in memory (an array, or any iterable; only an array is judged by the last version of each DATA_KEY). */
export function checkRecords(records: Iterable<unknown>, options: QualityOptions = {}): QualityResult {
  const run = createRun(options);
  if (Array.isArray(records)) run.versions = LatestVersions.ofRecords(records);
  let index = 0;
  for (const r of records) run.add(r, { index, position: index++ });
  run.finish();
  return buildResult(run, { files: 0, inputFindings: [], specVersion: loadManifest().version });
}

/** Checks files and directories (NDJSON, JSON packages, JSON arrays). Throws InputError when one cannot be read. */
export async function checkQuality(paths: string[], options: QualityOptions = {}): Promise<QualityResult> {
  const run = createRun(options);
  const files = await listInputs(paths);
  const progress = options.onProgress;
  progress?.({ phase: "versions", files: files.length, records: 0 });
  run.versions = await LatestVersions.ofFiles(files);
  const inputFindings: Finding[] = [];
  for (const [i, file] of files.entries()) {
    progress?.({ phase: "check", files: files.length, file: i + 1, records: run.input.records });
    await readInput(
      file,
      (record: unknown, loc: RecordLocation) => {
        loc.position = positionOf(i, loc);
        run.add(record, loc);
        if (progress && run.input.records % PROGRESS_EVERY === 0) progress({ phase: "check", files: files.length, file: i + 1, records: run.input.records });
      },
      (f) => inputFindings.push(f),
    );
  }
  progress?.({ phase: "finish", files: files.length, records: run.input.records });
  run.finish();
  return buildResult(run, { files: files.length, inputFindings, specVersion: loadManifest().version });
}
