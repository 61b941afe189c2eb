/**
 * The quality report as one self-contained HTML page (inline CSS, SVG and script; nothing fetched):
 * the summary, a bar chart and a rule table per dimension with sampled failures, the collusion
 * warnings, scores per reporting system and per trading domain, and the notices. Every text is there
 * in Chinese and English; a button switches between them.
 */
import type { Finding } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import type { DimensionResult, GroupResult, Notice, QualityResult, RuleResult } from "./result.ts";
import { DIMENSIONS, qualityText, type QualityRuleBook } from "./rules.ts";
import { domainName, pct, showScore, type Lang } from "./text.ts";

/** Problems listed per notice in the page (all are in notices.json and notices.md). */
const NOTICE_ROWS = 20;

const esc = (s: unknown): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Both languages of a text; the stylesheet shows the current one. */
const bi = (t: LocalizedText): string => `<span lang="zh">${esc(t.zh)}</span><span lang="en">${esc(t.en)}</span>`;

const CSS = `
:root{--ok:#1a7f37;--mid:#b35900;--bad:#c62828;--ink:#1f2328;--mute:#59636e;--line:#d1d9e0;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);margin:0 auto;max-width:1200px;padding:16px 24px}
html[data-lang=zh] [lang=en],html[data-lang=en] [lang=zh]{display:none}
header{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid var(--line);margin-bottom:16px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid var(--line);padding-bottom:4px}
button{font:inherit;padding:4px 12px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:140px}
.card b{display:block;font-size:22px}.card small{color:var(--mute)}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--bg)}td.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-error{color:var(--bad)}.sev-warning{color:var(--mid)}.mute{color:var(--mute)}.unverified{color:var(--mid);font-size:12px}
details{margin:6px 0}summary{cursor:pointer}code{font-size:12px}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
@media print{button{display:none}}
`;

const SCRIPT = `
(function(){
  var root=document.documentElement, key="ywjy-quality-lang";
  function set(l){root.setAttribute("data-lang",l);root.setAttribute("lang",l==="zh"?"zh-CN":"en");}
  try{var saved=localStorage.getItem(key);if(saved==="zh"||saved==="en")set(saved);}catch(e){}
  document.getElementById("lang-switch").addEventListener("click",function(){
    var l=root.getAttribute("data-lang")==="zh"?"en":"zh";set(l);try{localStorage.setItem(key,l);}catch(e){}
  });
})();
`;

const colour = (rate: number | null) => (rate === null ? "#8c959f" : rate >= 0.98 ? "#1a7f37" : rate >= 0.9 ? "#b35900" : "#c62828");

/** A horizontal bar per rule: its pass rate. */
function chart(id: string, title: LocalizedText, rules: RuleResult[]): string {
  const rows = rules.filter((r) => r.checked > 0);
  if (rows.length === 0) return "";
  const barW = 420;
  const h = 22;
  const height = rows.length * h + 8;
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * h;
      const w = Math.round((r.passRate ?? 0) * barW);
      return `<text x="0" y="${y + 15}">${esc(r.id)}</text><rect x="210" y="${y + 3}" width="${barW}" height="${h - 6}" fill="#eaeef2"/><rect x="210" y="${y + 3}" width="${w}" height="${h - 6}" fill="${colour(r.passRate)}"/><text x="${210 + barW + 8}" y="${y + 15}">${esc(pct(r.passRate))}</text>`;
    })
    .join("");
  return `<svg id="chart-${esc(id)}" role="img" width="${210 + barW + 70}" height="${height}" viewBox="0 0 ${210 + barW + 70} ${height}"><title>${esc(title.zh)} / ${esc(title.en)}</title>${bars}</svg>`;
}

function findingRow(f: Finding): string {
  const at = f.file !== undefined ? `${f.file}${f.line !== undefined ? `:${f.line}` : ""}` : `#${f.recordIndex ?? "-"}`;
  return `<tr><td><code>${esc(f.ruleId)}</code></td><td class="sev-${esc(f.severity)}">${esc(f.severity)}</td><td><code>${esc(f.DATA_KEY ?? "")}</code><br><span class="mute">${esc(at)}</span></td><td><code>${esc(f.path || "/")}</code></td><td>${bi(f.message)}</td></tr>`;
}

