/**
 * The standard texts: one per book of specs/norms/books.yaml, laid out as Chinese standards are
 * (GB/T 1.1—2020): cover, 目次, 前言, 1 范围, 2 规范性引用文件, 3 术语和定义, one chapter per area with
 * each requirement as a numbered clause worded 应/宜/可 and anchored by its ID, then the annexes (附录):
 * the data dictionary and code lists for the reporting book, the interface and scenarios for the access
 * standard, the evidence list for the operating norms, and a verification matrix for every book.
 * Prints to A4 from Chromium (see ../assets.ts).
 */
import type { Book, Requirement } from "../../specs/requirements.ts";
import { paths, type Ctx } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { ACTOR_WORDS, LEVEL_WORDS, METHOD_WORDS, pick, STATUS_WORDS, t, word, type Lang } from "../i18n.ts";
import type { DocsModel, Json } from "../model.ts";
import { operationsOf, operationSummary } from "./api.ts";
import { codeTable, listFacts } from "./codelists.ts";
import { byDomain, dataSetTitle } from "./data-sets.ts";
import { fieldTable } from "./fields.ts";
import type { Page } from "./page.ts";
import { verificationHtml } from "./requirements.ts";
import { severity } from "./rules.ts";
import type { QualityIndex } from "../rules-of-fields.ts";

/** A standard number named in a source text: GB, GB/T, GA/T, JR/T, ISO, ISO/IEC, RFC. */
const STANDARD_REF = /\b(?:GB\/T|GB|GA\/T|JR\/T|ISO\/IEC|ISO|RFC)\s?\d+(?:\.\d+)*(?:\s?[-—–]\s?\d{4})?/g;

export function normativeReferences(texts: string[]): string[] {
  const refs = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(STANDARD_REF)) refs.add(m[0].replace(/\s?[-—–]\s?/, "—").replace(/^(GB\/T|GB|GA\/T|JR\/T|ISO\/IEC|ISO|RFC)\s?/, "$1 "));
  // An undated reference is dropped when a dated one of the same document is there.
  const dated = new Set([...refs].filter((r) => r.includes("—")).map((r) => r.split("—")[0]));
  const order = (r: string) => ["GB ", "GB/T", "GA/T", "JR/T", "ISO ", "ISO/IEC", "RFC"].findIndex((p) => r.startsWith(p));
  const num = (r: string) => Number(r.match(/\d+/)?.[0] ?? 0);
  return [...refs].filter((r) => r.includes("—") || !dated.has(r)).sort((a, b) => order(a) - order(b) || num(a) - num(b) || a.localeCompare(b));
}

interface Annex {
  id: string;
  normative: boolean;
  title: { zh: string; en: string };
  /** The annex body; `prefix` numbers its subclauses (A.1, A.2…); `req` links a requirement (on this page when it is of this book). */
  body(ctx: Ctx, prefix: string, req: (id: string) => string): string;
}

const sub = (prefix: string, i: number) => `${prefix}.${i + 1}`;

function dataDictionaryAnnex(quality: QualityIndex): Annex {
  return {
    id: "data-dictionary",
    normative: true,
    title: { zh: "数据字典", en: "Data dictionary" },
    body(ctx, prefix) {
      const out = [ctx.missing("dataSets")];
      let i = 0;
      for (const list of byDomain(ctx.model.dataSets).values())
        for (const d of list) {
          out.push(
            `<h3 id="ds-${d.dataNo}"><span class="clause-no">${sub(prefix, i++)}</span>${esc(dataSetTitle(d, ctx.lang))} <a class="permalink" href="${esc(ctx.href(paths.dataSet(d.dataNo, d.dataEn)))}">${ctx.t("permalink")}</a></h3>`,
            d.schema.description ? `<p>${esc(d.schema.description)}</p>` : "",
            fieldTable(ctx, d.schema, { dataNo: d.dataNo, quality, anchorPrefix: `ds-${d.dataNo}-` }),
          );
        }
      return out.join("\n");
    },
  };
}

