/**
 * The requirement catalogue: per book, per area, each requirement with its level, text, actor, source,
 * verification method, the checks that cover it, and everything in the specs that names it.
 */
import type { Requirement } from "../../specs/requirements.ts";
import { paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { endpointText, parameterValueText } from "../includes.ts";
import { ACTOR_WORDS, LEVEL_WORDS, METHOD_WORDS, pick, t, word } from "../i18n.ts";
import type { DocsModel, Json } from "../model.ts";
import { requirementsOfLevel } from "../../specs/levels.ts";
import type { Page } from "./page.ts";

export interface Reference {
  /** Link target (site path with anchor). */
  to: string;
  /** What names the requirement, as plain text. */
  label: string;
}

/** Everything that names a requirement: validation and intake rules, API operations, channel operations and messages, levels. */
export function requirementReferences(model: DocsModel): Map<string, Reference[]> {
  const refs = new Map<string, Reference[]>();
  const add = (id: string, ref: Reference) => refs.set(id, [...(refs.get(id) ?? []), ref]);
  for (const r of model.validation?.rules ?? []) add(r.requirement, { to: `${paths.validationRules}#${r.id}`, label: r.id });
  for (const [id, r] of Object.entries<Json>(model.asyncapi?.["x-ywjy-intake-rules"] ?? {})) if (r?.requirement) add(r.requirement, { to: `${paths.events}#${id}`, label: id });
  for (const [path, item] of Object.entries<Json>(model.openapi?.paths ?? {}))
    for (const [method, op] of Object.entries<Json>(item ?? {}))
      for (const id of op?.["x-requirements"] ?? []) add(id, { to: `${paths.api}#${op.operationId}`, label: `${method.toUpperCase()} ${path}` });
  const api = model.asyncapi;
  for (const id of api?.info?.["x-requirements"] ?? []) add(id, { to: paths.events, label: "AsyncAPI" });
  for (const [name, op] of Object.entries<Json>(api?.operations ?? {})) for (const id of op?.["x-requirements"] ?? []) add(id, { to: `${paths.events}#op-${name}`, label: name });
  for (const [name, m] of Object.entries<Json>(api?.components?.messages ?? {})) for (const id of m?.["x-requirements"] ?? []) add(id, { to: `${paths.events}#msg-${name}`, label: name });
  const levels = model.levels ?? [];
  const all = model.requirements?.requirements ?? [];
  for (const level of levels) {
    const own = requirementsOfLevel(levels, level.id, all).filter((r) => !levels.slice(0, levels.indexOf(level)).some((l) => requirementsOfLevel(levels, l.id, all).includes(r)));
    for (const r of own) add(r.id, { to: `${paths.levels}#${level.id}`, label: `${level.zh} / ${level.en}` });
  }
  return refs;
}

/** A value a check depends on, with its value where the specs give one: `receiveWindow` 30 s, `POST /oauth/token`, `Retry-After`. */
function dependencyHtml(ctx: Ctx, d: string): string {
  const [kind, name = ""] = d.split(/:(.*)/s) as [string, string?];
  if (kind === "param") {
    const p = ctx.model.asyncapi?.["x-ywjy-parameters"]?.[name] ?? ctx.model.openapi?.["x-ywjy-parameters"]?.[name];
    const page = ctx.model.asyncapi?.["x-ywjy-parameters"]?.[name] ? paths.events : paths.api;
    return p ? `${code(name)} ${ctx.link(`${page}#param-${name}`, esc(parameterValueText(p)))}` : code(name);
  }
  if (kind === "endpoint") {
    const e = ctx.model.asyncapi?.["x-ywjy-platform-endpoints"]?.endpoints?.[name];
    return e ? ctx.link(`${paths.events}#endpoint-${name}`, code(endpointText(e))) : code(name);
  }
  return code(name);
}

/** The verification cell: method, the checks (linked where the specs define them) and the evidence asked for. */
export function verificationHtml(ctx: Ctx, r: Requirement): string {
  const v = r.verification ?? { method: "" };
  const parts = [esc(word(METHOD_WORDS, v.method, ctx.lang))];
  if (v.checks?.length) parts.push(v.checks.map((c) => ctx.checkLink(c)).join(" "));
  if (v.evidence) parts.push(ctx.p(v.evidence));
  if (v.depends?.length) parts.push(`${ctx.t("checksDependOn")}: ${v.depends.map((d) => dependencyHtml(ctx, d)).join(", ")}`);
  if (v.see?.length) parts.push(`${ctx.t("seeGuide")}: ${v.see.map((g) => ctx.link(paths.guide(g), esc(g))).join(" ")}`);
  return parts.join("<br>");
}

function bookPage(bookId: string, refs: Map<string, Reference[]>): Page {
  return {
    path: paths.requirementBook(bookId),
    kind: "requirements",
    title(ctx) {
      const book = ctx.model.requirements!.books.find((b) => b.id === bookId)!;
      return `${t(ctx.lang, "requirements")} · ${bookId} ${pick(book, ctx.lang)}`;
    },
    body(ctx) {
      const cat = ctx.model.requirements!;
      const book = cat.books.find((b) => b.id === bookId)!;
      const out = [
        `<p class="meta">${ctx.link(paths.requirements, ctx.t("requirements"))}</p>`,
        `<h1>${esc(bookId)} ${ctx.p(book)}</h1>`,
        `<p>${ctx.link(paths.standard(bookId), ctx.t("standards"))}</p>`,
      ];
      for (const area of cat.areas.filter((x) => x.book === bookId)) {
        out.push(`<h2 id="area-${esc(area.id)}">${esc(area.id)} ${ctx.p(area)}</h2>`, `<p class="meta">${code(area.file)}</p>`);
        const rows = cat.requirements
          .filter((r) => r.book === bookId && r.area === area.id)
          .map((r) => ({
            id: r.id,
            cells: [
              `<a class="permalink" href="#${esc(r.id)}">${code(r.id)}</a>`,
              esc(word(LEVEL_WORDS, r.level, ctx.lang)),
              `${ctx.p(r)}<br><span class="meta">${ctx.t("source")}: ${esc(r.source)}</span>`,
              esc(word(ACTOR_WORDS, r.actor, ctx.lang)),
              verificationHtml(ctx, r),
              (refs.get(r.id) ?? []).map((x) => ctx.link(x.to, esc(x.label))).join("<br>"),
            ],
          }));
        out.push(table([ctx.t("id"), ctx.t("level"), ctx.t("text"), ctx.t("actor"), ctx.t("verification"), ctx.t("referencedBy")], rows, "requirements"));
      }
      return out.join("\n");
    },
    search: (ctx) =>
      ctx.model.requirements!.requirements
        .filter((r) => r.book === bookId)
        .map((r): SearchEntry => ({ title: `${r.id} ${pick(r, ctx.lang).slice(0, 60)}`, url: `${paths.requirementBook(bookId)}#${r.id}`, kind: t(ctx.lang, "requirement"), text: `${r.zh} ${r.en}` })),
  };
}

function indexPage(): Page {
  return {
    path: paths.requirements,
    kind: "requirements-index",
    title: (ctx) => t(ctx.lang, "requirements"),
    body(ctx) {
      const cat = ctx.model.requirements;
      const out = [`<h1>${ctx.t("requirements")}</h1>`, ctx.missing("requirements")];
      if (!cat) return out.join("\n");
      const count = (pred: (r: Requirement) => boolean) => cat.requirements.filter(pred).length;
      const rows = cat.books.map((b) => [
        ctx.link(paths.requirementBook(b.id), code(b.id)),
        ctx.p(b),
        ...(["应", "宜", "可"] as const).map((lv) => String(count((r) => r.book === b.id && r.level === lv))),
        ...(["automated", "evidence", "attestation"] as const).map((m) => String(count((r) => r.book === b.id && r.verification?.method === m))),
      ]);
      const head = [ctx.t("id"), ctx.t("name"), ...["应", "宜", "可"].map((lv) => esc(word(LEVEL_WORDS, lv, ctx.lang))), ...["automated", "evidence", "attestation"].map((m) => esc(word(METHOD_WORDS, m, ctx.lang)))];
      out.push(table(head, rows));
      for (const b of cat.books)
        out.push(
          `<h2 id="${esc(b.id)}">${ctx.link(paths.requirementBook(b.id), `${esc(b.id)} ${ctx.p(b)}`)}</h2>`,
          `<ul>${cat.areas
            .filter((a) => a.book === b.id)
            .map((a) => `<li>${ctx.link(`${paths.requirementBook(b.id)}#area-${a.id}`, `${esc(a.id)} ${ctx.p(a)}`)} (${count((r) => r.book === b.id && r.area === a.id)})</li>`)
            .join("")}</ul>`,
        );
      return out.join("\n");
    },
  };
}

export function requirementPages(model: DocsModel): Page[] {
  const refs = requirementReferences(model);
  return [indexPage(), ...(model.requirements?.books ?? []).map((b) => bookPage(b.id, refs))];
}
