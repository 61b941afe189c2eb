/** The changelog of the spec bundle (specs/manifest.yaml `changelog`). */
import { paths } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { t } from "../i18n.ts";
import type { Page } from "./page.ts";

export function changelogPage(): Page {
  return {
    path: paths.changelog,
    kind: "changelog",
    title: (ctx) => t(ctx.lang, "changelog"),
    body(ctx) {
      const rows = (ctx.model.manifest.changelog ?? []).map((c) => ({ id: `v${c.version}`, cells: [code(c.version), esc(c.date), ctx.p(c)] }));
      return [`<h1>${ctx.t("changelog")}</h1>`, table([ctx.t("version"), ctx.t("date"), ctx.t("changes")], rows)].join("\n");
    },
  };
}
