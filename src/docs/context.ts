/**
 * What a page renderer works with: the model, the language, the page's own path, and where each
 * thing of the standard lives on the site (requirements, data sets, fields, code lists, rules,
 * operations), so that every mention of an ID becomes a link that resolves.
 */
import { a, code, esc, relHref } from "./html.ts";
import { pick, t, type Lang, type WordKey } from "./i18n.ts";
import type { DocsModel, Json } from "./model.ts";
import type { LocalizedText } from "../specs/manifest.ts";

export interface SearchEntry {
  /** Shown as the result. */
  title: string;
  /** Page path (relative to the language folder) and anchor. */
  url: string;
  /** What it is (a word of the chrome). */
  kind: string;
  /** More text to match (names in the other language, descriptions). */
  text?: string;
}

/** Site paths (relative to a language folder) of the things of the standard. */
export const paths = {
  home: "index.html",
  standard: (book: string) => `standards/${book}.html`,
  dataSets: "data-sets/index.html",
  dataSet: (no: number, en: string) => `data-sets/${no}-${en}.html`,
  envelope: "data-sets/envelope.html",
  codelists: "codelists/index.html",
  codelist: (id: string) => `codelists/${id}.html`,
  requirements: "requirements/index.html",
  requirementBook: (book: string) => `requirements/${book}.html`,
  levels: "levels.html",
  validationRules: "rules/validation.html",
  qualityRules: "rules/quality.html",
  api: "api/index.html",
  events: "events/index.html",
  changelog: "changelog.html",
  unverified: "unverified.html",
  guides: "guides/index.html",
  guide: (id: string) => `guides/${id}.html`,
  searchIndex: "search-index.js",
} as const;

export const codeAnchor = (c: string): string => `code-${c}`;

/** Where every ID of the model lives; built once per model. */
export class Links {
  private readonly dataSetByNo = new Map<number, { dataEn: string; zh: string; en: string; fields: Set<string> }>();
  private readonly lists = new Set<string>();
  private readonly validation = new Set<string>();
  private readonly quality = new Set<string>();
  private readonly intake = new Set<string>();
  private readonly operations = new Set<string>();
  private readonly requirementBook = new Map<string, string>();

  constructor(readonly model: DocsModel) {
    for (const d of model.dataSets) this.dataSetByNo.set(d.dataNo, { dataEn: d.dataEn, zh: d.zh, en: d.en, fields: new Set(Object.keys(d.schema.properties ?? {})) });
    for (const l of model.codelists) this.lists.add(l.id);
    for (const r of model.validation?.rules ?? []) this.validation.add(r.id);
    for (const r of model.quality?.rules ?? []) this.quality.add(r.id);
    for (const id of Object.keys(model.asyncapi?.["x-ywjy-intake-rules"] ?? {})) this.intake.add(id);
    for (const item of Object.values<Json>(model.openapi?.paths ?? {}))
      for (const op of Object.values<Json>(item)) if (op && typeof op === "object" && op.operationId) this.operations.add(op.operationId);
    for (const r of model.requirements?.requirements ?? []) this.requirementBook.set(r.id, r.book);
  }

  requirement(id: string): string | undefined {
    const book = this.requirementBook.get(id);
    return book ? `${paths.requirementBook(book)}#${id}` : undefined;
  }
  dataSet(no: number): string | undefined {
    const d = this.dataSetByNo.get(no);
    return d ? paths.dataSet(no, d.dataEn) : undefined;
  }
  dataSetName(no: number): LocalizedText | undefined {
    return this.dataSetByNo.get(no);
  }
  field(no: number, field: string): string | undefined {
    const d = this.dataSetByNo.get(no);
    return d?.fields.has(field) ? `${paths.dataSet(no, d.dataEn)}#${field}` : undefined;
  }
  codelist(id: string): string | undefined {
    return this.lists.has(id) ? paths.codelist(id) : undefined;
  }
  code(id: string, c: string): string | undefined {
    const list = this.model.codelists.find((l) => l.id === id);
    return list?.codes.some((x) => x.code === c) ? `${paths.codelist(id)}#${codeAnchor(c)}` : undefined;
  }
  operation(id: string): string | undefined {
    return this.operations.has(id) ? `${paths.api}#${id}` : undefined;
  }
  /** A check named by a requirement: a validation rule, a quality rule or an intake rule; conformance checks have no page. */
  check(id: string): string | undefined {
    if (this.validation.has(id)) return `${paths.validationRules}#${id}`;
    if (this.quality.has(id)) return `${paths.qualityRules}#${id}`;
    if (this.intake.has(id)) return `${paths.events}#${id}`;
    return undefined;
  }
}

/** One page being rendered in one language. */
export class Ctx {
  constructor(
    readonly model: DocsModel,
    readonly links: Links,
    readonly lang: Lang,
    /** The page's path relative to the language folder. */
    readonly path: string,
  ) {}

  t(key: WordKey, params?: Record<string, string | number>): string {
    return esc(t(this.lang, key, params));
  }
  /** The text of this language from a zh/en pair, escaped. */
  p(text: Partial<LocalizedText> | undefined): string {
    return esc(pick(text, this.lang));
  }
  /** The href from this page to `to` (a path relative to the language folder, optionally with #anchor). */
  href(to: string): string {
    return relHref(this.path, to);
  }
  /** A link when `to` is known, else the text alone. */
  link(to: string | undefined, text: string, cls?: string): string {
    return to ? a(this.href(to), text, cls) : text;
  }
  /** An ID as code, linked where it lives. */
  idLink(to: string | undefined, id: string): string {
    return this.link(to, code(id));
  }
  requirementLink(id: string): string {
    return this.idLink(this.links.requirement(id), id);
  }
  checkLink(id: string): string {
    return this.idLink(this.links.check(id), id);
  }
  codelistLink(id: string): string {
    return this.idLink(this.links.codelist(id), id);
  }
  dataSetLink(no: number): string {
    const name = this.links.dataSetName(no);
    return this.link(this.links.dataSet(no), `${no}${name ? " " + this.p(name) : ""}`);
  }
  /** The notice a page shows for a source that is not there. */
  missing(key: keyof DocsModel["missing"]): string {
    const m = this.model.missing[key];
    return m ? `<p class="missing-source">${this.t("missingSource", { file: m.file, reason: m.reason })}</p>` : "";
  }
}
