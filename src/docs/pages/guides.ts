/** The hand-written guides of docs/ (docs/guides.yaml lists them by audience; docs/<lang>/<id>.md holds each). */
import { paths } from "../context.ts";
import { esc } from "../html.ts";
import { LANGS, t, type Lang } from "../i18n.ts";
import { renderMarkdown } from "../markdown.ts";
import type { DocsModel, Guide } from "../model.ts";
import type { Page } from "./page.ts";

/** A guide's source in `lang`, else in the other language. */
const sourceOf = (g: Guide, lang: Lang): string | undefined => g.source[lang] ?? LANGS.map((l) => g.source[l.id]).find(Boolean);

/** The guide's title: its first `# ` heading. */
export function guideTitle(model: DocsModel, id: string, lang: Lang): string {
  const g = model.guides.find((x) => x.id === id);
  const src = g ? sourceOf(g, lang) : undefined;
  return src?.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? id;
}

function guidePage(g: Guide): Page {
  return {
    path: paths.guide(g.id),
    kind: "guide",
    title: (ctx) => guideTitle(ctx.model, g.id, ctx.lang),
    body(ctx) {
      const aud = ctx.model.audiences.find((a) => a.id === g.audience);
      const src = sourceOf(g, ctx.lang);
      const note = g.source[ctx.lang] ? "" : `<p class="missing-source">${ctx.t("missingSource", { file: `docs/${LANGS.find((l) => l.id === ctx.lang)!.dir}/${g.id}.md`, reason: "—" })}</p>`;
      return [`<p class="meta">${ctx.link(paths.guides, ctx.t("guides"))} › ${ctx.p(aud)}</p>`, note, `<article class="guide">${src ? renderMarkdown(ctx, src) : ""}</article>`].join("\n");
    },
  };
}

function indexPage(): Page {
  return {
    path: paths.guides,
    kind: "guides",
    title: (ctx) => t(ctx.lang, "guides"),
    body(ctx) {
      const out = [`<h1>${ctx.t("guides")}</h1>`, ctx.missing("guides")];
      for (const aud of ctx.model.audiences)
        out.push(`<h2 id="${esc(aud.id)}">${ctx.p(aud)}</h2>`, `<ul>${aud.guides.map((id) => `<li>${ctx.link(paths.guide(id), esc(guideTitle(ctx.model, id, ctx.lang)))}</li>`).join("")}</ul>`);
      return out.join("\n");
    },
  };
}

export function guidePages(model: DocsModel): Page[] {
  return [indexPage(), ...model.guides.map(guidePage)];
}

