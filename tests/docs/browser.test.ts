/**
 * The site as a person uses it, in headless Chromium over loopback: a page of each kind opens without a
 * console error, the language switch lands on the same page (and anchor) in the other language, the
 * search finds a field and goes to it, and a standard text prints to a multi-page A4 PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDF_OPTIONS } from "../../src/docs/print.ts";
import { launchBrowser, type OpenedBrowser } from "../helpers/browser.ts";
import { serveSite, siteFiles } from "./site.ts";

describe("docs site in Chromium", () => {
  let browser: OpenedBrowser;
  let server: { url: string; close(): Promise<void> };
  const files = siteFiles();

  beforeAll(async () => {
    server = await serveSite(files);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** One page of each kind (the class on <body>), the languages taking turns. */
  const pathsOfKind = new Map<string, string[]>();
  for (const [path, html] of files) {
    const kind = html.match(/<body class="page-([\w-]+)"/)?.[1];
    if (kind) pathsOfKind.set(kind, [...(pathsOfKind.get(kind) ?? []), path]);
  }
  const byKind = new Map(
    [...pathsOfKind].map(([kind, list], i) => [kind, list.find((p) => p.startsWith(i % 2 ? "en/" : "zh-CN/")) ?? list[0]!] as const),
  );

  it("opens a page of each kind without a console error", async () => {
    expect(byKind.size).toBeGreaterThan(15);
    for (const path of byKind.values()) {
      const { page, errors } = await browser.open(server.url + path);
      expect(await page.locator("h1").first().textContent(), path).toBeTruthy();
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it("switches language to the same page and anchor", async () => {
    const { page, errors } = await browser.open(`${server.url}zh-CN/data-sets/500-PROJECT.html#PROJECT_CODE`);
    expect(await page.locator("h1").textContent()).toContain("项目");
    await page.click("a.lang-switch");
    await page.waitForURL(/\/en\/data-sets\/500-PROJECT\.html#PROJECT_CODE$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toContain("Project");
    await page.click("a.lang-switch");
    await page.waitForURL(/\/zh-CN\/data-sets\/500-PROJECT\.html#PROJECT_CODE$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("searches the prebuilt index and goes to the result", async () => {
    const { page, errors } = await browser.open(`${server.url}en/index.html`);
    await page.fill("#search-input", "TENDER_PROJECT_CODE");
    const first = page.locator("#search-results a").first();
    await first.waitFor();
    expect(await first.textContent()).toContain("TENDER_PROJECT_CODE");
    await page.fill("#search-input", "ACC-AUTH-01");
    await page.locator("#search-results a", { hasText: "ACC-AUTH-01" }).first().waitFor();
    await page.press("#search-input", "Enter");
    await page.waitForURL(/requirements\/ACC\.html#ACC-AUTH-01$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints a standard text to a multi-page A4 PDF", async () => {
    const { page, errors } = await browser.open(`${server.url}zh-CN/standards/ACC.html`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf(PDF_OPTIONS);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    // The navigation chrome is not printed.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
