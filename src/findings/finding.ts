import type { LocalizedText } from "../specs/manifest.ts";

export type Severity = "error" | "warning" | "info";

/**
 * One problem found in reported data. `ywjy validate` and `ywjy quality` both report findings in
 * this shape; `path` is a JSON Pointer into the record (e.g. `/context/TENDER_MODE`), `line` is the
 * 1-based line of the record in an NDJSON file, `recordIndex` its 0-based position in the input.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  file?: string;
  line?: number;
  recordIndex?: number;
  DATA_NO?: number;
  DATA_KEY?: string;
  path: string;
  message: LocalizedText;
}

/** Fills a message template: `{name}` is replaced by params.name. */
export function formatMessage(template: LocalizedText, params: Record<string, string | number | undefined>): LocalizedText {
  const fill = (t: string) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return { zh: fill(template.zh), en: fill(template.en) };
}
