/**
 * Markdown rendering of the site: markdown-it with markdown-it-anchor (heading ids from the site's one
 * slug function), links to other guides rewritten from `.md` to `.html`, and the include syntax of
 * ./includes.ts resolved against the page's model and language.
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import anchor from "markdown-it-anchor";
import type { Ctx } from "./context.ts";
import { paths } from "./context.ts";
import { code, esc, table } from "./html.ts";
import { endpointText, INCLUDE_PATTERN, linkInclude, parameterValueText } from "./includes.ts";
import { LEVEL_WORDS, pick, t, word } from "./i18n.ts";
import { platformEndpointSection } from "./pages/platform-endpoints.ts";
import type { Json } from "./model.ts";
import { slugify } from "./slug.ts";

interface Resolved {
  /** Inline HTML, in running text. */
  inline: string;
  /** Plain text, inside code. */
  text: string;
  /** Block HTML, when the include stands alone in a paragraph. */
  block?: string;
}

function resolveInclude(ctx: Ctx, kind: string, arg: string): Resolved | undefined {
  const { model, links } = ctx;
  switch (kind) {
    case "version":
      return { inline: esc(model.manifest.version), text: model.manifest.version };
    case "codelist": {
      const list = model.codelists.find((l) => l.id === arg);
      if (!list) return undefined;
      const link = ctx.link(links.codelist(arg), `${code(arg)} ${ctx.p(list)}`);
      const rows = list.codes.slice(0, 50).map((c) => [ctx.link(links.code(arg, c.code), code(c.code)), ctx.p(c)]);
      const more = list.codes.length > rows.length ? `<p>… ${ctx.link(links.codelist(arg), ctx.t("codelist"))}</p>` : "";
      return { inline: link, text: arg, block: `<div class="include include-codelist"><p>${link}</p>${table([ctx.t("code"), ctx.t("name")], rows)}${more}</div>` };
    }
    case "requirement": {
      const r = model.requirements?.byId.get(arg);
      if (!r) return undefined;
      const link = ctx.requirementLink(arg);
      return {
        inline: link,
        text: arg,
        block: `<blockquote class="include include-requirement"><p>${link} · ${esc(word(LEVEL_WORDS, r.level, ctx.lang))}</p><p>${ctx.p(r)}</p></blockquote>`,
      };
    }
    case "dataset": {
      const no = Number(arg);
      const name = links.dataSetName(no);
      if (!name) return undefined;
      return { inline: ctx.dataSetLink(no), text: `${no} ${pick(name, ctx.lang)}` };
    }
    case "field": {
      const [no, field] = arg.split("/");
      const ds = model.dataSets.find((d) => d.dataNo === Number(no));
      const f = field ? ds?.schema.properties?.[field] : undefined;
      if (!ds || !f) return undefined;
      const name = pick({ zh: f["x-zh"], en: f["x-en"] }, ctx.lang);
      const [open, close] = ctx.lang === "en" ? [" (", ")"] : ["（", "）"];
      return { inline: ctx.link(links.field(ds.dataNo, field!), `${code(field)}${open}${esc(name)}${close}`), text: field! };
    }
    case "rule": {
      const v = model.validation?.byId.get(arg);
      const q = model.quality?.byId.get(arg);
      const i = model.asyncapi?.["x-ywjy-intake-rules"]?.[arg] as Json | undefined;
      const rule = v ?? q ?? i;
      if (!rule) return undefined;
      const link = ctx.checkLink(arg);
      const detail = v ? ctx.p(v.description) : q ? ctx.p(q.definition) : ctx.p(i as Json);
      return { inline: link, text: arg, block: `<div class="include include-rule"><p>${link} — ${v ? ctx.p(v) : q ? ctx.p(q) : ""}</p><p>${detail}</p></div>` };
    }
    case "param": {
      // The reporting channel's parameters, then the access standard's.
      const [page, p] = [
        [paths.events, model.asyncapi?.["x-ywjy-parameters"]?.[arg]],
        [paths.api, model.openapi?.["x-ywjy-parameters"]?.[arg]],
      ].find(([, x]) => x) ?? [];
      if (!p) return undefined;
      const value = parameterValueText(p as { value: unknown; unit: string });
      return { inline: ctx.link(`${page}#param-${arg}`, esc(value)), text: value };
    }
    case "endpoint": {
      const e = model.asyncapi?.["x-ywjy-platform-endpoints"]?.endpoints?.[arg] as { method?: string; path: string } | undefined;
      if (!e) return undefined;
      const text = endpointText(e);
      return { inline: ctx.link(`${paths.events}#endpoint-${arg}`, code(text)), text };
    }
    case "endpoints": {
      const block = model.asyncapi ? platformEndpointSection(ctx, model.asyncapi).replace(/<h2[^>]*>.*?<\/h2>\n/, "") : "";
      if (!block) return undefined;
      const link = ctx.link(`${paths.events}#platform-endpoints`, ctx.t("platformEndpoints"));
      return { inline: link, text: t(ctx.lang, "platformEndpoints"), block: `<div class="include include-endpoints">${block}</div>` };
    }
    case "level": {
      const l = model.levels?.find((x) => x.id === arg);
      if (!l) return undefined;
      return { inline: ctx.link(`${paths.levels}#${arg}`, ctx.p(l)), text: pick(l, ctx.lang) };
    }
    case "operation": {
      for (const [path, item] of Object.entries<Json>(model.openapi?.paths ?? {}))
        for (const [method, op] of Object.entries<Json>(item))
          if (op?.operationId === arg) {
            const text = `${method.toUpperCase()} ${path}`;
            return { inline: ctx.link(links.operation(arg), code(text)), text };
          }
      return undefined;
    }
  }
  return undefined;
}