function ruleTable(book: QualityRuleBook, d: DimensionResult): string {
  const t = (id: string) => bi(qualityText(book, id));
  const rows = d.rules
    .map((r) => {
      const basis = r.basis.map((b) => `${bi(b)}${b.verified ? "" : ` <span class="unverified">(${t("report.unverified")})</span>`}`).join("<br>");
      const samples =
        r.samples.length === 0
          ? ""
          : `<tr><td colspan="6"><details><summary>${t("report.samples")} (${r.samples.length})</summary><table>${r.samples.map(findingRow).join("")}</table></details></td></tr>`;
      return `<tr data-rule="${esc(r.id)}"><td><code>${esc(r.id)}</code><br>${bi(r)}</td><td class="sev-${esc(r.severity)}">${esc(r.severity)}</td><td class="n">${r.checked}</td><td class="n">${r.failed}</td><td class="n" data-testid="rate-${esc(r.id)}">${esc(pct(r.passRate))}</td><td>${basis}</td></tr>${samples}`;
    })
    .join("");
  return `<table><thead><tr><th>${t("report.rule")}</th><th></th><th>${t("report.checked")}</th><th>${t("report.failed")}</th><th>${t("report.passRate")}</th><th>${t("report.basis")}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function groupTable(book: QualityRuleBook, head: string, groups: Array<[LocalizedText | string, GroupResult, string?]>): string {
  const t = (id: string) => bi(qualityText(book, id));
  const dims = DIMENSIONS.map((d) => `<th>${bi(book.dimensions.find((x) => x.id === d)!)}</th>`).join("");
  const rows = groups
    .map(
      ([name, g, extra]) =>
        `<tr><td>${typeof name === "string" ? esc(name) : bi(name)}${extra ? `<br><span class="mute">${esc(extra)}</span>` : ""}</td><td class="n">${g.records}</td><td class="n">${showScore(g.score)}</td>${DIMENSIONS.map((d) => `<td class="n">${showScore(g.dimensions[d])}</td>`).join("")}<td class="n">${g.errors}</td><td class="n">${g.warnings}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>${head}</th><th>${t("report.records")}</th><th>${t("report.overall")}</th>${dims}<th>${t("report.errors")}</th><th>${t("report.warnings")}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function noticeBlock(n: Notice): string {
  const rows = n.problems.slice(0, NOTICE_ROWS).map(findingRow).join("");
  const more = n.problems.length > NOTICE_ROWS ? `<p class="mute">+${n.problems.length - NOTICE_ROWS} (notices.json, notices.md)</p>` : "";
  return `<details class="notice" data-party="${esc(n.id)}"><summary>${bi(n.title)} — <span class="sev-error">${n.errors}</span> / <span class="sev-warning">${n.warnings}</span></summary><p>${bi(n.intro)}</p><table>${rows}</table>${more}</details>`;
}

export function renderHtml(result: QualityResult, book: QualityRuleBook, lang: Lang = "zh"): string {
  const t = (id: string) => bi(qualityText(book, id));
  const s = result.summary;
  const card = (id: string, label: string, value: string | number) => `<div class="card"><small>${label}</small><b data-testid="${id}">${esc(value)}</b></div>`;
  const dimensionSections = DIMENSIONS.map((d) => {
    const r = result.dimensions[d];
    const info = book.dimensions.find((x) => x.id === d)!;
    return `<section class="dimension" id="dim-${d}"><h2>${bi(r)} — ${t("report.score")} <span data-testid="score-${d}">${esc(showScore(r.score))}</span></h2><p class="mute">${bi(info.definition)}</p>${chart(d, r, r.rules)}${ruleTable(book, r)}</section>`;
  }).join("");
  const collusionInfo = book.dimensions.find((x) => x.id === "collusion")!;
  const systems = Object.entries(result.bySystem).map(([sys, g]) => [sys, g, g.platformCodes.join(", ")] as [string, GroupResult, string]);
  const domains = Object.entries(result.byDomain).map(([d, g]) => [domainName(book, d), g] as [LocalizedText, GroupResult]);
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}" data-lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(qualityText(book, "report.title").zh)} / ${esc(qualityText(book, "report.title").en)}</title><style>${CSS}</style></head>
<body>
<header><h1 id="title">${t("report.title")}</h1><button id="lang-switch" type="button"><span lang="zh">English</span><span lang="en">中文</span></button></header>
<section id="summary"><div class="cards">
${card("summary-score", t("report.overall"), showScore(s.score))}
${card("summary-records", t("report.records"), s.records)}
${card("summary-errors", t("report.errors"), s.errors)}
${card("summary-warnings", t("report.warnings"), s.warnings)}
${card("summary-superseded", t("report.superseded"), s.superseded)}
${card("summary-unreadable", t("report.unreadable"), s.unreadable)}
${card("summary-window", t("report.window"), s.windowEnd ?? "—")}
</div><p class="mute">${t("report.scoreNote")}</p><p class="mute">${bi(book.calendar.note)}</p></section>
${dimensionSections}
<section id="collusion"><h2>${t("report.collusion")}</h2><p class="mute">${bi(collusionInfo.definition)}</p>${chart("collusion", result.collusion, result.collusion.rules)}${ruleTable(book, result.collusion)}</section>
<section id="by-system"><h2>${t("report.bySystem")}</h2>${groupTable(book, t("report.system"), systems)}</section>
<section id="by-domain"><h2>${t("report.byDomain")}</h2>${groupTable(book, t("report.domain"), domains)}</section>
<section id="notices"><h2>${t("report.notices")} (<span data-testid="notice-count">${result.notices.length}</span>)</h2>${result.notices.map(noticeBlock).join("")}</section>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
