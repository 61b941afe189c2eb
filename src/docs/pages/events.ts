/**
 * The reporting channel's reference, from specs/reporting/asyncapi.yaml read as YAML: servers, channels,
 * operations (with their replies and the requirements they serve), messages, the channel parameters,
 * the intake rules (the `ruleId`s of receipt findings), and the schemas.
 */
import { paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { pick, t } from "../i18n.ts";
import { renderMarkdown } from "../markdown.ts";
import { platformEndpointSection } from "./platform-endpoints.ts";
import type { Json } from "../model.ts";
import type { Page } from "./page.ts";
import { severity } from "./rules.ts";
import { atPointer, propertyTable, schemaSummary, type SchemaLinker } from "./schema.ts";

function linker(ctx: Ctx): SchemaLinker {
  return (ref) => {
    if (ref.includes("generated/schemas/report-record.json")) return `${paths.envelope}#report-record`;
    if (ref.includes("generated/schemas/report-package.json")) return `${paths.envelope}#report-package`;
    const m = ref.match(/^#\/components\/(schemas|messages)\/([^/]+)$/);
    if (m) return `${paths.events}#${m[1] === "schemas" ? "schema" : "msg"}-${m[2]}`;
    const ch = ref.match(/^#\/channels\/([^/]+)$/);
    if (ch) return `${paths.events}#channel-${ch[1]}`;
    return undefined;
  };
}

/** A message reference (`#/channels/x/messages/y`, which refers on to `#/components/messages/z`) as a link to the message. */
function messageLink(ctx: Ctx, doc: Json, ref: Json): string {
  let r: unknown = ref?.$ref;
  for (let i = 0; i < 5 && typeof r === "string" && r.startsWith("#/channels/"); i++) r = atPointer(doc, r)?.$ref;
  const name = String(r ?? "").split("/").pop() ?? "";
  return ctx.link(doc.components?.messages?.[name] ? `${paths.events}#msg-${name}` : undefined, code(name));
}

const reqLinks = (ctx: Ctx, ids: string[] | undefined) => (ids ?? []).map((r) => ctx.requirementLink(r)).join(" ");

/** The numbers a standard's document names (its x-ywjy-parameters), each with an anchor param-<name>; empty when it names none. */
export function parameterSection(ctx: Ctx, doc: Json, title: string): string {
  const params = Object.entries<Json>(doc["x-ywjy-parameters"] ?? {});
  if (params.length === 0) return "";
  return [
    `<h2 id="parameters">${title}</h2>`,
    table(
      [ctx.t("name"), ctx.t("value"), ctx.t("unit"), ctx.t("description"), ctx.t("source"), ctx.t("decision")],
      params.map(([name, p]) => ({ id: `param-${name}`, cells: [code(name), code(p.value), esc(p.unit), ctx.p(p), esc(p.source ?? ""), esc(p.decision ?? "")] })),
    ),
  ].join("\n");
}

export function eventsPage(): Page {
  return {
    path: paths.events,
    kind: "events",
    title: (ctx) => t(ctx.lang, "events"),
    body(ctx) {
      const doc = ctx.model.asyncapi;
      const out = [`<h1>${ctx.t("events")}</h1>`, ctx.missing("asyncapi")];
      if (!doc) return out.join("\n");
      const linkRef = linker(ctx);
      out.push(`<p class="lead">${esc(doc.info?.title)} · ${ctx.t("version")} ${code(doc.info?.version)} · AsyncAPI ${code(doc.asyncapi)}</p>`);
      if (doc.info?.["x-requirements"]) out.push(`<p>${ctx.t("requirements")}: ${reqLinks(ctx, doc.info["x-requirements"])}</p>`);
      if (doc.info?.description) out.push(renderMarkdown(ctx, doc.info.description));

      out.push(
        `<h2 id="servers">${ctx.t("servers")}</h2>`,
        table(
          [ctx.t("name"), ctx.t("address"), ctx.t("description")],
          Object.entries<Json>(doc.servers ?? {}).map(([name, s]) => [code(name), code(`${s.protocol}://${s.host}${s.pathname ?? ""}`), esc([s.title, s.summary].filter(Boolean).join(" — "))]),
        ),
      );
      out.push(platformEndpointSection(ctx, doc));
      out.push(
        `<h2 id="channels">${ctx.t("channels")}</h2>`,
        table(
          [ctx.t("name"), ctx.t("address"), ctx.t("description"), ctx.t("messages")],
          Object.entries<Json>(doc.channels ?? {}).map(([name, c]) => ({
            id: `channel-${name}`,
            cells: [code(name), c.address ? code(c.address) : "—", esc([c.title, c.description].filter(Boolean).join(" — ")), Object.values<Json>(c.messages ?? {}).map((m) => messageLink(ctx, doc, m)).join(" ")],
          })),
        ),
      );
      out.push(`<h2 id="operations">${ctx.t("operations")}</h2>`);
      for (const [name, op] of Object.entries<Json>(doc.operations ?? {})) {
        const channel = String(op.channel?.$ref ?? "").split("/").pop() ?? "";
        const method = op.bindings?.http?.method;
        out.push(
          `<section class="op" id="op-${esc(name)}">`,
          `<h3>${method ? `<span class="method method-${esc(String(method).toLowerCase())}">${esc(method)}</span> ` : ""}${code(name)} ${esc(op.title ?? "")}</h3>`,
          `<p>${esc(op.summary ?? "")}</p>`,
          table(
            [ctx.t("action"), ctx.t("channel"), ctx.t("messages"), ctx.t("reply"), ctx.t("requirements")],
            [[code(op.action), ctx.link(`#channel-${channel}`, code(channel)), (op.messages ?? []).map((m: Json) => messageLink(ctx, doc, m)).join(" "), (op.reply?.messages ?? []).map((m: Json) => messageLink(ctx, doc, m)).join(" "), reqLinks(ctx, op["x-requirements"])]],
          ),
          `</section>`,
        );
      }
      out.push(
        `<h2 id="messages">${ctx.t("messages")}</h2>`,
        table(
          [ctx.t("name"), ctx.t("description"), ctx.t("contentType"), ctx.t("headers"), ctx.t("payload"), ctx.t("status"), ctx.t("requirements")],
          Object.entries<Json>(doc.components?.messages ?? {}).map(([name, m]) => ({
            id: `msg-${name}`,
            cells: [
              code(name),
              esc([m.title, m.summary].filter(Boolean).join(" — ")),
              m.contentType ? code(m.contentType) : "",
              schemaSummary(ctx, m.headers, linkRef),
              schemaSummary(ctx, m.payload?.schema ?? m.payload, linkRef),
              m.bindings?.http?.statusCode ? code(m.bindings.http.statusCode) : "",
              reqLinks(ctx, m["x-requirements"]),
            ],
          })),
        ),
      );
      out.push(parameterSection(ctx, doc, ctx.t("channelParameters")));
      const rules = Object.entries<Json>(doc["x-ywjy-intake-rules"] ?? {});
      if (rules.length)
        out.push(
          `<h2 id="intake-rules">${ctx.t("intakeRules")}</h2>`,
          table(
            [ctx.t("id"), ctx.t("severity"), ctx.t("status"), ctx.t("sequenceConsumed"), ctx.t("requirement"), ctx.t("message")],
            rules.map(([id, r]) => ({
              id,
              cells: [`<a class="permalink" href="#${esc(id)}">${code(id)}</a>`, severity(ctx, r.severity), code(r.status), r.sequenceConsumed ? ctx.t("yes") : ctx.t("no"), r.requirement ? ctx.requirementLink(r.requirement) : "", code(pick(r, ctx.lang))],
            })),
          ),
        );
      if (doc["x-ywjy-ordering-fields"]) out.push(`<h2 id="ordering-fields">${ctx.t("orderingFields")}</h2>`, `<p>${doc["x-ywjy-ordering-fields"].map((f: string) => code(f)).join(" → ")}</p>`);
      out.push(`<h2 id="schemas">${ctx.t("schemas")}</h2>`);
      for (const [name, s] of Object.entries<Json>(doc.components?.schemas ?? {}))
        out.push(`<h3 id="schema-${esc(name)}">${code(name)}</h3>`, s.description || s.title ? `<p>${esc([s.title, s.description].filter(Boolean).join(" — "))}</p>` : "", propertyTable(ctx, s, linkRef, `schema-${name}.`));
      return out.join("\n");
    },
    search: (ctx) => [
      ...Object.entries<Json>(ctx.model.asyncapi?.["x-ywjy-intake-rules"] ?? {}).map(([id, r]): SearchEntry => ({ title: `${id} ${pick(r, ctx.lang)}`, url: `${paths.events}#${id}`, kind: t(ctx.lang, "intakeRules"), text: `${r.zh} ${r.en}` })),
      ...Object.entries<Json>(ctx.model.asyncapi?.["x-ywjy-parameters"] ?? {}).map(([id, p]): SearchEntry => ({ title: `${id} ${pick(p, ctx.lang)}`, url: `${paths.events}#param-${id}`, kind: t(ctx.lang, "channelParameters"), text: `${p.zh} ${p.en}` })),
    ],
  };
}