const codelistAnnex: Annex = {
  id: "codelists",
  normative: true,
  title: { zh: "代码表", en: "Code lists" },
  body(ctx, prefix) {
    return [
      ctx.missing("codelists"),
      ...ctx.model.codelists.map((l, i) =>
        [
          `<h3 id="cl-${esc(l.id)}"><span class="clause-no">${sub(prefix, i)}</span>${ctx.p(l)} ${code(l.id)}</h3>`,
          listFacts(ctx, l),
          // A list checked by a format (REGION, from a national standard) is referenced, not reprinted.
          l.format ? `<p>${ctx.link(paths.codelist(l.id), ctx.t("codelist"))}</p>` : codeTable(ctx, l, `cl-${l.id}-`),
        ].join("\n"),
      ),
    ].join("\n");
  },
};

const validationAnnex: Annex = {
  id: "validation-rules",
  normative: true,
  title: { zh: "校验规则", en: "Validation rules" },
  body(ctx, _prefix, req) {
    const cat = ctx.model.validation;
    if (!cat) return ctx.missing("validation");
    return table(
      [ctx.t("id"), ctx.t("severity"), ctx.t("requirement"), ctx.t("description")],
      cat.rules.map((r) => ({ id: `vr-${r.id}`, cells: [ctx.checkLink(r.id), severity(ctx, r.severity), req(r.requirement), ctx.p(r.description)] })),
    );
  },
};

const qualityAnnex: Annex = {
  id: "quality-rules",
  normative: false,
  title: { zh: "数据质量规则", en: "Data-quality rules" },
  body(ctx) {
    const book = ctx.model.quality;
    if (!book) return ctx.missing("quality");
    return table(
      [ctx.t("id"), ctx.t("dimension"), ctx.t("severity"), ctx.t("definition")],
      book.rules.map((r) => [ctx.checkLink(r.id), ctx.p(book.dimensions.find((d) => d.id === r.dimension)), severity(ctx, r.severity), `<strong>${ctx.p(r)}</strong> ${ctx.p(r.definition)}`]),
    );
  },
};

const channelAnnex: Annex = {
  id: "channel",
  normative: true,
  title: { zh: "上报通道参数与接收规则", en: "Channel parameters and intake rules" },
  body(ctx, prefix) {
    const doc = ctx.model.asyncapi;
    if (!doc) return ctx.missing("asyncapi");
    return [
      `<h3><span class="clause-no">${sub(prefix, 0)}</span>${ctx.t("channelParameters")}</h3>`,
      table(
        [ctx.t("name"), ctx.t("value"), ctx.t("unit"), ctx.t("description")],
        Object.entries<Json>(doc["x-ywjy-parameters"] ?? {}).map(([n, p]) => [ctx.link(`${paths.events}#param-${n}`, code(n)), code(p.value), esc(p.unit), ctx.p(p)]),
      ),
      `<h3><span class="clause-no">${sub(prefix, 1)}</span>${ctx.t("intakeRules")}</h3>`,
      table(
        [ctx.t("id"), ctx.t("severity"), ctx.t("status"), ctx.t("message")],
        Object.entries<Json>(doc["x-ywjy-intake-rules"] ?? {}).map(([id, r]) => [ctx.checkLink(id), severity(ctx, r.severity), code(r.status), code(pick(r, ctx.lang))]),
      ),
    ].join("\n");
  },
};

const interfaceAnnex: Annex = {
  id: "interface",
  normative: true,
  title: { zh: "接口一览", en: "Operations" },
  body(ctx, _prefix, req) {
    const doc = ctx.model.openapi;
    if (!doc) return ctx.missing("openapi");
    return table(
      [ctx.t("operations"), ctx.t("description"), ctx.t("requirements")],
      operationsOf(doc).map((o) => [
        ctx.link(ctx.links.operation(o.op.operationId), code(`${o.method.toUpperCase()} ${o.path}`)),
        esc(operationSummary(o.op, ctx.lang)),
        (o.op["x-requirements"] ?? []).map(req).join(" "),
      ]),
    );
  },
};

