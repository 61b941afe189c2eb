// The HTML report in headless Chromium: it renders without console errors, its numbers are the JSON's,
// and the language switch works. Also the files of --out and the notices.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRecords, loadQualityRules, type QualityResult } from "../../src/quality/index.ts";
import { writeQualityReports } from "../../src/quality/report-files.ts";
import { showScore } from "../../src/quality/text.ts";
import { generateYear } from "../../src/synthetic/index.ts";
import { launchBrowser, type OpenedBrowser } from "../helpers/browser.ts";

const book = loadQualityRules();
const dir = mkdtempSync(join(tmpdir(), "ywjy-quality-report-"));
const result: QualityResult = checkRecords(generateYear({ records: 3_000, seed: 42, defectRate: 0.3, collusionRate: 0.1 }));
const files = writeQualityReports(result, book, dir, "zh");
let browser: OpenedBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("ywjy quality --out", () => {
  it("writes quality.json, quality.html, notices.json and notices.md", () => {
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["quality.json", "quality.html", "notices.json", "notices.md"]);
    expect(JSON.parse(readFileSync(join(dir, "quality.json"), "utf8"))).toEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(readFileSync(join(dir, "notices.json"), "utf8"))).toHaveLength(result.notices.length);
    const md = readFileSync(join(dir, "notices.md"), "utf8");
    for (const n of result.notices) expect(md).toContain(`## ${n.title.zh}`);
  });

  it("sends one notice per responsible party, each with its problems", () => {
    expect(result.notices.length).toBeGreaterThan(1);
    const ids = result.notices.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of result.notices) {
      expect(n.problems.length).toBe(n.errors + n.warnings);
      expect(n.title.zh && n.title.en && n.intro.zh && n.intro.en).toBeTruthy();
    }
    expect(result.notices.some((n) => n.party.kind === "system")).toBe(true);
    expect(result.notices.some((n) => n.party.kind === "person")).toBe(true);
    // every error finding reaches its reporting system's notice
    const systemProblems = result.notices.filter((n) => n.party.kind === "system").flatMap((n) => n.problems);
    for (const f of result.findings.filter((x) => x.severity === "error")) expect(systemProblems).toContain(f);
  });

  it("the HTML report is self-contained", () => {
    const html = readFileSync(join(dir, "quality.html"), "utf8");
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe("quality.html in headless Chromium", () => {
  it("renders without console errors and shows the JSON's numbers", async () => {
    const { page, errors } = await browser.open(pathToFileURL(join(dir, "quality.html")).href);
    const text = async (id: string) => (await page.getByTestId(id).textContent())?.trim();
    expect(await text("summary-records")).toBe(String(result.summary.records));
    expect(await text("summary-errors")).toBe(String(result.summary.errors));
    expect(await text("summary-warnings")).toBe(String(result.summary.warnings));
    expect(await text("summary-score")).toBe(showScore(result.summary.score));
    for (const [d, r] of Object.entries(result.dimensions)) expect(await text(`score-${d}`)).toBe(showScore(r.score));
    expect(await text("notice-count")).toBe(String(result.notices.length));
    expect(await page.locator("svg[id^=chart-]").count()).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("switches between Chinese and English", async () => {
    const { page, errors } = await browser.open(pathToFileURL(join(dir, "quality.html")).href);
    const title = page.locator("#title");
    expect(await title.innerText()).toBe(book.texts["report.title"]!.zh);
    await page.click("#lang-switch");
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-lang"))).toBe("en");
    expect(await title.innerText()).toBe(book.texts["report.title"]!.en);
    await page.click("#lang-switch");
    expect(await title.innerText()).toBe(book.texts["report.title"]!.zh);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
