/**
 * Fidelity to the Fujian intake: the bundle's data contracts (as generated/schemas carries them)
 * compared field by field with the facts of the intake's configuration, snapshotted in
 * specs/reference/fujian-intake-fields.yaml (the repository cannot be read at test time). A field
 * matches when the contract has it, makes it mandatory exactly when the intake rejects it empty, and
 * gives it the type or length the intake checks (cN, c..N, a minimum length, n(I,D), a date form);
 * a field whose type the intake does not check matches on the first two alone.
 *
 * Every data set of the bundle that the snapshot knows is compared, whichever engineer added it; the
 * others are counted as not in the snapshot, and snapshot data sets the bundle lacks as not modelled.
 */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "../specs/yaml-file.ts";
import type { Schema, SchemaBundle } from "../validate/schemas.ts";

export const intakeSnapshotFile = join(specsDir, "reference", "fujian-intake-fields.yaml");

/** [identifier, mandatory, check]: check in the notation of the snapshot's header, absent when the intake checks none. */
export type IntakeField = [field: string, mandatory: boolean, check?: string];

export interface IntakeDataSet {
  dataNo: number;
  dataEn: string;
  file: string;
  fields: IntakeField[];
}

export interface IntakeSnapshot {
  source: { repository: string; branch: string; commit: string; configDir: string };
  commonFields: Array<IntakeField | { field: IntakeField; dataNos: string }>;
  dataSets: IntakeDataSet[];
}

export type Mismatch = "missing" | "mandatory" | "type";

export interface FieldComparison {
  dataNo: number;
  field: string;
  intake: { mandatory: boolean; check?: string };
  bundle?: { mandatory: boolean; notation?: string };
  /** What differs; empty when the field matches. */
  mismatches: Mismatch[];
}

export interface FidelityResult {
  /** Data sets of the bundle. */
  dataSets: number;
  /** Data sets compared (in the bundle and in the snapshot). */
  compared: number[];
  /** Data sets of the bundle the snapshot has no facts for. */
  notInSnapshot: number[];
  /** Data sets of the snapshot the bundle does not model. */
  notModelled: number[];
  fields: number;
  matching: number;
  /** matching / fields, in percent, one decimal. */
  percent: number;
  comparisons: FieldComparison[];
}

export function loadIntakeSnapshot(file = intakeSnapshotFile): IntakeSnapshot {
  const snapshot = readYamlFile<IntakeSnapshot>(file);
  if (!Array.isArray(snapshot?.dataSets)) throw new Error(`${file}: dataSets must be a list`);
  return snapshot;
}

/** Whether `dataNo` is in a list of ranges written "500-523, 800-909". */
function inRanges(ranges: string, dataNo: number): boolean {
  return ranges.split(",").some((part) => {
    const [from, to = from] = part.trim().split("-").map(Number);
    return dataNo >= from! && dataNo <= to!;
  });
}

/** The intake's fields of a data set: the common fields that apply to it, then its own. */
function intakeFields(snapshot: IntakeSnapshot, set: IntakeDataSet): IntakeField[] {
  const common = snapshot.commonFields.flatMap((c) => (Array.isArray(c) ? [c] : inRanges(c.dataNos, set.dataNo) ? [c.field] : []));
  return [...common, ...set.fields.filter((f) => !common.some((c) => c[0] === f[0]))];
}

/** Whether the contract's field gives the type or length the intake checks. */
function sameCheck(check: string, prop: Schema): boolean {
  const notation = prop["x-notation"] as string | undefined;
  const min = /^c>=(\d+)$/.exec(check);
  if (min) return prop.minLength === Number(min[1]);
  const whole = /^n\((\d+)\)$/.exec(check);
  if (whole) return notation === `n..${whole[1]}` || notation === `n${whole[1]}` || notation === `n(${whole[1]},0)`;
  return notation === check;
}

/** Compares the bundle's data sets with the snapshot. */
export function compareWithIntake(bundle: SchemaBundle, snapshot: IntakeSnapshot = loadIntakeSnapshot()): FidelityResult {
  const facts = new Map(snapshot.dataSets.map((s) => [s.dataNo, s]));
  const schemas = new Map(bundle.dataSets.map((s) => [Number(s["x-data-no"]), s]));
  const compared: number[] = [];
  const notInSnapshot: number[] = [];
  const comparisons: FieldComparison[] = [];
  for (const [dataNo, schema] of [...schemas].sort((a, b) => a[0] - b[0])) {
    const set = facts.get(dataNo);
    if (!set) {
      notInSnapshot.push(dataNo);
      continue;
    }
    compared.push(dataNo);
    const required = new Set<string>(schema.required ?? []);
    for (const [field, mandatory, check] of intakeFields(snapshot, set)) {
      const prop: Schema | undefined = schema.properties?.[field];
      const intake = { mandatory, ...(check ? { check } : {}) };
      if (!prop) {
        comparisons.push({ dataNo, field, intake, mismatches: ["missing"] });
        continue;
      }
      const mismatches: Mismatch[] = [];
      if (required.has(field) !== mandatory) mismatches.push("mandatory");
      if (check && !sameCheck(check, prop)) mismatches.push("type");
      comparisons.push({ dataNo, field, intake, bundle: { mandatory: required.has(field), notation: prop["x-notation"] }, mismatches });
    }
  }
  const matching = comparisons.filter((c) => c.mismatches.length === 0).length;
  return {
    dataSets: schemas.size,
    compared,
    notInSnapshot,
    notModelled: [...facts.keys()].filter((n) => !schemas.has(n)).sort((a, b) => a - b),
    fields: comparisons.length,
    matching,
    percent: comparisons.length === 0 ? 0 : Math.round((1000 * matching) / comparisons.length) / 10,
    comparisons,
  };
}

/** The result as lines of text: the figure first, then each field that differs. */
export function fidelityText(r: FidelityResult): string {
  const lines = [
    `data sets in the bundle: ${r.dataSets}; compared with the Fujian intake's configuration: ${r.compared.length}`,
    `fields matching the intake: ${r.matching} of ${r.fields} (${r.percent.toFixed(1)} %)`,
  ];
  if (r.notInSnapshot.length > 0) lines.push(`not in the snapshot (specs/reference/fujian-intake-fields.yaml): ${r.notInSnapshot.join(", ")}`);
  for (const c of r.comparisons.filter((x) => x.mismatches.length > 0)) {
    const intake = `intake ${c.intake.mandatory ? "mandatory" : "optional"}${c.intake.check ? ` ${c.intake.check}` : ""}`;
    const bundle = c.bundle ? `bundle ${c.bundle.mandatory ? "mandatory" : "optional"} ${c.bundle.notation ?? ""}`.trimEnd() : "not in the bundle";
    lines.push(`  ${c.dataNo} ${c.field}: ${c.mismatches.join(", ")} (${intake}; ${bundle})`);
  }
  return lines.join("\n") + "\n";
}
