/**
 * The API reference of the access standard, from the bundled OpenAPI document (generated/openapi/access.json):
 * operations by tag with parameters, bodies, responses, security and the requirements they serve
 * (x-requirements); the schemas; the conformance scenarios (x-scenarios).
 */
import { paths, type Ctx, type SearchEntry } from "../context.ts";
import { code, esc, table } from "../html.ts";
import { pick, t } from "../i18n.ts";
import { renderMarkdown } from "../markdown.ts";
import type { Json } from "../model.ts";
import { parameterSection } from "./events.ts";
import { platformEndpointSection } from "./platform-endpoints.ts";
import type { Page } from "./page.ts";
import { deref, propertyTable, schemaSummary, type SchemaLinker } from "./schema.ts";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export interface Operation {
  method: string;
  path: string;
  op: Json;
  pathItem: Json;
}

export function operationsOf(doc: Json | undefined): Operation[] {
  return Object.entries<Json>(doc?.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item?.[m]).map((method) => ({ method, path, op: item[method] as Json, pathItem: item })),
  );
}

/** Where a schema of the bundle lives: a data set's page, the envelope page, or its anchor on the API page. */
function schemaLinker(ctx: Ctx): SchemaLinker {
  return (ref) => {
    const name = ref.match(/^#\/components\/schemas\/([^/]+)/)?.[1]?.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!name) return undefined;
    const no = name.match(/^(\d+)-/)?.[1];
    if (no) return ctx.links.dataSet(Number(no));
    if (name === "report-record" || name === "report-package") return `${paths.envelope}#${name}`;
    return `${paths.api}#schema-${name}`;
  };
}

export const operationSummary = (op: Json, lang: "zh" | "en"): string => pick({ zh: op.summary, en: op["x-summary-en"] ?? op.summary }, lang);

function contentCell(ctx: Ctx, content: Json | undefined, linkRef: SchemaLinker): string {
  return Object.entries<Json>(content ?? {})
    .map(([type, media]) => `${code(type)} ${schemaSummary(ctx, media.schema, linkRef)}`)
    .join("<br>");
}

function operationHtml(ctx: Ctx, doc: Json, o: Operation, linkRef: SchemaLinker): string {
  const { op } = o;
  const security = (op.security ?? doc.security ?? []) as Json[];
  const secText = security.length === 0 || security.every((s) => Object.keys(s).length === 0)
    ? ctx.t("noToken")
    : security.map((s) => Object.entries<string[]>(s).map(([name, scopes]) => `${code(name)} ${scopes.map((x) => code(x)).join(" ")}`).join(" + ")).join(" | ");
  const params = [...(o.pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => deref(doc, p)!).filter(Boolean);
  const out = [
    `<section class="op" id="${esc(op.operationId)}">`,
    `<h3><span class="method method-${o.method}">${o.method.toUpperCase()}</span> ${code(o.path)} ${esc(operationSummary(op, ctx.lang))} <a class="permalink" href="#${esc(op.operationId)}">¶</a></h3>`,
    `<p class="meta">operationId ${code(op.operationId)} · ${ctx.t("security")}: ${secText}${op["x-requirements"]?.length ? ` · ${ctx.t("requirements")}: ${op["x-requirements"].map((r: string) => ctx.requirementLink(r)).join(" ")}` : ""}</p>`,
    op.description ? renderMarkdown(ctx, op.description) : "",
  ];
  if (params.length)
    out.push(
      `<h4>${ctx.t("parameters")}</h4>`,
      table(
        [ctx.t("name"), ctx.t("in"), ctx.t("required"), ctx.t("type"), ctx.t("description")],
        params.map((p) => [code(p.name), esc(p.in), p.required ? ctx.t("yes") : "", schemaSummary(ctx, p.schema, linkRef), esc(p.description ?? "")]),
      ),
    );
  const body = deref(doc, op.requestBody);
  if (body) out.push(`<h4>${ctx.t("requestBody")}</h4>`, `<p>${esc(body.description ?? "")}</p><p>${contentCell(ctx, body.content, linkRef)}</p>`);
  const responses = Object.entries<Json>(op.responses ?? {}).map(([status, r]) => {
    const res = deref(doc, r) ?? {};
    return [code(status), esc(res.description ?? ""), contentCell(ctx, res.content, linkRef), Object.keys(res.headers ?? {}).map((h) => code(h)).join(" ")];
  });
  out.push(`<h4>${ctx.t("responses")}</h4>`, table([ctx.t("status"), ctx.t("description"), ctx.t("contentType"), ctx.t("headers")], responses));
  out.push(`</section>`);
  return out.join("\n");
}

export function apiPage(): Page {
  return {
    path: paths.api,
    kind: "api",
    title: (ctx) => t(ctx.lang, "api"),
    body(ctx) {
      const doc = ctx.model.openapi;
      const out = [`<h1>${ctx.t("api")}</h1>`, ctx.missing("openapi")];
      if (!doc) return out.join("\n");
      const linkRef = schemaLinker(ctx);
      out.push(`<p class="lead">${esc(doc.info?.title)} · ${ctx.t("version")} ${code(doc.info?.version)} · OpenAPI ${code(doc.openapi)}</p>`);
      if (doc.info?.description) out.push(renderMarkdown(ctx, doc.info.description));
      out.push(`<h2 id="servers">${ctx.t("servers")}</h2>`, table(["URL", ctx.t("description")], (doc.servers ?? []).map((s: Json) => [code(s.url), esc(s.description ?? "")])));
      out.push(
        `<h2 id="security-schemes">${ctx.t("security")}</h2>`,
        table(
          [ctx.t("name"), ctx.t("type"), ctx.t("description")],
          Object.entries<Json>(doc.components?.securitySchemes ?? {}).map(([name, s]) => {
            const scopes = Object.entries<string>(s.flows?.clientCredentials?.scopes ?? {}).map(([k, v]) => `${code(k)} ${esc(v)}`);
            const tokenUrl = s.flows?.clientCredentials?.tokenUrl;
            return [code(name), code(s.type), esc(s.description ?? "") + (tokenUrl ? `<br>tokenUrl ${code(tokenUrl)}` : "") + (scopes.length ? `<br>${scopes.join("<br>")}` : "")];
          }),
        ),
      );
      out.push(parameterSection(ctx, doc, ctx.t("apiParameters")));
      out.push(platformEndpointSection(ctx, doc));
      const ops = operationsOf(doc);
      const tags: Json[] = [...(doc.tags ?? [])];
      for (const o of ops) for (const tag of o.op.tags ?? ["default"]) if (!tags.some((x) => x.name === tag)) tags.push({ name: tag });
      out.push(`<h2 id="operations">${ctx.t("operations")}</h2>`);
      for (const tag of tags) {
        const mine = ops.filter((o) => (o.op.tags ?? ["default"]).includes(tag.name));
        if (!mine.length) continue;
        out.push(`<h3 id="tag-${esc(tag.name)}">${esc(tag.name)}</h3>`, tag.description ? `<p>${esc(tag.description)}</p>` : "");
        for (const o of mine) out.push(operationHtml(ctx, doc, o, linkRef));
      }
      const scenarios = doc["x-scenarios"] as Json | undefined;
      if (scenarios?.scenarios) {
        out.push(`<h2 id="scenarios">${ctx.t("scenarios")}</h2>`, scenarios.source ? `<p class="meta">${code(scenarios.source)}</p>` : "");
        out.push(
          table(
            [ctx.t("name"), ctx.t("description"), ctx.t("reads"), ctx.t("requires"), ctx.t("effects")],
            scenarios.scenarios.map((s: Json) => ({
              id: `scenario-${s.name}`,
              cells: [
                code(s.name),
                ctx.p(s),
                (s.reads ?? []).map((r: string) => code(r)).join(" "),
                (s.requires ?? []).map((r: string) => ctx.link(`#scenario-${r}`, code(r))).join(" "),
                (s.effects ?? []).map((e: Json) => `${ctx.dataSetLink(e.DATA_NO)} × ${esc(e.count)} ${code(e.action)}`).join("<br>"),
              ],
            })),
          ),
        );
      }
      out.push(`<h2 id="schemas">${ctx.t("schemas")}</h2>`);
      for (const [name, s] of Object.entries<Json>(doc.components?.schemas ?? {})) {
        if (linkRef(`#/components/schemas/${name}`) !== `${paths.api}#schema-${name}`) continue;
        out.push(`<h3 id="schema-${esc(name)}">${code(name)}</h3>`, s.description ? `<p>${esc(s.description)}</p>` : "", propertyTable(ctx, s, linkRef, `schema-${name}.`));
      }
      return out.join("\n");
    },
    search: (ctx) =>
      operationsOf(ctx.model.openapi).map((o): SearchEntry => ({
        title: `${o.method.toUpperCase()} ${o.path} ${operationSummary(o.op, ctx.lang)}`,
        url: `${paths.api}#${o.op.operationId}`,
        kind: t(ctx.lang, "api"),
        text: `${o.op.operationId} ${o.op.summary ?? ""} ${o.op["x-summary-en"] ?? ""}`,
      })),
  };
}
