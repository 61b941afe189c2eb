/** Code lists: an index, and a page per list with every code anchored (`#code-<code>`). */
import type { Codelist } from "../../specs/codelists.ts";
import { codeAnchor, paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { pick, t } from "../i18n.ts";
import type { DocsModel, Json } from "../model.ts";
import { unverifiedFlag } from "./fields.ts";
import type { Page } from "./page.ts";

/** Columns a list has beyond code and names, shown only when some code carries them. */
const EXTRA: Array<[keyof Codelist["codes"][number], { zh: string; en: string }]> = [
  ["multiplier", { zh: "换算为元的系数", en: "Factor to yuan" }],
  ["identifierFormat", { zh: "编码规则", en: "Identifier check" }],
  ["level", { zh: "级别", en: "Level" }],
  ["parent", { zh: "上级", en: "Parent" }],
  ["aliases", { zh: "别名（接收但警告）", en: "Aliases (accepted with a warning)" }],
  ["validFrom", { zh: "启用日期", en: "Valid from" }],
  ["validUntil", { zh: "废止日期", en: "Valid until" }],
];

/** The fields that use each list: list id → [data set no, dataEn, field]. */
export function fieldsByList(model: DocsModel): Map<string, Array<[number, string, string]>> {
  const out = new Map<string, Array<[number, string, string]>>();
  for (const d of model.dataSets)
    for (const [name, f] of Object.entries<Json>(d.schema.properties ?? {})) {
      const id = f["x-codelist"];
      if (id) out.set(id, [...(out.get(id) ?? []), [d.dataNo, d.dataEn, name]]);
    }
  return out;
}

/** The table of a list's codes; `anchorPrefix` distinguishes the rows when several lists share a page. */
export function codeTable(ctx: Ctx, list: Codelist, anchorPrefix = ""): string {
  const extras = EXTRA.filter(([k]) => list.codes.some((c) => c[k] !== undefined));
  const rows = list.codes.map((c) => {
    const verified = c.verified ?? list.verified;
    const notes = [c.description ? esc(c.description) : "", c.deprecated ? `<span class="flag-deprecated">${ctx.t("deprecated")}</span> ${esc(c.deprecationNote ?? "")}` : "", c.source ? `${ctx.t("source")}: ${esc(c.source)}` : "", !verified ? unverifiedFlag(ctx, c.source ?? list.source) : ""].filter(Boolean);
    const parent = (v: unknown) => (v === undefined ? "" : ctx.link(`#${anchorPrefix}${codeAnchor(String(v))}`, code(v)));
    return {
      id: `${anchorPrefix}${codeAnchor(c.code)}`,
      cells: [
        `<a class="permalink" href="#${esc(anchorPrefix + codeAnchor(c.code))}">${code(c.code)}</a>`,
        esc(c.zh),
        esc(c.en),
        ...extras.map(([k]) => (k === "parent" ? parent(c.parent) : k === "aliases" ? (c.aliases ?? []).map(code).join(" ") : c[k] === undefined ? "" : esc(c[k]))),
        notes.join("<br>"),
      ],
    };
  });
  return table([ctx.t("code"), ctx.t("nameZh"), ctx.t("nameEn"), ...extras.map(([, w]) => ctx.p(w)), ctx.t("description")], rows, "codes");
}

/** The heading facts of a list: source, dictionary, verification, format, credit. */
export function listFacts(ctx: Ctx, list: Codelist): string {
  const facts: Array<[string, string]> = [
    [ctx.t("identifier"), code(list.id)],
    [ctx.t("source"), esc(list.source)],
    [ctx.t("verified"), list.verified ? ctx.t("yes") : unverifiedFlag(ctx, list.source)],
    [ctx.t("codes"), String(list.codes.length)],
  ];
  if (list.dict) facts.push(["sys_dic TYPE", code(list.dict)]);
  if (list.format) facts.push([ctx.t("format"), ctx.link(`${paths.validationRules}#format-${list.format}`, code(list.format))]);
  if (list.matching === "prefix") facts.push([ctx.t("matching"), ctx.t("matchingPrefix")]);
  if (list.credit) facts.push(["credit", esc(list.credit)]);
  return `<dl class="meta-list">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function indexPage(): Page {
  return {
    path: paths.codelists,
    kind: "codelists",
    title: (ctx) => t(ctx.lang, "codelists"),
    body(ctx) {
      const rows = ctx.model.codelists.map((l) => [
        ctx.link(paths.codelist(l.id), code(l.id)),
        esc(l.zh),
        esc(l.en),
        String(l.codes.length),
        l.verified && l.codes.every((c) => c.verified !== false) ? ctx.t("yes") : unverifiedFlag(ctx, l.source),
        esc(l.source),
      ]);
      return [
        `<h1>${ctx.t("codelists")}</h1>`,
        ctx.missing("codelists"),
        table([ctx.t("identifier"), ctx.t("nameZh"), ctx.t("nameEn"), ctx.t("codes"), ctx.t("verified"), ctx.t("source")], rows),
      ].join("\n");
    },
  };
}

function listPage(list: Codelist, users: Array<[number, string, string]>): Page {
  return {
    path: paths.codelist(list.id),
    kind: "codelist",
    title: (ctx) => `${list.id} ${pick(list, ctx.lang)}`,
    body(ctx) {
      const out = [
        `<p class="meta">${ctx.link(paths.codelists, ctx.t("codelists"))}</p>`,
        `<h1>${ctx.p(list)} ${code(list.id)}</h1>`,
        listFacts(ctx, list),
        codeTable(ctx, list),
      ];
      if (users.length)
        out.push(
          `<h2 id="used-by">${ctx.t("usedBy")}</h2>`,
          `<p>${users.map(([no, , field]) => ctx.link(ctx.links.field(no, field), `${no}/${code(field)}`)).join(" · ")}</p>`,
        );
      return out.join("\n");
    },
    // Lists checked by a format (REGION) are too large for the index: the list itself is found.
    search: (ctx) =>
      list.format
        ? []
        : list.codes.map((c): SearchEntry => ({ title: `${list.id} ${c.code} ${pick(c, ctx.lang)}`, url: `${paths.codelist(list.id)}#${codeAnchor(c.code)}`, kind: t(ctx.lang, "code"), text: `${c.zh} ${c.en}` })),
  };
}

export function codelistPages(model: DocsModel): Page[] {
  const users = fieldsByList(model);
  return [indexPage(), ...model.codelists.map((l) => listPage(l, users.get(l.id) ?? []))];
}