const unresolved = (raw: string) => `<span class="include-missing" title="unresolved include">${esc(raw)}</span>`;

/** Replaces includes in running text (HTML out) or in code (plain text out). */
function expand(ctx: Ctx, text: string, asCode: boolean): string {
  return text.replace(INCLUDE_PATTERN, (raw, escaped: string, kind: string, arg = "") => {
    if (escaped) return asCode ? raw.slice(1) : esc(raw.slice(1));
    const r = resolveInclude(ctx, kind, arg);
    if (!r) return asCode ? raw : unresolved(raw);
    return asCode ? r.text : r.inline;
  });
}

function includePlugin(md: MarkdownIt): void {
  md.core.ruler.after("inline", "ywjy_include", (state: StateCore) => {
    const ctx = (state.env as { ctx?: Ctx }).ctx;
    if (!ctx) return;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.type === "fence" || tok.type === "code_block") {
        tok.content = expand(ctx, tok.content, true);
        continue;
      }
      if (tok.type !== "inline" || !tok.children) continue;
      // A paragraph that is one include and nothing else takes the include's block form.
      const alone = tok.content.trim().match(/^\{\{\s*([a-z]+)(?::\s*([^}\s]+))?\s*\}\}$/);
      if (alone && tokens[i - 1]?.type === "paragraph_open" && tokens[i + 1]?.type === "paragraph_close") {
        const r = resolveInclude(ctx, alone[1]!, alone[2] ?? "");
        if (r?.block) {
          const html = new state.Token("html_block", "", 0);
          html.content = r.block + "\n";
          tokens.splice(i - 1, 3, html);
          i -= 1;
          continue;
        }
      }
      const children: Token[] = [];
      for (let c = 0; c < tok.children.length; c++) {
        const child = tok.children[c]!;
        if (child.type === "code_inline") child.content = expand(ctx, child.content, true);
        if (child.type === "link_open") {
          const href = String(child.attrGet("href") ?? "");
          if (/^[^:]+\.md(#.*)?$/.test(href)) child.attrSet("href", href.replace(/\.md(#|$)/, ".html$1"));
          // An include written as a link, [300 s](param:deliveryDeadline): the link becomes the include.
          const include = linkInclude(href);
          if (include) {
            let end = c;
            while (end < tok.children.length && tok.children[end]!.type !== "link_close") end++;
            const r = resolveInclude(ctx, include.kind, include.arg);
            const html = new state.Token("html_inline", "", 0);
            html.content = r ? r.inline : unresolved(href);
            children.push(html);
            c = end;
            continue;
          }
        }
        if (child.type === "text" && child.content.includes("{{")) {
          const html = new state.Token("html_inline", "", 0);
          html.content = expand(ctx, esc(child.content), false);
          children.push(html);
        } else children.push(child);
      }
      tok.children = children;
    }
  });
}

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: false });
  md.use(includePlugin);
  md.use(anchor, { slugify, level: [1, 2, 3, 4], tabIndex: false });
  return md;
}

let shared: MarkdownIt | undefined;

/** Renders Markdown for `ctx`'s page: includes resolved, headings anchored. */
export function renderMarkdown(ctx: Ctx, source: string): string {
  shared ??= createMarkdown();
  return shared.render(source, { ctx });
}
