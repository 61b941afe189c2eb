/** The docs site as the generator builds it (in memory), and a loopback HTTP server that serves it. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { generateDocsSite } from "../../src/generate/docs-site.ts";

let built: Map<string, string> | undefined;

/** Every file of the site, keyed by its path under generated/docs/. */
export function siteFiles(): Map<string, string> {
  built ??= new Map(generateDocsSite().map((f) => [f.path.replace(/^docs\//, ""), f.content]));
  return built;
}

const TYPES: Record<string, string> = { html: "text/html; charset=utf-8", css: "text/css; charset=utf-8", js: "text/javascript; charset=utf-8" };

export async function serveSite(files: Map<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\//, "") || "index.html";
    const body = files.get(path.endsWith("/") ? `${path}index.html` : path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.split(".").pop()!] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
export const unescapeHtml = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);

/** The ids of a page. */
export const idsOf = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!));

/** The text of an element with the given id (its HTML with the tags removed), up to its closing tag. */
export function elementText(html: string, id: string, tag: string): string | undefined {
  const start = html.indexOf(`id="${id.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
  if (start < 0) return undefined;
  const end = html.indexOf(`</${tag}>`, start);
  return unescapeHtml(html.slice(start, end).replace(/<[^>]+>/g, " ").replace(/\s+/g, " "));
}

/** The rows of a page's tables that have an id, as id → text. */
export function rowsById(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<tr id="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => [unescapeHtml(m[1]!), unescapeHtml(m[2]!.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "))]));
}