const scenarioAnnex: Annex = {
  id: "scenarios",
  normative: true,
  title: { zh: "符合性测试场景", en: "Conformance scenarios" },
  body(ctx) {
    const s = ctx.model.openapi?.["x-scenarios"] as Json | undefined;
    if (!s?.scenarios) return ctx.missing("openapi");
    return table(
      [ctx.t("name"), ctx.t("description"), ctx.t("effects")],
      s.scenarios.map((x: Json) => [ctx.link(`${paths.api}#scenario-${x.name}`, code(x.name)), ctx.p(x), (x.effects ?? []).map((e: Json) => `${esc(e.DATA_NO)} × ${esc(e.count)}`).join(", ")]),
    );
  },
};

function evidenceAnnex(bookId: string): Annex {
  return {
    id: "evidence",
    normative: false,
    title: { zh: "证明材料与声明", en: "Evidence and attestations" },
    body(ctx, _prefix, req) {
      const reqs = (ctx.model.requirements?.requirements ?? []).filter((r) => r.book === bookId && r.verification?.method !== "automated");
      return table(
        [ctx.t("id"), ctx.t("verification"), ctx.t("evidence")],
        reqs.map((r) => [req(r.id), esc(word(METHOD_WORDS, r.verification.method, ctx.lang)), ctx.p(r.verification.evidence)]),
      );
    },
  };
}

function matrixAnnex(bookId: string, clauseNo: Map<string, string>): Annex {
  return {
    id: "verification-matrix",
    normative: false,
    title: { zh: "要求与验证方式对照", en: "Requirements and their verification" },
    body(ctx, _prefix, req) {
      const reqs = (ctx.model.requirements?.requirements ?? []).filter((r) => r.book === bookId);
      return table(
        [ctx.t("id"), ctx.t("clause"), ctx.t("level"), ctx.t("verification")],
        reqs.map((r) => [req(r.id), esc(clauseNo.get(r.id) ?? ""), esc(word(LEVEL_WORDS, r.level, ctx.lang)), verificationHtml(ctx, r)]),
      );
    },
  };
}

/** The annexes of each book, in order; every book ends with its verification matrix. */
function annexesOf(bookId: string, quality: QualityIndex, clauseNo: Map<string, string>): Annex[] {
  const own: Record<string, Annex[]> = {
    RPT: [dataDictionaryAnnex(quality), codelistAnnex, validationAnnex, qualityAnnex, channelAnnex],
    ACC: [interfaceAnnex, scenarioAnnex],
    OPS: [evidenceAnnex(bookId)],
  };
  return [...(own[bookId] ?? []), matrixAnnex(bookId, clauseNo)];
}

const FOREWORD: Record<Lang, (v: Record<string, string>) => string[]> = {
  zh: (v) => [
    "本文件按照 GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
    `本文件是规范包《${v.bundle}》（${v.id}）${v.version} 版（${v.status}）的组成部分，依据${v.source}编制。`,
    `本文件共有 ${v.total} 条要求，其中“应” ${v.must} 条、“宜” ${v.should} 条、“可” ${v.may} 条；每条要求的编号即其永久链接。`,
    "本文件的条文、数据字典和代码表由规范包自动生成，与校验工具和符合性测试工具所用的规范数据一致。",
    "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
    `本文件由${v.publisher}提出并归口。`,
  ],
  en: (v) => [
    "This document has been drafted in accordance with the rules of GB/T 1.1—2020, Directives for standardization — Part 1: Rules for the structure and drafting of standardizing documents.",
    `This document is part of the spec bundle "${v.bundle}" (${v.id}), version ${v.version} (${v.status}), and implements ${v.source}.`,
    `It states ${v.total} requirements: ${v.must} MUST (应), ${v.should} SHOULD (宜) and ${v.may} MAY (可); each requirement's ID is its permalink.`,
    "Its clauses, data dictionary and code lists are generated from the spec bundle, the same data the validators and the conformance tester use.",
    "Attention is drawn to the possibility that some elements of this document may be the subject of patent rights. The issuer shall not be held responsible for identifying any or all such patent rights.",
    `This document was proposed by and is under the jurisdiction of ${v.publisher}.`,
  ],
};

