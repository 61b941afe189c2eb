/** The field table of a data set or envelope object: one row per field, anchored by its identifier. */
import { paths, type Ctx } from "../context.ts";
import { code, esc, table } from "../html.ts";
import type { Json } from "../model.ts";
import { notationConstraints, parseNotation } from "../../specs/notation.ts";
import { validationRulesOfField, type QualityIndex } from "../rules-of-fields.ts";

export interface FieldTableOptions {
  /** The data set the fields belong to (for quality rules), if any. */
  dataNo?: number;
  quality?: QualityIndex;
  /** Prefix of the row ids (the standard text's annex uses `ds-500-`); none on a data-set page. */
  anchorPrefix?: string;
}

/** The pattern a notation stands for (shown as the notation, not again as a pattern). */
function notationPattern(notation: unknown): unknown {
  try {
    return typeof notation === "string" ? notationConstraints(parseNotation(notation)).pattern : undefined;
  } catch {
    return undefined;
  }
}

export const unverifiedFlag = (ctx: Ctx, why: string): string =>
  `<span class="flag-unverified" title="${esc(why)}">⚠ ${ctx.t("unverifiedFlag")}</span>`;

export function fieldTable(ctx: Ctx, schema: Json, opts: FieldTableOptions = {}): string {
  const required = new Set<string>(schema.required ?? []);
  const prefix = opts.anchorPrefix ?? "";
  const rows = Object.entries<Json>(schema.properties ?? {}).map(([name, f], i) => {
    const id = `${prefix}${name}`;
    const list = f["x-codelist"] as string | undefined;
    const sep = f["x-codelist-separator"] as string | undefined;
    const listCell = list ? ctx.codelistLink(list) + (sep ? ` <span class="meta">(${code(sep)})</span>` : "") : "";
    const format: string | undefined = f.format ?? f["x-item-format"];
    const fmt = format ? ctx.link(ctx.model.validation?.formats.has(format) ? `${paths.validationRules}#format-${format}` : undefined, code(format)) : "";
    // A list's per-item pattern is the notation's, item by item: not shown.
    const pattern = f.pattern && f["x-separator"] === undefined && f.pattern !== notationPattern(f["x-notation"]) ? ` ${code(f.pattern)}` : "";
    const codes = list ? ctx.model.codelists.find((l) => l.id === list) : undefined;
    const vRules = validationRulesOfField(ctx.model.validation, f, required.has(name), codes).map((r) => ctx.checkLink(r));
    const qRules = opts.dataNo !== undefined ? (opts.quality?.byField.get(`${opts.dataNo}/${name}`) ?? []).map((r) => ctx.checkLink(r)) : [];
    const notes: string[] = [];
    if (f.description) notes.push(esc(f.description));
    if (f["x-code-type-field"]) {
      const typeField = String(f["x-code-type-field"]);
      notes.push(`${ctx.t("codeKindGivenBy")} ${ctx.link(`#${prefix}${typeField}`, code(typeField))}`);
    }
    if (f["x-separator"] !== undefined) notes.push(ctx.p({ zh: `可填多项，以 “${f["x-separator"]}” 分隔，定长与格式适用于每一项`, en: `may list several items separated by “${f["x-separator"]}”: a fixed length and the format apply to each` }));
    if (f["x-region-level"] === "city") notes.push(ctx.p({ zh: "设区市级代码（如 350200）", en: "a city-level code (such as 350200)" }));
    if (f["x-since"] !== undefined) notes.push(ctx.p({ zh: `规范 ${f["x-since"]} 起新增`, en: `added by norm version ${f["x-since"]}` }));
    if (f["x-unverified"]) notes.push(`${unverifiedFlag(ctx, f["x-unverified"])} ${esc(f["x-unverified"])}`);
    if (f.type === "array" && f.items?.properties) notes.push(Object.keys(f.items.properties).map((k) => code(k)).join(" "));
    const cells = [
      String(i + 1),
      `<a class="permalink" href="#${esc(id)}">${code(name)}</a>`,
      esc(f["x-zh"] ?? ""),
      esc(f["x-en"] ?? ""),
      f["x-notation"] ? code(f["x-notation"]) : esc(f.type ?? ""),
      required.has(name) ? ctx.t("yes") : ctx.t("no"),
      listCell,
      fmt + pattern,
      [...vRules, ...qRules].join(" "),
      notes.join("<br>"),
    ];
    return { id, cells };
  });
  return table(
    ["#", ctx.t("identifier"), ctx.t("nameZh"), ctx.t("nameEn"), ctx.t("notation"), ctx.t("mandatory"), ctx.t("codelist"), ctx.t("format"), ctx.t("rules"), ctx.t("description")],
    rows,
    "fields",
  );
}
