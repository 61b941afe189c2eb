/**
 * The report as one self-contained HTML page for people who are not engineers: the verdict first,
 * a chart of outcomes, the levels, the requirement matrix, and every check with its evidence one
 * click deeper. zh and en side by side, switched on the page; no script or style from outside.
 */
import type { Evidence, Outcome, Text } from "../../specs/conformance/report.ts";
import { OUTCOMES } from "../runner/model.ts";
import { escapeMarkup } from "./escape.ts";
import type { CertificationReport, Counts } from "./model.ts";

/** Every value, however typed: a hostile target's record may carry markup where a number belongs. */
const esc = (s: unknown) => escapeMarkup(String(s));
const bi = (t: Text) => `<span lang="zh">${esc(t.zh)}</span><span lang="en">${esc(t.en)}</span>`;
const both = (zh: string, en: string) => bi({ zh, en });
const anchor = (id: string) => "check-" + id.replace(/[^A-Za-z0-9_-]/g, "-");

const OUTCOME_TEXT: Record<Outcome, Text> = {
  pass: { zh: "通过", en: "pass" },
  fail: { zh: "不通过", en: "fail" },
  warn: { zh: "警告", en: "warn" },
  skip: { zh: "跳过", en: "skip" },
  error: { zh: "错误", en: "error" },
  manual: { zh: "人工", en: "manual" },
};
const badge = (o: Outcome) => `<span class="badge ${o}">${bi(OUTCOME_TEXT[o])}</span>`;

function chart(label: Text, counts: Counts, key: string): string {
  const total = OUTCOMES.reduce((n, o) => n + counts[o], 0) || 1;
  let x = 0;
  const bars = OUTCOMES.filter((o) => counts[o] > 0)
    .map((o) => {
      const w = (counts[o] / total) * 600;
      const rect = `<rect class="${o}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="28"><title>${o}: ${counts[o]}</title></rect>`;
      x += w;
      return rect;
    })
    .join("");
  const legend = OUTCOMES.map((o) => `<li><span class="swatch ${o}"></span>${bi(OUTCOME_TEXT[o])} <b data-summary="${key}-${o}">${counts[o]}</b></li>`).join("");
  return `<figure class="chart"><figcaption>${bi(label)}</figcaption><svg viewBox="0 0 600 28" preserveAspectRatio="none" role="img" aria-label="${esc(label.en)}">${bars}</svg><ul class="legend">${legend}</ul></figure>`;
}

function validationHtml(v: NonNullable<CertificationReport["checks"][number]["validation"]>): string {
  const rows = v.findings
    .map((f) => `<tr><td><code>${esc(f.ruleId)}</code></td><td>${esc(f.severity)}</td><td>${esc(f.DATA_NO ?? "")} ${esc(f.DATA_KEY ?? "")}</td><td><code>${esc(f.path)}</code></td><td>${bi(f.message)}</td></tr>`)
    .join("");
  return `<p>${both(`校验了 ${v.records} 条数据，发现 ${v.findingsTotal} 个问题。`, `${v.records} records validated, ${v.findingsTotal} findings.`)}</p>${
    rows ? `<table class="findings"><thead><tr><th>${both("规则", "Rule")}</th><th>${both("严重性", "Severity")}</th><th>${both("数据", "Record")}</th><th>${both("路径", "Path")}</th><th>${both("说明", "Message")}</th></tr></thead><tbody>${rows}</tbody></table>` : ""
  }`;
}

function evidenceHtml(e: Evidence): string {
  const parts: string[] = [];
  if (e.label) parts.push(`<p class="label">${esc(e.label)}</p>`);
  if (e.request) {
    const headers = Object.entries(e.request.headers).map(([k, v]) => `${k}: ${v}`).join("\n");
    parts.push(`<pre class="req">${esc(`${e.request.method} ${e.request.url}\n${headers}${e.request.body ? "\n\n" + e.request.body : ""}`)}</pre>`);
  }
  if (e.response) {
    const headers = Object.entries(e.response.headers).map(([k, v]) => `${k}: ${v}`).join("\n");
    const head = e.response.error ? `(${e.response.error})` : `HTTP ${e.response.status ?? "?"}`;
    parts.push(`<pre class="res">${esc(`${head} · ${e.response.bytes} B · ${e.response.durationMs} ms\n${headers}${e.response.body ? "\n\n" + e.response.body : ""}`)}</pre>`);
  }
  if (e.note) parts.push(`<p class="note">${esc(e.note)}</p>`);
  return `<div class="evidence">${parts.join("")}</div>`;
}