const SCOPE: Record<Lang, (areas: string, actors: string) => string[]> = {
  zh: (areas, actors) => [`本文件规定了${areas}等方面的要求，并给出了各项要求的验证方式。`, `本文件适用于${actors}。`],
  en: (areas, actors) => [`This document specifies requirements on ${areas}, and how each requirement is verified.`, `It applies to ${actors}.`],
};

const REFERENCES_INTRO: Record<Lang, { some: string; none: string }> = {
  zh: {
    some: "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
    none: "本文件没有规范性引用文件。",
  },
  en: {
    some: "The following documents are referred to in the text in such a way that some or all of their content constitutes requirements of this document. For dated references, only the edition cited applies. For undated references, the latest edition of the referenced document (including any amendments) applies.",
    none: "There are no normative references in this document.",
  },
};

const join = (items: string[], lang: Lang) => (lang === "zh" ? items.join("、") : items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? ""));

/** Text in brackets, as the language writes them. */
const paren = (lang: Lang, html: string) => (lang === "zh" ? `（${html}）` : ` (${html})`);

function clause(ctx: Ctx, r: Requirement, no: string): string {
  const v = r.verification ?? { method: "" };
  const checks = v.checks?.length ? paren(ctx.lang, v.checks.map((c) => ctx.checkLink(c)).join(" ")) : "";
  return `<div class="clause" id="${esc(r.id)}">
<p><span class="clause-no">${esc(no)}</span>${ctx.p(r)}</p>
<p class="req-meta"><a class="permalink" href="#${esc(r.id)}">${esc(r.id)}</a> · ${esc(word(LEVEL_WORDS, r.level, ctx.lang))} · ${esc(word(METHOD_WORDS, v.method, ctx.lang))}${checks} · ${ctx.t("source")}: ${esc(r.source)}</p>
</div>`;
}

