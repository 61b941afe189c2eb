/**
 * The docs site builder: every page of ./pages in every language, the search index of each language,
 * the stylesheet and a language chooser at the root. Returns the files (paths relative to generated/)
 * without writing them; src/generate/docs-site.ts registers it with `npm run generate`.
 */
import type { GeneratedFile } from "../generate/generated-file.ts";
import { SITE_CSS } from "./assets.ts";
import { Ctx, Links, paths, type SearchEntry } from "./context.ts";
import { esc } from "./html.ts";
import { LANGS, t } from "./i18n.ts";
import { CSS_PATH, renderPage, stampComment } from "./layout.ts";
import type { DocsModel } from "./model.ts";
import { apiPage } from "./pages/api.ts";
import { changelogPage } from "./pages/changelog.ts";
import { codelistPages } from "./pages/codelists.ts";
import { dataSetPages } from "./pages/data-sets.ts";
import { eventsPage } from "./pages/events.ts";
import { guidePages } from "./pages/guides.ts";
import { homePage } from "./pages/home.ts";
import { levelsPage } from "./pages/levels.ts";
import type { Page } from "./pages/page.ts";
import { requirementPages } from "./pages/requirements.ts";
import { rulePages } from "./pages/rules.ts";
import { standardPages } from "./pages/standard.ts";
import { unverifiedPage } from "./pages/unverified.ts";
import { qualityIndex } from "./rules-of-fields.ts";

/** The folder of the site under generated/. */
export const SITE_DIR = "docs";

export function sitePages(model: DocsModel): Page[] {
  const quality = qualityIndex(model.quality, model.dataSets);
  const pages = [
    homePage(),
    ...standardPages(model, quality),
    ...dataSetPages(model, quality),
    ...codelistPages(model),
    ...requirementPages(model),
    levelsPage(),
    ...rulePages(),
    apiPage(),
    eventsPage(),
    changelogPage(),
    unverifiedPage(),
    ...guidePages(model),
  ];
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.path)) throw new Error(`docs site: two pages at ${p.path}`);
    seen.add(p.path);
  }
  return pages;
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

function searchIndexFile(stamp: string, entries: SearchEntry[]): string {
  const rows = entries.map((e) => [e.title, e.url, e.kind, clip(e.text ?? "", 240)]);
  return `// ${stamp}\nwindow.YWJY_SEARCH_INDEX = ${JSON.stringify(rows)};\n`;
}

function rootIndex(model: DocsModel): string {
  const links = LANGS.map((l) => `<li><a href="${l.dir}/index.html" hreflang="${l.dir}" lang="${l.dir}">${esc(t(l.id, "siteTitle"))} — ${esc(l.name)}</a></li>`).join("\n");
  return `<!DOCTYPE html>
${stampComment(model.stamp)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t("zh", "siteTitle"))} · ${esc(t("en", "siteTitle"))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${CSS_PATH}">
</head>
<body class="page-root">
<main>
<h1>${esc(model.manifest.title.zh)}<br><small lang="en">${esc(model.manifest.title.en)}</small></h1>
<p>${esc(t("zh", "chooseLanguage"))} · <span lang="en">${esc(t("en", "chooseLanguage"))}</span></p>
<ul>
${links}
</ul>
</main>
</body>
</html>
`;
}

/** Every file of the site, paths relative to generated/. */
export function buildSite(model: DocsModel): GeneratedFile[] {
  const links = new Links(model);
  const pages = sitePages(model);
  const files: GeneratedFile[] = [];
  for (const lang of LANGS) {
    const index: SearchEntry[] = [];
    for (const page of pages) {
      const ctx = new Ctx(model, links, lang.id, page.path);
      const title = page.title(ctx);
      const body = page.body(ctx);
      files.push({ path: `${SITE_DIR}/${lang.dir}/${page.path}`, content: renderPage(model, { lang: lang.id, path: page.path, title, kind: page.kind, body }) });
      index.push({ title, url: page.path, kind: t(lang.id, "page") }, ...(page.search?.(ctx) ?? []));
    }
    files.push({ path: `${SITE_DIR}/${lang.dir}/${paths.searchIndex}`, content: searchIndexFile(model.stamp, index) });
  }
  files.push({ path: `${SITE_DIR}/${CSS_PATH}`, content: `/* ${model.stamp} */\n${SITE_CSS.trimStart()}` });
  files.push({ path: `${SITE_DIR}/index.html`, content: rootIndex(model) });
  return files;
}
