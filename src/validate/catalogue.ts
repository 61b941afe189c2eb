/**
 * The validation rule catalogue (specs/reporting/validation-rules.yaml): rule IDs, severities,
 * message templates, the requirement each serves, which JSON Schema failures each reports, and the
 * names and failure reasons of the identifier formats.
 */
import { join } from "node:path";
import { formatMessage, type Severity } from "../findings/finding.ts";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { readYamlFile } from "../specs/yaml-file.ts";

export const validationRulesFile = join(specsDir, "reporting", "validation-rules.yaml");

export interface ValidationRule extends LocalizedText {
  id: string;
  severity: Severity;
  requirement: string;
  description: LocalizedText;
  /** The JSON Schema failures this rule reports. */
  ajv?: FailureMatcher | FailureMatcher[];
}

export interface FailureMatcher {
  keyword: string | string[];
  format?: string | string[];
  notation?: string;
  codelist?: boolean;
  /** The field may list several items (@separator). */
  separator?: boolean;
}

/** What a JSON Schema failure is about: its keyword, and the field it is on. */
export interface Failure {
  keyword: string;
  format?: string;
  notation?: string;
  codelist: boolean;
  separator?: boolean;
}

export interface FormatInfo extends LocalizedText {
  standard?: string;
  /** Names (zh) of codes in the code lists that select this format for a subject code. */
  codeNames?: string[];
  reasons: Record<string, LocalizedText>;
}

export interface RuleCatalogue {
  rules: ValidationRule[];
  byId: Map<string, ValidationRule>;
  formats: Map<string, FormatInfo>;
  /** Names of the JSON types, for messages. */
  jsonTypes: Record<string, LocalizedText>;
  /** The parts of messages a validator puts together (a code's period, the items of a list), as templates. */
  phrases: Record<Phrase, LocalizedText>;
}

/** The phrases of the catalogue (`phrases`). */
export const PHRASES = ["periodFromUntil", "periodUntil", "periodFrom", "eachItem"] as const;
export type Phrase = (typeof PHRASES)[number];

/** A message parameter: the same text in both languages, or one text per language. */
export type MessageParam = string | number | LocalizedText | undefined;

const asList = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

let cached: RuleCatalogue | undefined;

/** The catalogue, read once. Throws, naming the file, on a duplicate ID or a rule without its parts. */
export function loadValidationRules(file = validationRulesFile): RuleCatalogue {
  if (cached && file === validationRulesFile) return cached;
  const doc = readYamlFile<{ rules: ValidationRule[]; formats: Record<string, FormatInfo>; jsonTypes: Record<string, LocalizedText>; phrases?: Record<Phrase, LocalizedText> }>(file);
  const byId = new Map<string, ValidationRule>();
  for (const r of doc.rules) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(r.id)) throw new Error(`${file}: rule id "${r.id}" is not kebab-case`);
    if (byId.has(r.id)) throw new Error(`${file}: rule ${r.id} is defined twice`);
    for (const part of ["severity", "requirement", "zh", "en", "description"] as const)
      if (!r[part]) throw new Error(`${file}: rule ${r.id} has no ${part}`);
    byId.set(r.id, r);
  }
  for (const p of PHRASES) if (!doc.phrases?.[p]?.zh || !doc.phrases[p].en) throw new Error(`${file}: phrases.${p} needs zh and en`);
  const catalogue = { rules: doc.rules, byId, formats: new Map(Object.entries(doc.formats ?? {})), jsonTypes: doc.jsonTypes ?? {}, phrases: doc.phrases! };
  if (file === validationRulesFile) cached = catalogue;
  return catalogue;
}

export function ruleById(catalogue: RuleCatalogue, id: string): ValidationRule {
  const rule = catalogue.byId.get(id);
  if (!rule) throw new Error(`unknown validation rule ${id} (not in specs/reporting/validation-rules.yaml)`);
  return rule;
}

/**
 * The rule that reports a JSON Schema failure: the first rule with a narrowed matcher (format,
 * notation, codelist or separator) that matches, else the first with a plain matcher, else the catch-all ("*").
 */
export function ruleForFailure(catalogue: RuleCatalogue, failure: Failure): ValidationRule {
  let plain: ValidationRule | undefined;
  let any: ValidationRule | undefined;
  for (const rule of catalogue.rules)
    for (const m of asList(rule.ajv) ?? []) {
      const keywords = asList(m.keyword)!;
      if (keywords.includes("*")) any ??= rule;
      if (!keywords.includes(failure.keyword)) continue;
      const formats = asList(m.format);
      if (formats === undefined && m.notation === undefined && m.codelist === undefined && m.separator === undefined) plain ??= rule;
      else if (
        (formats === undefined || (failure.format !== undefined && formats.includes(failure.format))) &&
        (m.notation === undefined || m.notation === failure.notation) &&
        (m.codelist === undefined || m.codelist === failure.codelist) &&
        (m.separator === undefined || m.separator === (failure.separator ?? false))
      )
        return rule;
    }
  const rule = plain ?? any;
  if (!rule) throw new Error(`specs/reporting/validation-rules.yaml: no rule reports the JSON Schema keyword ${failure.keyword}`);
  return rule;
}

/** Fills a template whose parameters may differ by language. */
export function fillMessage(template: LocalizedText, params: Record<string, MessageParam>): LocalizedText {
  const pick = (lang: "zh" | "en") =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]));
  return { zh: formatMessage(template, pick("zh")).zh, en: formatMessage(template, pick("en")).en };
}
