import type { Text } from "../../specs/conformance/report.ts";
import { OUTCOMES } from "../runner/model.ts";
import { escapeMarkdown } from "./escape.ts";
import type { CertificationReport } from "./model.ts";

export type Lang = "zh" | "en";

const L = (lang: Lang) => (zh: string, en: string) => (lang === "zh" ? zh : en);
const pick = (t: Text, lang: Lang) => md(t[lang]);
/** Any text of the report: the writer's own Markdown stays outside it. */
const md = escapeMarkdown;
/** An ID of the catalogue as code (a code span shows markup as text; only a backtick, a pipe or a line break could end it). */
const code = (id: string) => "`" + id.replace(/[`|\r\n]/g, "") + "`";

/** A short Markdown summary of a report, for a pull request, an e-mail or a ticket. */
export function reportMarkdown(r: CertificationReport, lang: Lang = "zh"): string {
  const t = L(lang);
  const lines: string[] = [];
  const level = r.levels.find((l) => l.id === r.summary.achievedLevel);
  lines.push(`# ${t("接入认证报告", "Certification report")}: ${md(r.target.url)}`);
  lines.push("");
  lines.push(
    `${t("结论", "Result")}: **${r.summary.certified ? t("通过", "CERTIFIED") : t("未通过", "NOT CERTIFIED")}** — ${t("申请级别", "requested level")} ${code(r.summary.requestedLevel)}, ${t("达到级别", "achieved")} ${level ? `${code(level.id)} (${pick(level, lang)})` : t("无", "none")}`,
  );
  lines.push("");
  lines.push(`${t("规范版本", "Spec bundle")}: ${md(r.specBundle.id)} ${md(r.specBundle.version)} (${md(r.specBundle.digest)}) · ${t("运行器", "runner")} ywjy ${md(r.runner.version)} · ${md(r.startedAt)} → ${md(r.finishedAt)}`);
  lines.push("");
  lines.push(`| | ${OUTCOMES.join(" | ")} |`);
  lines.push(`|---|${OUTCOMES.map(() => "---:").join("|")}|`);
  lines.push(`| ${t("检查", "checks")} | ${OUTCOMES.map((o) => r.summary.checks[o]).join(" | ")} |`);
  lines.push(`| ${t("要求", "requirements")} | ${OUTCOMES.map((o) => r.summary.requirements[o]).join(" | ")} |`);
  lines.push("");
  lines.push(`## ${t("级别", "Levels")}`);
  lines.push("");
  for (const l of r.levels)
    lines.push(
      `- ${l.met ? "✅" : "❌"} ${code(l.id)} ${pick(l, lang)}${l.blocking.length ? ` — ${t("未满足", "blocking")}: ${md(l.blocking.join(", "))}` : ""}${l.outstanding.length ? ` — ${t("待提交证明", "outstanding evidence")}: ${l.outstanding.length}` : ""}`,
    );
  const failing = r.requirements.filter((q) => q.outcome === "fail" || q.outcome === "error");
  if (failing.length > 0) {
    lines.push("");
    lines.push(`## ${t("未通过的要求", "Requirements not met")}`);
    lines.push("");
    lines.push(`| ${t("要求", "Requirement")} | ${t("级别", "Level")} | ${t("结果", "Outcome")} | ${t("检查与原因", "Checks and reasons")} |`);
    lines.push("|---|---|---|---|");
    for (const q of failing) {
      const reasons = r.checks
        .filter((c) => q.checks.includes(c.id) && (c.outcome === "fail" || c.outcome === "error"))
        .map((c) => `${code(c.id)}: ${pick(c.reason, lang)}`)
        .join("<br>");
      lines.push(`| ${md(q.id)} ${pick(q, lang)} | ${md(q.level)} ${md(q.levelEn)} | ${md(q.outcome)} | ${reasons} |`);
    }
  }
  return lines.join("\n") + "\n";
}
