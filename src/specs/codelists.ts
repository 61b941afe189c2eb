import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "./yaml-file.ts";

export interface Code {
  code: string;
  zh: string;
  en: string;
  description?: string;
  deprecated?: boolean;
  deprecationNote?: string;
  /** Where this code rests, when it differs from the list's source. */
  source?: string;
  /** Overrides the list's `verified` for this code. */
  verified?: boolean;
  /** PRICE_UNIT only: the factor that turns an amount in this unit into yuan. */
  multiplier?: number;
  /**
   * Lists of identifier kinds (SUBJECT_CODE_TYPE, ID_CARD_TYPE): the identifier format (src/identifiers,
   * e.g. `uscc`, `resident-id`) that a code of this kind must pass; absent when there is no check.
   */
  identifierFormat?: string;
  /** REGION only: the level of the division. */
  level?: "province" | "city" | "county";
  /** REGION only: the code of the division one level up. */
  parent?: string;
  /**
   * Other spellings of the code that validators accept with a warning (rule field-code-alias), e.g.
   * a currency's ISO 4217 letter code beside the GB/T 12406 numeric code the norm asks for.
   */
  aliases?: string[];
  /** The first day (yyyy-MM-dd) the code is valid; a record dated earlier may not carry it (rule field-code-period). */
  validFrom?: string;
  /** The last day (yyyy-MM-dd) the code is valid (abolished since); a record dated later may not carry it. */
  validUntil?: string;
}

export interface Codelist {
  id: string;
  zh: string;
  en: string;
  source: string;
  /** The sys_dic TYPE of the Fujian intake, where the list is one. */
  dict?: string;
  /** False when some of the list's values are not verified (a code's own `verified` says which). */
  verified: boolean;
  /** Set for lists too large for a JSON Schema enum: the format that checks membership instead. */
  format?: string;
  /**
   * `prefix` when the list holds only the known top levels of longer codes: a value is valid when it
   * begins with one of the codes (followed by letters or digits). Exact by default.
   */
  matching?: "exact" | "prefix";
  /** Where the data came from, when a script wrote the file. */
  credit?: string;
  codes: Code[];
}

export const codelistsDir = join(specsDir, "codelists");

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isDay = (v: unknown): boolean => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** What is wrong with a list read from `file` (its shape, names and codes); empty when nothing is. */
export function codelistProblems(list: Codelist, file: string): string[] {
  const problems: string[] = [];
  if (list === null || typeof list !== "object") return [`${file}: not a code list (a mapping with id, zh, en, source, verified, codes)`];
  if (list.id !== file.split(/[\\/]/).pop()?.replace(/\.(yaml|json)$/, "")) problems.push(`${file}: id "${list.id}" does not match the file name`);
  for (const key of ["zh", "en", "source"] as const) if (!isText(list[key])) problems.push(`${file}: ${key} is missing`);
  if (typeof list.verified !== "boolean") problems.push(`${file}: verified must be true or false`);
  if (list.matching !== undefined && list.matching !== "exact" && list.matching !== "prefix") problems.push(`${file}: matching must be exact or prefix`);
  if (!Array.isArray(list.codes) || list.codes.length === 0) return [...problems, `${file}: codes must be a non-empty list`];
  const seen = new Set<string>();
  list.codes.forEach((c, i) => {
    const at = `${file}: codes[${i}]`;
    if (!isText(c?.code)) return problems.push(`${at}: code must be a non-empty string (quote numeric codes)`);
    if (seen.has(c.code)) problems.push(`${at}: code "${c.code}" appears twice`);
    seen.add(c.code);
    for (const key of ["zh", "en"] as const) if (!isText(c[key])) problems.push(`${at} (${c.code}): ${key} is missing`);
    if (c.verified !== undefined && typeof c.verified !== "boolean") problems.push(`${at} (${c.code}): verified must be true or false`);
    for (const key of ["validFrom", "validUntil"] as const)
      if (c[key] !== undefined && !isDay(c[key])) problems.push(`${at} (${c.code}): ${key} must be a day written yyyy-MM-dd`);
    if (c.validFrom !== undefined && c.validUntil !== undefined && c.validFrom > c.validUntil) problems.push(`${at} (${c.code}): validFrom is after validUntil`);
    if (c.aliases !== undefined && (!Array.isArray(c.aliases) || !c.aliases.every(isText))) problems.push(`${at} (${c.code}): aliases must be a list of codes`);
  });
  for (const alias of list.codes.flatMap((c) => c.aliases ?? []))
    if (seen.has(alias)) problems.push(`${file}: alias "${alias}" is also a code or another alias`);
    else seen.add(alias);
  return problems;
}

let cached: Map<string, Codelist> | undefined;

/** The files of specs/codelists: hand-written lists are YAML; lists a script writes from a source package are JSON. */
export function codelistFiles(dir: string = codelistsDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".json"))
    .sort();
}

function readJsonList(path: string): Codelist {
  try {
    const { $comment: _comment, ...list } = JSON.parse(readFileSync(path, "utf8")) as Codelist & { $comment?: string };
    return list;
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** Every code list of the bundle, keyed by its id. A malformed list throws, naming the file and the code. */
export function loadCodelists(): Map<string, Codelist> {
  if (cached) return cached;
  const lists = new Map<string, Codelist>();
  for (const file of codelistFiles()) {
    const path = join(codelistsDir, file);
    const list = file.endsWith(".json") ? readJsonList(path) : readYamlFile<Codelist>(path);
    const problems = codelistProblems(list, path);
    if (problems.length > 0) throw new Error(problems.join("\n"));
    lists.set(list.id, list);
  }
  cached = lists;
  return cached;
}

export function codelist(id: string): Codelist {
  const list = loadCodelists().get(id);
  if (!list) throw new Error(`unknown code list ${id} (no specs/codelists/${id}.yaml or .json)`);
  return list;
}

/** Whether a code of `list` is verified: its own flag, else the list's. */
export const isVerified = (list: Codelist, code: Code): boolean => code.verified ?? list.verified;

/** Whether `code` is valid on `day` (yyyy-MM-dd): within its validFrom and validUntil, each when given. */
export const isValidOn = (code: Code, day: string): boolean =>
  (code.validFrom === undefined || code.validFrom <= day) && (code.validUntil === undefined || day <= code.validUntil);