const CSS = `
:root{--pass:#1a7f37;--fail:#cf222e;--warn:#bf8700;--skip:#8c959f;--error:#8250df;--manual:#0969da}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header,main{max-width:1100px;margin:0 auto;padding:16px 24px}header{background:#fff;border-bottom:1px solid #d0d7de;max-width:none}
header .inner{max-width:1052px;margin:0 auto;display:flex;justify-content:space-between;gap:16px;align-items:flex-start}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}.meta{color:#59636e;font-size:13px}
.verdict{font-size:20px;font-weight:700;padding:8px 14px;border-radius:8px;color:#fff;display:inline-block;margin:12px 0}
.verdict.ok{background:var(--pass)}.verdict.no{background:var(--fail)}
.langs button,.filters button{border:1px solid #d0d7de;background:#fff;border-radius:6px;padding:4px 10px;cursor:pointer;font:inherit}
.langs button[aria-pressed=true],.filters button[aria-pressed=true]{background:#1f2328;color:#fff}
html[data-lang=zh] [lang=en]{display:none}html[data-lang=en] [lang=zh]{display:none}
.chart{margin:8px 0 16px;background:#fff;padding:12px;border:1px solid #d0d7de;border-radius:8px}.chart svg{width:100%;height:28px;border-radius:4px;background:#eee}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:14px;font-size:13px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
rect.pass,.swatch.pass{fill:var(--pass);background:var(--pass)}rect.fail,.swatch.fail{fill:var(--fail);background:var(--fail)}rect.warn,.swatch.warn{fill:var(--warn);background:var(--warn)}
rect.skip,.swatch.skip{fill:var(--skip);background:var(--skip)}rect.error,.swatch.error{fill:var(--error);background:var(--error)}rect.manual,.swatch.manual{fill:var(--manual);background:var(--manual)}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d0d7de;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}th{background:#f6f8fa}
.badge{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--fail)}.badge.warn{background:var(--warn)}.badge.skip{background:var(--skip)}.badge.error{background:var(--error)}.badge.manual{background:var(--manual)}
details{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:6px 0;padding:6px 12px}summary{cursor:pointer}summary code{color:#59636e}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px;white-space:pre-wrap;word-break:break-all;max-height:320px}
.filters{display:flex;gap:6px;flex-wrap:wrap;margin:8px 0}.hidden{display:none}
@media print{.langs,.filters{display:none}details{break-inside:avoid}details:not([open]) .evidence{display:none}}
`;

const SCRIPT = `
(function(){
  var root=document.documentElement;
  function setLang(l){root.setAttribute('data-lang',l);root.lang=l==='zh'?'zh-CN':'en';
    document.querySelectorAll('.langs button').forEach(function(b){b.setAttribute('aria-pressed',String(b.dataset.lang===l))});
    try{localStorage.setItem('ywjy-lang',l)}catch(e){}}
  document.querySelectorAll('.langs button').forEach(function(b){b.addEventListener('click',function(){setLang(b.dataset.lang)})});
  var saved=null;try{saved=localStorage.getItem('ywjy-lang')}catch(e){}
  setLang(saved||root.getAttribute('data-lang')||'zh');
  document.querySelectorAll('.filters button').forEach(function(b){b.addEventListener('click',function(){
    var f=b.dataset.filter;document.querySelectorAll('.filters button').forEach(function(x){x.setAttribute('aria-pressed',String(x===b))});
    document.querySelectorAll('[data-outcome]').forEach(function(el){el.classList.toggle('hidden',f!=='all'&&el.dataset.outcome!==f)});
  })});
  if(location.hash){var el=document.getElementById(location.hash.slice(1));if(el&&el.tagName==='DETAILS')el.open=true}
})();
`;

/** The target's name as its discovery document gives it: a string, or zh and en names. */
function targetName(name: unknown): string {
  if (typeof name === "string" && name) return ` · ${esc(name)}`;
  if (name && typeof name === "object" && typeof (name as Text).zh === "string" && typeof (name as Text).en === "string") return ` · ${bi(name as Text)}`;
  return "";
}

