/**
 * Every string a target can put into a report — its URL, its name, what a check quotes of its answers,
 * the evidence, rule findings on its records — is text in every derived format, never markup: the HTML
 * page runs no script of the target's, the Markdown summary (rendered as GitHub or a mail client would,
 * raw HTML allowed) creates no element and keeps its table shape, and the JUnit XML parses with the
 * string intact.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import MarkdownIt from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportHtml } from "../../conformance/report/html.ts";
import { reportJUnit } from "../../conformance/report/junit.ts";
import { reportMarkdown } from "../../conformance/report/markdown.ts";
import { launchBrowser, type OpenedBrowser } from "../helpers/browser.ts";
import { hostileReport } from "./report-fixture.ts";

let browser: OpenedBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const dir = mkdtempSync(join(tmpdir(), "ywjy-escaping-"));
const page = (name: string, html: string) => {
  const file = join(dir, name);
  writeFileSync(file, html);
  return browser.open(pathToFileURL(file).href);
};
/** What the hostile string's markup would have made, had it been taken as markup. */
const INJECTED = "script:not([data-own]), img, iframe, a[href^='javascript'], h1 ~ h1";

describe("target-supplied strings are escaped in every report format", () => {
  it.each(["zh", "en"] as const)("report.html (%s): no script of the target runs, no element of its markup exists", async (lang) => {
    const html = reportHtml(hostileReport(), lang).replace("<script>", "<script data-own>");
    const { page: p, errors } = await page(`report-${lang}.html`, html);
    await p.click('.langs button[data-lang="en"]');
    expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await p.locator(INJECTED).count()).toBe(0);
    expect(await p.locator("text=onerror=").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it.each(["zh", "en"] as const)("summary.md (%s): rendered with raw HTML allowed, it makes no element of the target's and keeps one table row per requirement", async (lang) => {
    const md = reportMarkdown(hostileReport(), lang);
    expect(md).not.toMatch(/<(script|img|iframe)/i);
    const rendered = new MarkdownIt({ html: true, linkify: true }).render(md);
    const { page: p, errors } = await page(`summary-${lang}.html`, `<!doctype html><meta charset="utf-8"><body>${rendered}</body>`);
    expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await p.locator("script, img, iframe, a[href^='javascript']").count()).toBe(0);
    expect(await p.locator("h1").count()).toBe(1);
    const failing = hostileReport().requirements.filter((q) => q.outcome === "fail" || q.outcome === "error");
    expect(await p.locator("table").last().locator("tbody tr").count()).toBe(failing.length);
    expect(await p.locator("table").last().locator("tbody tr").first().locator("td").count()).toBe(4);
    expect(await p.textContent("body")).toContain("<script>window.pwned=1</script>");
    expect(errors).toEqual([]);
  });

  it("junit.xml parses as XML, and the reasons come back intact as attribute text", async () => {
    const xml = reportJUnit(hostileReport());
    expect(xml).not.toMatch(/<script/i);
    const { page: p } = await page("blank.html", "<!doctype html><body></body>");
    const parsed = await p.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, failure: doc.querySelector("failure")?.getAttribute("message") ?? null, suites: doc.documentElement.getAttribute("name") };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.failure).toContain("<script>window.pwned=1</script>");
    expect(parsed.suites).toContain(encodeURIComponent("<script>"));
  });
});
