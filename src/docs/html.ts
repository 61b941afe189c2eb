/** Small helpers for writing HTML as strings: escaping, and relative links between pages of one language. */
import { posix } from "node:path";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an element's content or a quoted attribute. */
export const esc = (v: unknown): string => String(v ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The relative href from the page at `from` to `to` (both relative to a language folder, e.g.
 * `data-sets/500-PROJECT.html`); `to` may end with `#anchor`, and a bare `#anchor` stays on the page.
 */
export function relHref(from: string, to: string): string {
  if (to.startsWith("#")) return to;
  const [path, hash] = to.split("#", 2) as [string, string | undefined];
  const rel = posix.relative(posix.dirname(from), path) || posix.basename(path);
  return hash === undefined ? rel : `${rel}#${hash}`;
}

/** `<a href>` with escaped text; `cls` adds a class. */
export const a = (href: string, text: string, cls?: string): string => `<a href="${esc(href)}"${cls ? ` class="${cls}"` : ""}>${text}</a>`;

/** A table row: its cells (already-escaped HTML), optionally with an id (an anchor). */
export type Row = string[] | { id: string; cells: string[] };

/** An HTML table from a header row and body rows. */
export function table(head: string[], rows: Row[], cls = ""): string {
  const th = head.map((h) => `<th>${h}</th>`).join("");
  const tr = (r: Row) => {
    const [id, cells] = Array.isArray(r) ? [undefined, r] : [r.id, r.cells];
    return `<tr${id ? ` id="${esc(id)}"` : ""}>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  };
  const body = rows.map(tr).join("\n");
  return `<table${cls ? ` class="${cls}"` : ""}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Inline code. */
export const code = (v: unknown): string => `<code>${esc(v)}</code>`;