function standardPage(book: Book, quality: QualityIndex): Page {
  return {
    path: paths.standard(book.id),
    kind: "standard",
    title: (ctx) => `${book.id} ${pick(book, ctx.lang)}`,
    body(ctx) {
      const m: DocsModel = ctx.model;
      const cat = m.requirements!;
      const lang = ctx.lang;
      const reqs = cat.requirements.filter((r) => r.book === book.id);
      const areas = cat.areas.filter((a) => a.book === book.id);
      const clauseNo = new Map<string, string>();
      areas.forEach((a, i) => reqs.filter((r) => r.area === a.id).forEach((r, j) => clauseNo.set(r.id, `${i + 4}.${j + 1}`)));
      const annexes = annexesOf(book.id, quality, clauseNo);
      const req = (id: string) => (clauseNo.has(id) ? ctx.link(`#${id}`, code(id)) : ctx.requirementLink(id));
      const letter = (i: number) => String.fromCharCode(65 + i);
      const current = m.manifest.changelog?.find((c) => c.version === m.manifest.version);
      const status = word(STATUS_WORDS, m.manifest.status, lang);

      const toc = [
        [`#foreword`, t(lang, "foreword")],
        [`#scope`, `1 ${t(lang, "scope")}`],
        [`#normative-references`, `2 ${t(lang, "normativeReferences")}`],
        [`#terms`, `3 ${t(lang, "terms")}`],
        ...areas.map((a, i) => [`#area-${a.id}`, `${i + 4} ${pick(a, lang)}`]),
        ...annexes.map((x, i) => [`#annex-${letter(i)}`, `${t(lang, "annex")} ${letter(i)}${paren(lang, t(lang, x.normative ? "normative" : "informative"))} ${pick(x.title, lang)}`]),
      ];
      const count = (lv: string) => String(reqs.filter((r) => r.level === lv).length);
      const actors = [...new Set(reqs.map((r) => r.actor))].map((a) => word(ACTOR_WORDS, a, lang));
      const refs = normativeReferences([
        ...reqs.map((r) => r.source),
        ...(book.id === "RPT" ? [...m.codelists.map((l) => l.source), ...[...(m.validation?.formats.values() ?? [])].map((f) => f.standard ?? "")] : []),
      ]);
      const terms = (m.terms ?? []).filter((x) => !x.books || x.books.includes(book.id));

      const out = [
        `<article class="standard">`,
        `<section class="cover">`,
        `<p class="doc-kind">${esc(book.id)} · ${esc(m.manifest.id)}</p>`,
        `<h1 class="doc-title">${ctx.p(book)}</h1>`,
        `<p class="doc-title-en">${esc(pick(book, lang === "zh" ? "en" : "zh"))}</p>`,
        `<p class="doc-meta">${ctx.t("version")} ${esc(m.manifest.version)}${paren(lang, esc(status))}${current ? ` · ${esc(current.date)}` : ""}<br>${ctx.p(m.manifest.publisher)}</p>`,
        `</section>`,
        `<nav class="toc" id="contents"><h2>${ctx.t("contents")}</h2><ol>${toc.map(([href, text]) => `<li><a href="${esc(href)}">${esc(text)}</a></li>`).join("")}</ol></nav>`,
        `<section class="foreword" id="foreword"><h2>${ctx.t("foreword")}</h2>`,
        ...FOREWORD[lang]({
          bundle: pick(m.manifest.title, lang),
          id: m.manifest.id,
          version: m.manifest.version,
          status,
          source: book.source,
          total: String(reqs.length),
          must: count("应"),
          should: count("宜"),
          may: count("可"),
          publisher: pick(m.manifest.publisher, lang),
        }).map((p) => `<p>${esc(p)}</p>`),
        current ? `<p>${ctx.link(paths.changelog, ctx.t("changelog"))}${paren(lang, esc(current.version))}: ${ctx.p(current)}</p>` : "",
        `</section>`,
        `<section class="chapter" id="scope"><h2><span class="chapter-no">1</span>${ctx.t("scope")}</h2>`,
        ...SCOPE[lang](join(areas.map((a) => pick(a, lang)), lang), join(actors, lang)).map((p) => `<p>${esc(p)}</p>`),
        `</section>`,
        `<section class="chapter" id="normative-references"><h2><span class="chapter-no">2</span>${ctx.t("normativeReferences")}</h2>`,
        `<p>${esc(REFERENCES_INTRO[lang][refs.length ? "some" : "none"])}</p>`,
        refs.length ? `<ul class="references">${refs.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : "",
        `</section>`,
        `<section class="chapter" id="terms"><h2><span class="chapter-no">3</span>${ctx.t("terms")}</h2>`,
        m.terms ? "" : ctx.missing("terms"),
        ...terms.map(
          (x, i) =>
            `<div class="term" id="term-${esc(x.id)}"><p><span class="clause-no">3.${i + 1}</span><span class="term-name">${esc(x.zh)}</span> <span lang="en">${esc(x.en)}</span></p><p>${ctx.p(x.definition)}</p>${x.source ? `<p class="term-source">[${ctx.t("source")}：${esc(x.source)}]</p>` : ""}</div>`,
        ),
        `</section>`,
      ];
      areas.forEach((a, i) => {
        out.push(`<section class="chapter" id="area-${esc(a.id)}"><h2><span class="chapter-no">${i + 4}</span>${ctx.p(a)}</h2>`);
        for (const r of reqs.filter((x) => x.area === a.id)) out.push(clause(ctx, r, clauseNo.get(r.id)!));
        out.push(`</section>`);
      });
      annexes.forEach((x, i) => {
        out.push(
          `<section class="annex" id="annex-${letter(i)}">`,
          `<h2 class="annex-title">${ctx.t("annex")} ${letter(i)}<span class="annex-kind">${paren(lang, ctx.t(x.normative ? "normative" : "informative"))}</span>${ctx.p(x.title)}</h2>`,
          x.body(ctx, letter(i), req),
          `</section>`,
        );
      });
      out.push(`</article>`);
      return out.join("\n");
    },
  };
}

export function standardPages(model: DocsModel, quality: QualityIndex): Page[] {
  return (model.requirements?.books ?? []).map((b) => standardPage(b, quality));
}
