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
 *   {{endpoint:token}}              a platform endpoint (specs/platform/endpoints.yaml): method and path, linked
 *   {{endpoints}}                   alone: the table of the platform's endpoints; in a sentence: a link to it
 *
 * The same includes may be written as Markdown links, so that a reader of the source file sees the value:
 * `[300 s](param:deliveryDeadline)`, `[POST /oauth/token](endpoint:token)`. The site puts in the current
 * value, and `ywjy lint` reports a link text that is no longer the value (rule docs-include-stale), and a
 * parameter or endpoint written in the brace form, which hides its value in the source (docs-include-hidden-value).
 *
 * Inside code (`…` or fenced) an include becomes plain text, and `\{{…}}` stays as written (to show the syntax).
 * `ywjy lint` reports an include that names nothing (rule docs-include-unresolved).
 */
export const INCLUDE_KINDS = ["version", "codelist", "requirement", "dataset", "field", "rule", "param", "level", "operation", "endpoint", "endpoints"] as const;
export type IncludeKind = (typeof INCLUDE_KINDS)[number];

/** `{{kind}}` or `{{kind:argument}}`, not preceded by a backslash. */
export const INCLUDE_PATTERN = /(\\?)\{\{\s*([a-z]+)(?::\s*([^}\s]+))?\s*\}\}/g;

/** A Markdown link `[text](kind:arg)`: a candidate include in link form. */
const LINK_INCLUDE_PATTERN = /\[([^\]]*)\]\(([a-z]+:[^)\s]*)\)/g;

export interface IncludeRef {
  kind: string;
  arg: string;
  /** The link text of an include written as a link (`[300 s](param:deliveryDeadline)`). */
  text?: string;
  /** 1-based line in the source. */
  line: number;
  raw: string;
}

/** Every include of a Markdown source, with its line (escaped ones excluded). */
export function findIncludes(source: string): IncludeRef[] {
  const out: IncludeRef[] = [];
  source.split("\n").forEach((text, i) => {
    for (const m of text.matchAll(INCLUDE_PATTERN)) if (!m[1]) out.push({ kind: m[2]!, arg: m[3] ?? "", line: i + 1, raw: m[0] });
    for (const m of text.matchAll(LINK_INCLUDE_PATTERN)) {
      const inc = linkInclude(m[2]!);
      if (inc) out.push({ ...inc, text: m[1]!, line: i + 1, raw: m[0] });
    }
  });
  return out;
}

/** The include a link's href names (`param:deliveryDeadline`), if it names one. */
export function linkInclude(href: string): { kind: IncludeKind; arg: string } | undefined {
  const m = /^([a-z]+):(\S*)$/.exec(href);
  return m && (INCLUDE_KINDS as readonly string[]).includes(m[1]!) ? { kind: m[1] as IncludeKind, arg: decodeURIComponent(m[2]!) } : undefined;
}

/** A parameter's value as a reader sees it: `300 s`, `1000 records`; a factor as `×2`, a time of day as `02:00`. */
export function parameterValueText(p: { value: unknown; unit: string }): string {
  return p.unit === "factor" ? `×${p.value}` : p.unit === "time-of-day" ? String(p.value) : `${p.value} ${p.unit}`;
}

/** A platform endpoint as a reader sees it: `POST /oauth/token`. */
export function endpointText(e: { method?: string; path: string }): string {
  return `${e.method ? `${e.method} ` : ""}${e.path}`;
}
