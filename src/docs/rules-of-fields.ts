/**
 * Which validation and quality rules apply to a field of a data set, worked out from the specs rather
 * than listed by hand:
 * - validation rules: for each JSON Schema constraint the field's schema carries (type, length,
 *   pattern, format, enum, required), the rule the validator reports its failure under
 *   (ruleForFailure of src/validate/catalogue.ts, the same lookup `ywjy validate` uses); a field whose code
 *   kind another field gives (x-code-type-field) is checked by field-subject-code, a city-level region
 *   field by field-region-level, a field whose list has aliases or dated codes by field-code-alias and
 *   field-code-period;
 * - quality rules: the rules whose parameters name the field, within the data sets they name
 *   (`dataNo` in the same or an enclosing object); a mandatory-fields rule applies to every mandatory field.
 */
import type { QualityRuleBook } from "../quality/rules.ts";
import type { Codelist } from "../specs/codelists.ts";
import { parseNotation } from "../specs/notation.ts";
import { ruleForFailure, type RuleCatalogue } from "../validate/catalogue.ts";
import type { DataSetDoc, Json } from "./model.ts";

export function validationRulesOfField(catalogue: RuleCatalogue | undefined, field: Json, required: boolean, list?: Codelist): string[] {
  if (!catalogue) return [];
  let notation: string | undefined;
  try {
    notation = field["x-notation"] ? parseNotation(String(field["x-notation"])).kind : undefined;
  } catch {
    notation = undefined;
  }
  const ids = new Set<string>();
  const codelist = field["x-codelist"] !== undefined;
  const separator = field["x-separator"] !== undefined;
  const add = (keyword: string, format?: string) => {
    try {
      ids.add(ruleForFailure(catalogue, { keyword, format, notation, codelist, separator }).id);
    } catch {
      // No rule reports this keyword: nothing to list.
    }
  };
  if (required) add("required");
  if (field.type) add("type");
  if (field.minLength !== undefined || field.maxLength !== undefined) add("minLength");
  if (field.pattern) add("pattern");
  if (field.format) add("format", field.format);
  if (field["x-item-format"]) add("format", field["x-item-format"]);
  if (field.enum) add("enum");
  const known = (id: string, applies: boolean) => applies && catalogue.byId.has(id) && ids.add(id);
  known("field-subject-code", field["x-code-type-field"] !== undefined);
  known("field-region-level", field["x-region-level"] !== undefined);
  known("field-code-alias", list?.codes.some((c) => c.aliases !== undefined) ?? false);
  known("field-code-period", list?.codes.some((c) => c.validFrom !== undefined || c.validUntil !== undefined) ?? false);
  return [...ids];
}

export interface QualityIndex {
  /** `${dataNo}/${field}` → rule IDs. */
  byField: Map<string, string[]>;
  /** dataNo → rule IDs whose parameters name the data set. */
  byDataSet: Map<number, string[]>;
}

const FIELD_NAME = /^[A-Z][A-Z0-9_]*$/;

export function qualityIndex(book: QualityRuleBook | undefined, dataSets: DataSetDoc[]): QualityIndex {
  const byField = new Map<string, string[]>();
  const byDataSet = new Map<number, string[]>();
  if (!book) return { byField, byDataSet };
  const fieldsOf = new Map(dataSets.map((d) => [d.dataNo, d.schema.properties ?? {}]));
  const push = <K,>(map: Map<K, string[]>, key: K, id: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (const rule of book.rules) {
    const mark = (name: string, scope: number[] | undefined) => {
      if (!FIELD_NAME.test(name)) return;
      for (const no of scope ?? fieldsOf.keys()) if (fieldsOf.get(no)?.[name]) push(byField, `${no}/${name}`, rule.id);
    };
    const walk = (node: unknown, scope: number[] | undefined): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, scope));
      if (typeof node === "string") return mark(node, scope);
      if (!node || typeof node !== "object") return;
      const obj = node as Json;
      const own = obj.dataNo === undefined ? scope : ([] as unknown[]).concat(obj.dataNo).map(Number);
      if (own !== scope) for (const no of own!) if (fieldsOf.has(no)) push(byDataSet, no, rule.id);
      for (const [k, v] of Object.entries(obj)) {
        if (k === "dataNo") continue;
        mark(k, own);
        walk(v, own);
      }
    };
    walk(rule.params, undefined);
    if (rule.kind === "mandatory-fields")
      for (const d of dataSets) {
        push(byDataSet, d.dataNo, rule.id);
        for (const f of d.schema.required ?? []) push(byField, `${d.dataNo}/${f}`, rule.id);
      }
  }
  return { byField, byDataSet };
}
