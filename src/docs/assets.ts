/**
 * The site's one stylesheet, written into generated/docs/assets/site.css: screen styles, and a print
 * stylesheet under which a standard text prints to a clean A4 PDF from Chromium (no navigation chrome,
 * a page break before each chapter and annex, tables that do not split their rows).
 */
export const SITE_CSS = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #b3261e; --link: #1a5fb4; --bg-soft: #f5f6f8; --warn: #9a6700; }
* { box-sizing: border-box; }
html { font-size: 15px; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.65;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--bg-soft); padding: 0 0.25em; border-radius: 3px; }
pre { background: var(--bg-soft); padding: 0.8em 1em; overflow-x: auto; border-radius: 4px; line-height: 1.45; }
pre code { background: none; padding: 0; }
.site-header { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 1.2em;
  padding: 0.5em 1.5em; background: #fff; border-bottom: 3px solid var(--accent); }
.brand { font-weight: 700; color: var(--ink); }
.brand .version { font-weight: 400; color: var(--muted); font-size: 0.85em; }
.site-nav { display: flex; flex-wrap: wrap; gap: 0.2em 1em; flex: 1; }
.site-nav a { color: var(--ink); }
.site-nav a[aria-current="page"] { color: var(--accent); font-weight: 600; }
.search { position: relative; }
.search input { width: 16em; padding: 0.3em 0.6em; border: 1px solid var(--line); border-radius: 4px; font: inherit; }
#search-results { position: absolute; right: 0; top: 2.2em; width: 30em; max-height: 70vh; overflow-y: auto; margin: 0; padding: 0.3em 0;
  list-style: none; background: #fff; border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 4px 16px rgba(0,0,0,.12); }
#search-results li a, #search-results li.none { display: block; padding: 0.25em 0.8em; }
#search-results li a:hover, #search-results li a:focus { background: var(--bg-soft); }
#search-results .kind { float: right; color: var(--muted); font-size: 0.8em; margin-left: 1em; }
.lang-switch { border: 1px solid var(--line); border-radius: 4px; padding: 0.1em 0.6em; }
main { max-width: 86em; margin: 0 auto; padding: 1em 1.5em 3em; }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85em; padding: 0.5em 1.5em; }
h1 { font-size: 1.7em; line-height: 1.3; margin: 0.6em 0 0.4em; }
h2 { font-size: 1.35em; margin: 1.6em 0 0.5em; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.12em; margin: 1.3em 0 0.4em; }
h4 { font-size: 1em; margin: 1em 0 0.3em; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; font-size: 0.92em; }
th, td { border: 1px solid var(--line); padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; }
tr:target, div:target, section:target { background: #fff8d6; }
[id] { scroll-margin-top: 4.5em; }
.lead { color: var(--muted); }
.meta-list { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1.2em; margin: 0.8em 0; }
.meta-list dt { color: var(--muted); }
.meta-list dd { margin: 0; }
td code { white-space: nowrap; }
td .permalink code { color: var(--ink); font-weight: 600; }
table.fields td:nth-child(3), table.fields td:nth-child(4) { min-width: 7em; }
.meta { color: var(--muted); font-size: 0.9em; }
.permalink { color: var(--muted); font-size: 0.85em; }
.flag-unverified { color: var(--warn); font-weight: 600; white-space: nowrap; }
.flag-deprecated { color: var(--muted); text-decoration: line-through; }
.sev-error { color: var(--accent); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
.sev-info { color: var(--muted); }
.missing-source { border-left: 4px solid var(--warn); background: #fff8e5; padding: 0.5em 1em; }
.include-missing { color: var(--accent); text-decoration: wavy underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 1em; padding: 0; list-style: none; }
.cards li { border: 1px solid var(--line); border-radius: 6px; padding: 0.8em 1em; }
.cards li p { margin: 0.3em 0 0; color: var(--muted); font-size: 0.9em; }
.method { display: inline-block; min-width: 4em; font-weight: 700; color: #fff; background: var(--link); border-radius: 3px; padding: 0 0.4em; text-align: center; font-size: 0.85em; }
.method-post { background: #26804a; } .method-put { background: #9a6700; } .method-delete { background: var(--accent); }
.op { border: 1px solid var(--line); border-radius: 6px; padding: 0.2em 1em 0.6em; margin: 1em 0; }
.op h3 { border: 0; }
blockquote { margin: 0.8em 0; padding: 0.3em 1em; border-left: 4px solid var(--line); color: var(--ink); }

/* Standard texts (GB/T 1.1 layout) */
.page-standard main, .page-guide main { max-width: 60em; }
@media screen { .standard table.fields { display: block; overflow-x: auto; } }
.standard .cover { text-align: center; padding: 3em 0 2em; border-bottom: 2px solid var(--ink); margin-bottom: 1.5em; }
.standard .cover .doc-title { font-size: 2em; font-weight: 700; margin: 0.5em 0; line-height: 1.4; }
.standard .cover .doc-title-en { font-size: 1.1em; color: var(--muted); }
.standard .cover .doc-meta { margin-top: 2em; color: var(--muted); }
.standard .toc ol { list-style: none; padding-left: 0; }
.standard .toc ol ol { padding-left: 1.5em; }
.standard h2 { border-bottom: 0; }
.standard .chapter-no { margin-right: 0.6em; }
.standard .clause { margin: 0.6em 0; }
.standard .clause-no { font-weight: 700; margin-right: 0.6em; }
.standard .clause .req-meta { margin: 0.1em 0 0 2.4em; color: var(--muted); font-size: 0.85em; }
.standard .annex-title { text-align: center; }
.standard .annex-kind { display: block; font-weight: 400; font-size: 0.85em; }
.standard .term { margin: 0.6em 0; }
.standard .term-name { font-weight: 700; }

@page { size: A4; margin: 20mm 18mm 20mm 20mm; }
@media print {
  html { font-size: 10.5pt; }
  .site-header, .site-footer, .permalink-only, .no-print { display: none !important; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, .clause, .term { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  pre { white-space: pre-wrap; }
  table { font-size: 7pt; width: 100%; }
  th, td { padding: 0.2em 0.3em; }
  table.fields { table-layout: fixed; }
  table.fields code { white-space: normal; overflow-wrap: anywhere; }
  table.fields th:nth-child(1) { width: 4%; } table.fields th:nth-child(2) { width: 17%; } table.fields th:nth-child(3) { width: 10%; }
  table.fields th:nth-child(4) { width: 12%; } table.fields th:nth-child(5) { width: 9%; } table.fields th:nth-child(6) { width: 4%; }
  table.fields th:nth-child(7) { width: 11%; } table.fields th:nth-child(8) { width: 9%; } table.fields th:nth-child(9) { width: 12%; }
  h2 .permalink, h3 .permalink { display: none; }
  .standard .cover { min-height: 240mm; border: 0; display: flex; flex-direction: column; justify-content: center; }
  .standard .toc, .standard .chapter, .standard .annex, .standard .foreword { break-before: page; page-break-before: always; }
  tr:target, div:target, section:target { background: none; }
}
`;
