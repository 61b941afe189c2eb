/** The files of `ywjy quality --out DIR`: quality.json, quality.html, notices.json and notices.md. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtml } from "./html.ts";
import type { QualityResult } from "./result.ts";
import type { QualityRuleBook } from "./rules.ts";
import { renderNoticesMarkdown, type Lang } from "./text.ts";

/** Writes the report files into `dir` (created when missing) and returns their paths. */
export function writeQualityReports(result: QualityResult, book: QualityRuleBook, dir: string, lang: Lang): string[] {
  mkdirSync(dir, { recursive: true });
  const files: Array<[string, string]> = [
    ["quality.json", JSON.stringify(result, null, 2) + "\n"],
    ["quality.html", renderHtml(result, book, lang)],
    ["notices.json", JSON.stringify(result.notices, null, 2) + "\n"],
    ["notices.md", renderNoticesMarkdown(result, book, lang)],
  ];
  return files.map(([name, content]) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  });
}
