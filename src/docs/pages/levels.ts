/** The certification levels (specs/norms/levels.yaml) and the requirements each includes. */
import type { Requirement } from "../../specs/requirements.ts";
import { paths, type Ctx } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { LEVEL_WORDS, METHOD_WORDS, t, word } from "../i18n.ts";
import type { Page } from "./page.ts";
import { requirementsOfLevel } from "../../specs/levels.ts";

function requirementRows(ctx: Ctx, list: Requirement[]) {
  return list.map((r) => [ctx.requirementLink(r.id), esc(word(LEVEL_WORDS, r.level, ctx.lang)), esc(word(METHOD_WORDS, r.verification?.method ?? "", ctx.lang)), ctx.p(r)]);
}

export function levelsPage(): Page {
  return {
    path: paths.levels,
    kind: "levels",
    title: (ctx) => t(ctx.lang, "levels"),
    body(ctx) {
      const levels = ctx.model.levels;
      const out = [`<h1>${ctx.t("levels")}</h1>`, ctx.missing("levels"), ctx.missing("requirements")];
      if (!levels) return out.join("\n");
      const all = ctx.model.requirements?.requirements ?? [];
      const head = [ctx.t("id"), ctx.t("level"), ctx.t("verification"), ctx.t("text")];
      levels.forEach((level, i) => {
        const reqs = requirementsOfLevel(levels, level.id, all);
        const deciding = reqs.filter((r) => r.level === "应" && r.verification?.method === "automated");
        const others = reqs.filter((r) => !deciding.includes(r));
        out.push(
          `<section id="${esc(level.id)}">`,
          `<h2>${ctx.p(level)} ${code(level.id)}</h2>`,
          `<p>${ctx.p(level.description)}</p>`,
          `<p>${ctx.t("includes")}: ${(level.includes ?? []).map((p) => code(p)).join(" ")}${i > 0 ? ` ${ctx.t("cumulative")} ${levels.slice(0, i).map((l) => ctx.link(`#${l.id}`, ctx.p(l))).join("、")}` : ""}</p>`,
          `<h3>${ctx.t("mustAutomated")} (${deciding.length})</h3>`,
          table(head, requirementRows(ctx, deciding)),
          `<h3>${ctx.t("otherRequirements")} (${others.length})</h3>`,
          table(head, requirementRows(ctx, others)),
          `</section>`,
        );
      });
      return out.join("\n");
    },
  };
}
