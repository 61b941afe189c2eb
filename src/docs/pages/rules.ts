/** The validation rules (specs/reporting/validation-rules.yaml) and the data-quality rules (specs/quality). */
import { stringify } from "yaml";
import type { FailureMatcher } from "../../validate/catalogue.ts";
import { paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { pick, SEVERITY_WORDS, t, word } from "../i18n.ts";
import type { Page } from "./page.ts";
import { unverifiedFlag } from "./fields.ts";

export const severity = (ctx: Ctx, s: string): string => `<span class="sev-${esc(s)}">${esc(word(SEVERITY_WORDS, s, ctx.lang))}</span>`;

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : ([] as string[]).concat(v));

function validationPage(): Page {
  return {
    path: paths.validationRules,
    kind: "validation-rules",
    title: (ctx) => t(ctx.lang, "validationRules"),
    body(ctx) {
      const cat = ctx.model.validation;
      const out = [`<h1>${ctx.t("validationRules")}</h1>`, ctx.missing("validation")];
      if (!cat) return out.join("\n");
      const rows = cat.rules.map((r) => ({
        id: r.id,
        cells: [
          `<a class="permalink" href="#${esc(r.id)}">${code(r.id)}</a>`,
          severity(ctx, r.severity),
          ctx.requirementLink(r.requirement),
          `${code(pick(r, ctx.lang))}<br>${ctx.p(r.description)}`,
          ([] as FailureMatcher[])
            .concat(r.ajv ?? [])
            .map((m) => [...list(m.keyword).map((k) => code(k)), ...list(m.format).map((f) => code(`format: ${f}`)), m.notation ? code(`notation: ${m.notation}`) : "", m.codelist ? code("codelist") : ""].join(" "))
            .join("<br>"),
        ],
      }));
      out.push(table([ctx.t("id"), ctx.t("severity"), ctx.t("requirement"), ctx.t("message"), ctx.t("reportsFailures")], rows));
      out.push(`<h2 id="formats">${ctx.t("formats")}</h2>`);
      for (const [name, f] of cat.formats) {
        out.push(`<h3 id="format-${esc(name)}">${code(name)} ${ctx.p(f)}${f.standard ? ` <span class="meta">${esc(f.standard)}</span>` : ""}</h3>`);
        out.push(table([ctx.t("code"), ctx.t("reasons")], Object.entries(f.reasons ?? {}).map(([k, r]) => [code(k), ctx.p(r)])));
      }
      return out.join("\n");
    },
    search: (ctx) => (ctx.model.validation?.rules ?? []).map((r): SearchEntry => ({ title: r.id, url: `${paths.validationRules}#${r.id}`, kind: t(ctx.lang, "validationRules"), text: `${r.description.zh} ${r.description.en}` })),
  };
}

function qualityPage(): Page {
  return {
    path: paths.qualityRules,
    kind: "quality-rules",
    title: (ctx) => t(ctx.lang, "qualityRules"),
    body(ctx) {
      const book = ctx.model.quality;
      const out = [`<h1>${ctx.t("qualityRules")}</h1>`, ctx.missing("quality")];
      if (!book) return out.join("\n");
      for (const dim of book.dimensions) {
        out.push(`<h2 id="dimension-${esc(dim.id)}">${ctx.p(dim)} ${code(dim.id)}</h2>`, `<p>${ctx.p(dim.definition)}</p>`);
        for (const r of book.rules.filter((x) => x.dimension === dim.id)) {
          const basis = r.basis.map((b) => `<li>${ctx.p(b)} ${code(b.status)}${b.verified ? "" : ` ${unverifiedFlag(ctx, b.note ?? b.status)}`}</li>`).join("");
          out.push(
            `<section id="${esc(r.id)}" class="rule">`,
            `<h3>${code(r.id)} ${ctx.p(r)} <a class="permalink" href="#${esc(r.id)}">¶</a></h3>`,
            `<p>${severity(ctx, r.severity)} · ${ctx.t("evaluator")} ${code(r.kind)} · ${code(r.file)}</p>`,
            `<p>${ctx.p(r.definition)}</p>`,
            `<p><strong>${ctx.t("message")}:</strong> ${code(pick(r.message, ctx.lang))}</p>`,
            `<p><strong>${ctx.t("basis")}:</strong></p><ul>${basis}</ul>`,
            Object.keys(r.params ?? {}).length ? `<details><summary>${ctx.t("params")}</summary><pre><code>${esc(stringify(r.params))}</code></pre></details>` : "",
            `</section>`,
          );
        }
      }
      const c = book.calendar;
      const days = (list: string[]) => list.map((d) => code(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`)).join(" ");
      out.push(
        `<h2 id="calendar">${ctx.t("calendar")}${c.verified ? "" : ` ${unverifiedFlag(ctx, c.source ?? "")}`}</h2>`,
        `<p>${ctx.p(c.note)}</p>`,
        table([ctx.t("holidays"), ctx.t("makeUpWorkdays")], [[days(c.holidays), days(c.workdays)]]),
      );
      return out.join("\n");
    },
    search: (ctx) => (ctx.model.quality?.rules ?? []).map((r): SearchEntry => ({ title: `${r.id} ${pick(r, ctx.lang)}`, url: `${paths.qualityRules}#${r.id}`, kind: t(ctx.lang, "qualityRules"), text: `${r.zh} ${r.en}` })),
  };
}

export function rulePages(): Page[] {
  return [validationPage(), qualityPage()];
}
