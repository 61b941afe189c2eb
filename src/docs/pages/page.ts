import type { Ctx, SearchEntry } from "../context.ts";

/** One page of the site, rendered once per language. */
export interface Page {
  /** Path relative to the language folder. */
  path: string;
  /** The kind of page (a class on <body>; tests pick pages by it). */
  kind: string;
  /** Plain-text title (escaped by the layout). */
  title(ctx: Ctx): string;
  /** The page's HTML inside <main>. */
  body(ctx: Ctx): string;
  /** Search entries besides the page itself (requirements, fields, codes… of the page). */
  search?(ctx: Ctx): SearchEntry[];
}
