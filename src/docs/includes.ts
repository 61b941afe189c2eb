/**
 * The include syntax of the hand-written guides (docs/<lang>/*.md): a guide names a fact of the specs
 * instead of retyping it, and the site builder puts the fact in, in the page's language.
 *
 *   {{version}}                     the spec bundle's version
 *   {{codelist:TENDER_MODE}}        alone in a paragraph: the list's codes as a table; in a sentence: a link
 *   {{requirement:ACC-AUTH-01}}     alone: the requirement quoted with its level; in a sentence: a link
 *   {{dataset:500}}                 a link to the data set
 *   {{field:500/PROJECT_CODE}}      a link to the field, with its name
 *   {{rule:field-code}}             a validation, quality or intake rule; alone: its message and description
 *   {{param:deliveryDeadline}}      a parameter's value and unit (x-ywjy-parameters of the AsyncAPI, then the OpenAPI document)
 *   {{level:access}}                a certification level, linked
 *   {{operation:getDiscovery}}      an operation of the access standard: method and path, linked
 *
 * Inside code (`…` or fenced) an include becomes plain text, and `\{{…}}` stays as written (to show the syntax).
 * `ywjy lint` reports an include that names nothing (rule docs-include-unresolved).
 */
export const INCLUDE_KINDS = ["version", "codelist", "requirement", "dataset", "field", "rule", "param", "level", "operation"] as const;
export type IncludeKind = (typeof INCLUDE_KINDS)[number];

/** `{{kind}}` or `{{kind:argument}}`, not preceded by a backslash. */
export const INCLUDE_PATTERN = /(\\?)\{\{\s*([a-z]+)(?::\s*([^}\s]+))?\s*\}\}/g;

export interface IncludeRef {
  kind: string;
  arg: string;
  /** 1-based line in the source. */
  line: number;
  raw: string;
}

/** Every include of a Markdown source, with its line (escaped ones excluded). */
export function findIncludes(source: string): IncludeRef[] {
  const out: IncludeRef[] = [];
  source.split("\n").forEach((text, i) => {
    for (const m of text.matchAll(INCLUDE_PATTERN)) if (!m[1]) out.push({ kind: m[2]!, arg: m[3] ?? "", line: i + 1, raw: m[0] });
  });
  return out;
}