export function reportHtml(r: CertificationReport, lang: "zh" | "en" = "zh"): string {
  const achieved = r.levels.find((l) => l.id === r.summary.achievedLevel);
  const requested = r.levels.find((l) => l.id === r.summary.requestedLevel);
  const levelRows = r.levels
    .map(
      (l) =>
        `<tr data-level="${esc(l.id)}"><td><code>${esc(l.id)}</code> ${bi(l)}</td><td>${l.met ? badge("pass") : badge("fail")}</td><td>${l.blocking.map((id) => `<code>${esc(id)}</code>`).join(" ") || "—"}</td><td>${l.outstanding.length}</td></tr>`,
    )
    .join("");
  const reqRows = r.requirements
    .map(
      (q) =>
        `<tr id="req-${esc(q.id)}" data-outcome="${esc(q.outcome)}"><td><code>${esc(q.id)}</code></td><td>${esc(q.level)} <small>${esc(q.levelEn)}</small></td><td>${bi(q)}</td><td>${both({ automated: "自动", evidence: "证明材料", attestation: "声明" }[q.method], q.method)}</td><td>${badge(q.outcome)}</td><td>${q.checks.map((c) => `<a href="#${anchor(c)}"><code>${esc(c)}</code></a>`).join(" ")}${q.evidence ? `<div>${bi(q.evidence)}</div>` : ""}</td></tr>`,
    )
    .join("");
  const checks = r.checks
    .map(
      (c) =>
        `<details id="${anchor(c.id)}" data-outcome="${esc(c.outcome)}"><summary>${badge(c.outcome)} <code>${esc(c.id)}</code> ${bi(c.title)} <small>${c.requirements.map(esc).join(" ")}</small></summary><p>${bi(c.reason)}${c.previousOutcome ? ` <small>(${both("上次", "previously")} ${esc(c.previousOutcome)})</small>` : ""}</p><p class="meta">${esc(c.suite)} › ${esc(c.group)} · ${c.durationMs} ms</p>${c.validation ? validationHtml(c.validation) : ""}${c.evidence.map(evidenceHtml).join("")}</details>`,
    )
    .join("");
  const filters = ["all", ...OUTCOMES].map((o) => `<button type="button" data-filter="${o}" aria-pressed="${o === "all"}">${o === "all" ? both("全部", "all") : bi(OUTCOME_TEXT[o as Outcome])}</button>`).join("");
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}" data-lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(`ywjy 接入认证报告 / certification report — ${r.target.url}`)}</title>
<style>${CSS}</style></head>
<body>
<header><div class="inner"><div>
<h1>${both("一网交易接入认证报告", "ywjy certification report")}</h1>
<div class="meta">${esc(r.target.url)}${r.target.identity?.SYSTEM_NO ? ` · SYSTEM_NO ${esc(String(r.target.identity.SYSTEM_NO))}` : ""}${targetName(r.target.identity?.name)}</div>
<div class="verdict ${r.summary.certified ? "ok" : "no"}" data-certified="${r.summary.certified}">${r.summary.certified ? both("认证通过", "Certified") : both("未通过认证", "Not certified")} · ${both("申请", "requested")} ${requested ? bi(requested) : esc(r.summary.requestedLevel)} · ${both("达到", "achieved")} ${achieved ? bi(achieved) : both("无", "none")}</div>
<div class="meta">${both("规范", "Spec bundle")} ${esc(r.specBundle.id)} ${esc(r.specBundle.version)} · <code>${esc(r.specBundle.digest)}</code><br>ywjy ${esc(r.runner.version)} · ${esc(r.startedAt)} → ${esc(r.finishedAt)} (${(r.durationMs / 1000).toFixed(1)} s) · ${both("报告", "report")} <code>${esc(r.id)}</code>${r.options.rerunOf ? ` · ${both("重跑自", "re-run of")} <code>${esc(r.options.rerunOf)}</code>` : ""}</div>
</div><div class="langs" role="group" aria-label="language"><button type="button" data-lang="zh" aria-pressed="${lang === "zh"}">中文</button> <button type="button" data-lang="en" aria-pressed="${lang === "en"}">English</button></div></div></header>
<main>
<h2>${both("概要", "Summary")}</h2>
${chart({ zh: "检查结果", en: "Checks" }, r.summary.checks, "checks")}
${chart({ zh: "要求结果", en: "Requirements" }, r.summary.requirements, "requirements")}
<h2>${both("认证级别", "Certification levels")}</h2>
<table><thead><tr><th>${both("级别", "Level")}</th><th>${both("结果", "Met")}</th><th>${both("未满足的强制要求", "Blocking MUST requirements")}</th><th>${both("待人工核验", "Outstanding evidence")}</th></tr></thead><tbody>${levelRows}</tbody></table>
<h2>${both("要求矩阵", "Requirement matrix")}</h2>
<div class="filters" role="group">${filters}</div>
<table id="requirements"><thead><tr><th>ID</th><th>${both("级别", "Level")}</th><th>${both("要求", "Requirement")}</th><th>${both("核验方式", "Verified by")}</th><th>${both("结果", "Outcome")}</th><th>${both("检查", "Checks")}</th></tr></thead><tbody>${reqRows}</tbody></table>
<h2>${both("检查明细", "Checks")}</h2>
<div id="checks">${checks}</div>
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}
