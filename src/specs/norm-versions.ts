/**
 * Versions of the data norm (specs/reporting/norm-versions.yaml), oldest first, and which of them a
 * record is judged by: a named version, or the one in force at the record's date. A contract field
 * tagged `@since ID` (schema annotation x-since) is not required of a record judged by an older version.
 */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "./yaml-file.ts";

export const normVersionsFile = join(specsDir, "reporting", "norm-versions.yaml");

export interface NormVersion {
  id: string;
  zh: string;
  en: string;
  /** The first day (yyyy-MM-dd) the version applies to records. */
  inForce: string;
  source: string;
  verified: boolean;
}

/** `by-date`: the version in force at each record's date; otherwise a version ID. */
export type NormVersionChoice = "by-date" | (string & {});

let cached: NormVersion[] | undefined;

/** The norm's versions, oldest first. Throws, naming the file, on a malformed or unordered list. */
export function loadNormVersions(file = normVersionsFile): NormVersion[] {
  if (cached && file === normVersionsFile) return cached;
  const versions = readYamlFile<{ versions: NormVersion[] }>(file)?.versions;
  if (!Array.isArray(versions) || versions.length === 0) throw new Error(`${file}: versions must be a non-empty list`);
  versions.forEach((v, i) => {
    if (typeof v.id !== "string" || !v.zh || !v.en || !v.source) throw new Error(`${file}: versions[${i}] needs id (a string), zh, en and source`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(v.inForce))) throw new Error(`${file}: version ${v.id}: inForce must be a day written yyyy-MM-dd`);
    if (i > 0 && versions[i - 1]!.inForce >= v.inForce) throw new Error(`${file}: version ${v.id} must come into force after ${versions[i - 1]!.id}`);
  });
  if (file === normVersionsFile) cached = versions;
  return versions;
}

/** The position of version `id` (0 = oldest); throws a RangeError on an unknown ID, listing the known ones. */
export function normVersionIndex(id: string, versions = loadNormVersions()): number {
  const i = versions.findIndex((v) => v.id === id);
  if (i < 0) throw new RangeError(`unknown norm version "${id}" (known: ${versions.map((v) => v.id).join(", ")}, or by-date)`);
  return i;
}

/** The position of the version in force on `day` (yyyy-MM-dd); -1 before the first. */
export function normVersionIndexOn(day: string, versions = loadNormVersions()): number {
  let found = -1;
  versions.forEach((v, i) => {
    if (v.inForce <= day) found = i;
  });
  return found;
}

/**
 * Whether a field that version `since` introduced is required of a record dated `day` (yyyy-MM-dd, when
 * known) judged by `choice`: always under the current version (no choice); under `by-date`, when the
 * version in force at the record's date (the current one for an undated record) is `since` or later.
 */
export function fieldInForce(since: string, choice: NormVersionChoice | undefined, day: string | undefined): boolean {
  if (choice === undefined) return true;
  const versions = loadNormVersions();
  const judgedBy = choice !== "by-date" ? normVersionIndex(choice, versions) : day === undefined ? versions.length - 1 : normVersionIndexOn(day, versions);
  return normVersionIndex(since, versions) <= judgedBy;
}
