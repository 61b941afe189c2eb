import { readdirSync } from "node:fs";
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
  source?: string;
  verified?: boolean;
  /** PRICE_UNIT only: the factor that turns an amount in this unit into yuan. */
  multiplier?: number;
}

export interface Codelist {
  id: string;
  zh: string;
  en: string;
  source: string;
  /** The sys_dic TYPE of the Fujian intake, where the list is one. */
  dict?: string;
  verified: boolean;
  /** Set for lists too large for a JSON Schema enum: the format that checks membership instead. */
  format?: string;
  /** Where the data came from, when a script wrote the file. */
  credit?: string;
  codes: Code[];
}

export const codelistsDir = join(specsDir, "codelists");

let cached: Map<string, Codelist> | undefined;

/** Every code list of the bundle, keyed by its id. */
export function loadCodelists(): Map<string, Codelist> {
  if (cached) return cached;
  cached = new Map();
  for (const file of readdirSync(codelistsDir).filter((f) => f.endsWith(".yaml")).sort()) {
    const list = readYamlFile<Codelist>(join(codelistsDir, file));
    if (`${list.id}.yaml` !== file) throw new Error(`${join(codelistsDir, file)}: id "${list.id}" does not match the file name`);
    cached.set(list.id, list);
  }
  return cached;
}

export function codelist(id: string): Codelist {
  const list = loadCodelists().get(id);
  if (!list) throw new Error(`unknown code list ${id} (no specs/codelists/${id}.yaml)`);
  return list;
}
