/**
 * The quality result for people: a plain-text summary (`ywjy quality --format text`) and the notices
 * as Markdown (notices.md). Labels come from specs/quality/common.yaml `texts`.
 */
import type { Finding } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import type { DimensionResult, QualityResult } from "./result.ts";
import { DIMENSIONS, qualityText, type QualityRuleBook } from "./rules.ts";

export type Lang = "zh" | "en";

export const pct = (rate: number | null): string => (rate === null ? "—" : `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`);
export const showScore = (s: number | null): string => (s === null ? "—" : s.toFixed(1));

/** "501 0201501Q…  /context/TENDER_AGENCY_CODE" — where a finding is. */
export function findingPlace(f: Finding): string {
  const at = f.file !== undefined ? `${f.file}${f.line !== undefined ? `:${f.line}` : ""}` : `#${f.recordIndex ?? "-"}`;
  return `${at}  ${f.DATA_KEY ?? ""}  ${f.path || "/"}`;
}

/** The name of a trading domain (the contracts' @domain). */
export function domainName(book: QualityRuleBook, domain: string): LocalizedText {
  return book.texts[`domain.${domain}`] ?? { zh: domain, en: domain };
}

export function renderText(result: QualityResult, book: QualityRuleBook, lang: Lang): string {
  const t = (id: string) => qualityText(book, id)[lang];
  const s = result.summary;
  const lines: string[] = [];
  lines.push(`${t("report.title")}${s.specVersion ? `  (spec ${s.specVersion})` : ""}`);
  lines.push(
    `${t("report.records")} ${s.records}  ${t("report.superseded")} ${s.superseded}  ${t("report.unreadable")} ${s.unreadable}  ${t("report.window")} ${s.windowEnd ?? "—"}`,
    `${t("report.overall")} ${showScore(s.score)}  ${t("report.errors")} ${s.errors}  ${t("report.warnings")} ${s.warnings}`,
    "",
  );
  const dimension = (name: string, d: DimensionResult, scored: boolean) => {
    lines.push(`${name}${scored ? `  ${t("report.score")} ${showScore(d.score)}` : ""}`);
    for (const r of d.rules) {
      if (r.checked === 0) continue;
      lines.push(`  ${r.id.padEnd(26)} ${pct(r.passRate).padStart(6)}  ${String(r.failed).padStart(6)}/${r.checked}  ${r[lang]}`);
      for (const f of r.samples) lines.push(`      ${findingPlace(f)}  ${f.message[lang]}`);
    }
    lines.push("");
  };
  for (const d of DIMENSIONS) dimension(result.dimensions[d][lang], result.dimensions[d], true);
  dimension(t("report.collusion"), result.collusion, false);
  lines.push(t("report.bySystem"));
  for (const [sys, g] of Object.entries(result.bySystem))
    lines.push(`  ${sys}  ${g.platformCodes.join(",")}  ${t("report.records")} ${g.records}  ${t("report.score")} ${showScore(g.score)}  ${t("report.errors")} ${g.errors}  ${t("report.warnings")} ${g.warnings}`);
  lines.push("", t("report.byDomain"));
  for (const [domain, g] of Object.entries(result.byDomain))
    lines.push(`  ${domainName(book, domain)[lang]}  ${t("report.records")} ${g.records}  ${t("report.score")} ${showScore(g.score)}  ${t("report.errors")} ${g.errors}  ${t("report.warnings")} ${g.warnings}`);
  lines.push("", `${t("report.notices")} ${result.notices.length}`);
  for (const n of result.notices) lines.push(`  ${n.title[lang]}  ${t("report.errors")} ${n.errors}  ${t("report.warnings")} ${n.warnings}`);
  return lines.join("\n") + "\n";
}

const mdCell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The notices as Markdown, one section per responsible party with a table of its problems. */
export function renderNoticesMarkdown(result: QualityResult, book: QualityRuleBook, lang: Lang): string {
  const t = (id: string) => qualityText(book, id)[lang];
  const out: string[] = [`# ${t("report.notices")}`, ""];
  for (const n of result.notices) {
    out.push(`## ${n.title[lang]}`, "", n.intro[lang], "");
    out.push(`| ${t("report.rule")} | DATA_KEY | path | ${t("report.problem")} |`, "|---|---|---|---|");
    for (const f of n.problems) out.push(`| ${f.ruleId} | ${f.DATA_KEY ?? ""} | ${f.path || "/"} | ${mdCell(f.message[lang])} |`);
    out.push("");
  }
  return out.join("\n");
}
