/** JSON Schemas of the API documents, shown briefly: a type summary with links, and a property table. */
import type { Ctx } from "../context.ts";
import { code, esc, table } from "../html.ts";
import type { Json } from "../model.ts";

/** The value a local JSON Pointer reference (`#/a/b`) names inside `doc`, one step (not followed further). */
export function atPointer(doc: Json, ref: string): Json | undefined {
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((o: Json | undefined, k) => o?.[k], doc);
}

/** Follows local `$ref`s (`#/a/b`) inside `doc` to the value; other values come back as they are. */
export function deref(doc: Json, node: Json | undefined): Json | undefined {
  let n = node;
  for (let i = 0; n && typeof n.$ref === "string" && n.$ref.startsWith("#/") && i < 20; i++) n = atPointer(doc, n.$ref);
  return n;
}

export interface SchemaLinker {
  /** Where a `$ref` points on the site (an anchor on this page, or another page), or undefined. */
  (ref: string): string | undefined;
}

/** A one-line description of a schema: its type, format, enum or the schema it refers to. */
export function schemaSummary(ctx: Ctx, s: Json | undefined, linkRef: SchemaLinker, depth = 0): string {
  if (!s || depth > 4) return "";
  if (typeof s.$ref === "string") {
    const name = decodeURIComponent(s.$ref.split("/").pop()!.replace(/~1/g, "/").replace(/~0/g, "~")).replace(/\.json$/, "");
    return ctx.link(linkRef(s.$ref), code(name));
  }
  const parts: string[] = [];
  for (const k of ["oneOf", "anyOf", "allOf"] as const)
    if (Array.isArray(s[k])) parts.push(s[k].map((x: Json) => schemaSummary(ctx, x, linkRef, depth + 1)).join(k === "allOf" ? " &amp; " : " | "));
  if (s.type === "array") parts.push(`${code("array")} [${schemaSummary(ctx, s.items, linkRef, depth + 1)}]`);
  else if (s.type) parts.push(code([].concat(s.type).join(" | ")));
  if (s.format) parts.push(code(`format: ${s.format}`));
  if (s.const !== undefined) parts.push(code(JSON.stringify(s.const)));
  if (Array.isArray(s.enum)) parts.push(s.enum.map((v: unknown) => code(v)).join(" "));
  if (s.pattern) parts.push(code(s.pattern));
  return parts.join(" ");
}

/** The properties of an object schema: name (anchored under `anchorPrefix`), type, required, description. */
export function propertyTable(ctx: Ctx, s: Json, linkRef: SchemaLinker, anchorPrefix: string): string {
  const required = new Set<string>(s.required ?? []);
  const rows = Object.entries<Json>(s.properties ?? {}).map(([name, p]) => ({
    id: `${anchorPrefix}${name}`,
    cells: [code(name), schemaSummary(ctx, p, linkRef), required.has(name) ? ctx.t("yes") : "", esc([p.title, p.description].filter(Boolean).join(" — "))],
  }));
  if (rows.length === 0) return `<p>${schemaSummary(ctx, s, linkRef)}</p>`;
  return table([ctx.t("name"), ctx.t("type"), ctx.t("required"), ctx.t("description")], rows, "properties");
}
