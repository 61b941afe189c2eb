/**
 * The page shell: the generator stamp, the header with navigation, search and the language switch
 * (to the same page in the other language), the footer, and the small inline script that loads the
 * prebuilt search index on first use and keeps the switch on the same anchor. No network, no CDN.
 */
import { paths } from "./context.ts";
import { esc, relHref } from "./html.ts";
import { langInfo, LANGS, otherLang, t, type Lang, type WordKey } from "./i18n.ts";
import type { DocsModel } from "./model.ts";

export const CSS_PATH = "assets/site.css";

/** The navigation bar: label and path (relative to a language folder). */
const NAV: Array<[WordKey, string]> = [
  ["standards", "index.html#standards"],
  ["dataDictionary", paths.dataSets],
  ["codelists", paths.codelists],
  ["api", paths.api],
  ["events", paths.events],
  ["requirements", paths.requirements],
  ["levels", paths.levels],
  ["guides", paths.guides],
];

export interface PageShell {
  lang: Lang;
  /** Path relative to the language folder. */
  path: string;
  title: string;
  /** A class on <body> naming the kind of page (standard texts print differently). */
  kind: string;
  body: string;
}

/** The stamp as an HTML comment (a `--` cannot occur in it: the stamp has none). */
export const stampComment = (stamp: string): string => `<!-- ${stamp.replace(/--/g, "- -")} -->`;

export function renderPage(model: DocsModel, page: PageShell): string {
  const { lang, path } = page;
  const me = `${langInfo(lang).dir}/${path}`;
  const other = otherLang(lang);
  const toSite = (p: string) => relHref(me, p);
  const toLang = (p: string) => relHref(path, p);
  const base = relHref(path, paths.searchIndex).replace(/search-index\.js$/, "");
  const nav = NAV.map(([key, to]) => `<a href="${esc(toLang(to))}"${to === path ? ' aria-current="page"' : ""}>${esc(t(lang, key))}</a>`).join("");
  const m = model.manifest;
  return `<!DOCTYPE html>
${stampComment(model.stamp)}
<html lang="${langInfo(lang).dir}" data-base="${esc(base)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(page.title)} — ${esc(t(lang, "siteTitle"))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${esc(toSite(CSS_PATH))}">
${LANGS.map((l) => `<link rel="alternate" hreflang="${l.dir}" href="${esc(toSite(`${l.dir}/${path}`))}">`).join("\n")}
</head>
<body class="page-${esc(page.kind)}">
<header class="site-header">
<a class="brand" href="${esc(toLang(paths.home))}">${esc(t(lang, "siteTitle"))} <span class="version">${esc(m.version)}</span></a>
<nav class="site-nav">${nav}</nav>
<div class="search" role="search">
<input type="search" id="search-input" autocomplete="off" aria-label="${esc(t(lang, "search"))}" placeholder="${esc(t(lang, "searchPlaceholder"))}" data-none="${esc(t(lang, "searchNone"))}">
<ol id="search-results" hidden></ol>
</div>
<a class="lang-switch" hreflang="${other.dir}" lang="${other.dir}" href="${esc(toSite(`${other.dir}/${path}`))}">${esc(other.name)}</a>
</header>
<main>
${page.body}
</main>
<footer class="site-footer"><p>${esc(t(lang, "generatedNote", { id: m.id, version: m.version }))}</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Search over the prebuilt index (loaded by a script tag, so it works from file:// too) and the language switch. */
const SCRIPT = `(function(){
var input=document.getElementById("search-input"),list=document.getElementById("search-results");
var base=document.documentElement.getAttribute("data-base")||"";
var index=null,waiting=[];
function load(cb){if(index){cb();return;}waiting.push(cb);if(waiting.length>1)return;
var s=document.createElement("script");s.src=base+"search-index.js";
s.onload=function(){index=window.YWJY_SEARCH_INDEX||[];var w=waiting;waiting=[];w.forEach(function(f){f();});};
document.head.appendChild(s);}
function run(){var q=input.value.trim().toLowerCase();list.innerHTML="";
if(!q){list.hidden=true;return;}
var terms=q.split(/\\s+/),hits=[];
for(var i=0;i<index.length;i++){var e=index[i],title=e[0].toLowerCase(),hay=title+" "+(e[3]||"").toLowerCase();
if(terms.every(function(t){return hay.indexOf(t)>=0;}))hits.push([title.indexOf(q)===0?0:title.indexOf(q)>=0?1:2,i]);}
hits.sort(function(a,b){return a[0]-b[0]||a[1]-b[1];});
hits.slice(0,30).forEach(function(h){var e=index[h[1]],li=document.createElement("li"),a=document.createElement("a"),k=document.createElement("span");
a.href=base+e[1];a.textContent=e[0];k.className="kind";k.textContent=e[2];a.appendChild(k);li.appendChild(a);list.appendChild(li);});
if(!hits.length){var li=document.createElement("li");li.className="none";li.textContent=input.getAttribute("data-none");list.appendChild(li);}
list.hidden=false;}
input.addEventListener("focus",function(){load(function(){});});
input.addEventListener("input",function(){load(run);});
input.addEventListener("keydown",function(ev){if(ev.key==="Enter"){var f=list.querySelector("a");if(f)location.href=f.href;}if(ev.key==="Escape"){list.hidden=true;}});
var sw=document.querySelector("a.lang-switch");
if(sw)sw.addEventListener("click",function(){if(location.hash)sw.href=sw.getAttribute("href").split("#")[0]+location.hash;});
})();`;
