/** The home page of a language: the standard texts, the references, the guides by audience. */
import { paths } from "../context.ts";
import { code, esc } from "../html.ts";
import { STATUS_WORDS, t, word, type WordKey } from "../i18n.ts";
import type { SourceKey } from "../model.ts";
import { guideTitle } from "./guides.ts";
import type { Page } from "./page.ts";

const REFERENCES: Array<[WordKey, string]> = [
  ["dataDictionary", paths.dataSets],
  ["codelists", paths.codelists],
  ["api", paths.api],
  ["events", paths.events],
  ["requirements", paths.requirements],
  ["levels", paths.levels],
  ["validationRules", paths.validationRules],
  ["qualityRules", paths.qualityRules],
  ["changelog", paths.changelog],
  ["unverified", paths.unverified],
];

export function homePage(): Page {
  return {
    path: paths.home,
    kind: "home",
    title: (ctx) => t(ctx.lang, "home"),
    body(ctx) {
      const m = ctx.model;
      const books = m.requirements?.books ?? [];
      const out = [
        `<h1>${ctx.p(m.manifest.title)}</h1>`,
        `<p class="lead">${code(m.manifest.id)} · ${ctx.t("version")} ${esc(m.manifest.version)} · ${esc(word(STATUS_WORDS, m.manifest.status, ctx.lang))} · ${ctx.p(m.manifest.publisher)}</p>`,
        ...(Object.keys(m.missing) as SourceKey[]).map((k) => ctx.missing(k)),
        `<h2 id="standards">${ctx.t("standards")}</h2>`,
        `<ul class="cards">${books
          .map((b) => `<li>${ctx.link(paths.standard(b.id), `${esc(b.id)} ${ctx.p(b)}`)}<p>${esc(b.source)} · ${ctx.link(paths.requirementBook(b.id), ctx.t("requirements"))}</p></li>`)
          .join("")}</ul>`,
        `<h2 id="references">${ctx.t("references")}</h2>`,
        `<ul class="cards">${REFERENCES.map(([key, to]) => `<li>${ctx.link(to, ctx.t(key))}</li>`).join("")}</ul>`,
        `<h2 id="guides">${ctx.t("guides")}</h2>`,
      ];
      for (const aud of m.audiences)
        out.push(`<h3>${ctx.p(aud)}</h3>`, `<ul>${aud.guides.map((id) => `<li>${ctx.link(paths.guide(id), esc(guideTitle(m, id, ctx.lang)))}</li>`).join("")}</ul>`);
      return out.join("\n");
    },
  };
}
