/** Every unverified fact of the bundle on one page (see ../unverified.ts). */
import { paths } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { t } from "../i18n.ts";
import { unverifiedFacts } from "../unverified.ts";
import type { Page } from "./page.ts";

const KIND_WORDS = {
  field: { zh: "字段", en: "Field" },
  codelist: { zh: "代码表", en: "Code list" },
  code: { zh: "代码", en: "Code" },
  "quality-basis": { zh: "质量规则依据", en: "Quality rule basis" },
  calendar: { zh: "工作日历", en: "Working-day calendar" },
};

export function unverifiedPage(): Page {
  return {
    path: paths.unverified,
    kind: "unverified",
    title: (ctx) => t(ctx.lang, "unverified"),
    body(ctx) {
      const facts = unverifiedFacts(ctx.model);
      const rows = facts.map((f) => [ctx.p(KIND_WORDS[f.kind]), ctx.link(f.to, code(f.label)), ctx.p(f.why)]);
      return [`<h1>${ctx.t("unverified")} (${facts.length})</h1>`, table([ctx.t("kind"), ctx.t("where"), ctx.t("why")], rows)].join("\n");
    },
  };
}
