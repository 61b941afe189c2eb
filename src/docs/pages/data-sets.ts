/** The data dictionary: an index of the data sets by domain, the report envelope, and a page per data set. */
import { paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { loadDomains } from "../../specs/domains.ts";
import { DOMAIN_WORDS, pick, t, word } from "../i18n.ts";
import type { DataSetDoc, DocsModel, Json } from "../model.ts";
import type { QualityIndex } from "../rules-of-fields.ts";
import { fieldTable } from "./fields.ts";
import type { Page } from "./page.ts";

/** Data sets grouped by domain, in the order the domains first appear. */
export function byDomain(dataSets: DataSetDoc[]): Map<string, DataSetDoc[]> {
  const groups = new Map<string, DataSetDoc[]>();
  for (const d of dataSets) groups.set(d.domain, [...(groups.get(d.domain) ?? []), d]);
  return groups;
}

export const dataSetTitle = (d: DataSetDoc, lang: "zh" | "en"): string => `${d.dataNo} ${pick(d, lang)} (${d.dataEn})`;

function dataSetIndex(): Page {
  return {
    path: paths.dataSets,
    kind: "data-sets",
    title: (ctx) => t(ctx.lang, "dataDictionary"),
    body(ctx) {
      const m = ctx.model;
      const out = [`<h1>${ctx.t("dataDictionary")}</h1>`, ctx.missing("dataSets")];
      out.push(`<p>${ctx.link(paths.envelope, ctx.t("envelope"))}</p>`);
      for (const [domain, list] of byDomain(m.dataSets)) {
        out.push(`<h2 id="domain-${esc(domain)}">${esc(word(DOMAIN_WORDS, domain, ctx.lang))}</h2>`);
        const required = loadDomains().find((x) => x.id === domain)?.required ?? [];
        if (required.length) out.push(`<p>${esc(ctx.t("domainRequires", { sets: required.join(", ") }))}</p>`);
        out.push(
          table(
            [ctx.t("dataSet"), ctx.t("identifier"), ctx.t("nameZh"), ctx.t("nameEn"), ctx.t("fields")],
            list.map((d) => [
              ctx.link(paths.dataSet(d.dataNo, d.dataEn), String(d.dataNo)),
              code(d.dataEn),
              esc(d.zh),
              esc(d.en),
              String(Object.keys(d.schema.properties ?? {}).length),
            ]),
          ),
        );
      }
      return out.join("\n");
    },
  };
}

function envelopePage(): Page {
  return {
    path: paths.envelope,
    kind: "envelope",
    title: (ctx) => t(ctx.lang, "envelope"),
    body(ctx) {
      const env = ctx.model.envelope;
      const out = [`<h1>${ctx.t("envelope")}</h1>`, ctx.missing("dataSets")];
      if (!env) return out.join("\n");
      const section = (id: string, s: Json) => {
        out.push(`<h2 id="${id}">${ctx.p({ zh: s["x-zh"], en: s["x-en"] })} ${code(id)}</h2>`);
        out.push(fieldTable(ctx, s, { anchorPrefix: `${id}.` }));
        for (const [name, p] of Object.entries<Json>(s.properties ?? {}))
          if (p.type === "array" && p.items?.properties) {
            out.push(`<h3 id="${id}.${name}[]">${ctx.p({ zh: p.items["x-zh"] ?? p["x-zh"], en: p.items["x-en"] ?? p["x-en"] })} ${code(`${name}[]`)}</h3>`);
            out.push(fieldTable(ctx, p.items, { anchorPrefix: `${id}.${name}[].` }));
          }
      };
      section("report-record", env.record);
      section("report-package", env.package);
      return out.join("\n");
    },
  };
}

function dataSetPage(d: DataSetDoc, quality: QualityIndex): Page {
  return {
    path: paths.dataSet(d.dataNo, d.dataEn),
    kind: "data-set",
    title: (ctx) => dataSetTitle(d, ctx.lang),
    body(ctx: Ctx) {
      const s = d.schema;
      const dsRules = (quality.byDataSet.get(d.dataNo) ?? []).map((r) => ctx.checkLink(r)).join(" ");
      const meta: Array<[string, string]> = [
        [ctx.t("identifier"), code(d.dataEn)],
        [ctx.t("nameZh"), esc(d.zh)],
        [ctx.t("nameEn"), esc(d.en)],
        [ctx.t("domain"), esc(word(DOMAIN_WORDS, d.domain, ctx.lang))],
        [ctx.t("contractFile"), code(d.contract)],
        [ctx.t("schemaFile"), code(`generated/${d.schemaPath}`)],
      ];
      if (dsRules) meta.push([ctx.t("qualityRules"), dsRules]);
      const out = [
        `<p class="meta">${ctx.link(paths.dataSets, ctx.t("dataDictionary"))} › ${esc(word(DOMAIN_WORDS, d.domain, ctx.lang))}</p>`,
        `<h1 id="data-set">${esc(String(d.dataNo))} ${ctx.p(d)} <code>${esc(d.dataEn)}</code></h1>`,
        s.description ? `<p class="lead">${esc(s.description)}</p>` : "",
        `<dl class="meta-list">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`,
        `<h2 id="fields">${ctx.t("fieldList")}</h2>`,
        fieldTable(ctx, s, { dataNo: d.dataNo, quality }),
      ];
      if (d.example) out.push(`<h2 id="example">${ctx.t("example")}</h2>`, `<pre><code class="language-json">${esc(JSON.stringify(d.example, null, 2))}</code></pre>`);
      return out.join("\n");
    },
    search: (ctx) =>
      Object.entries<Json>(d.schema.properties ?? {}).map(
        ([name, f]): SearchEntry => ({
          title: `${name} ${pick({ zh: f["x-zh"], en: f["x-en"] }, ctx.lang)}`,
          url: `${paths.dataSet(d.dataNo, d.dataEn)}#${name}`,
          kind: `${d.dataNo} ${t(ctx.lang, "dataSet")}`,
          text: `${f["x-zh"] ?? ""} ${f["x-en"] ?? ""}`,
        }),
      ),
  };
}

export function dataSetPages(model: DocsModel, quality: QualityIndex): Page[] {
  return [dataSetIndex(), envelopePage(), ...model.dataSets.map((d) => dataSetPage(d, quality))];
}
