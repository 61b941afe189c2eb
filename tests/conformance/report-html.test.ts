import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportHtml } from "../../conformance/report/html.ts";
import { OUTCOMES } from "../../conformance/runner/model.ts";
import { launchBrowser, type OpenedBrowser } from "../helpers/browser.ts";
import { sampleReport } from "./report-fixture.ts";

let browser: OpenedBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("HTML report in Chromium", () => {
  it("renders without console errors, its summary counts equal the JSON's, and switches language", async () => {
    const report = sampleReport();
    const file = join(mkdtempSync(join(tmpdir(), "ywjy-html-")), "report.html");
    writeFileSync(file, reportHtml(report, "zh"));
    const { page, errors } = await browser.open(pathToFileURL(file).href);

    for (const kind of ["checks", "requirements"] as const)
      for (const o of OUTCOMES) expect(Number(await page.textContent(`[data-summary="${kind}-${o}"]`)), `${kind}-${o}`).toBe(report.summary[kind][o]);
    expect(await page.getAttribute(".verdict", "data-certified")).toBe("false");
    expect(await page.textContent("header .meta")).toContain("参考交易系统");
    expect(await page.textContent("header .meta")).not.toContain("[object Object]");

    expect(await page.isVisible("h1 [lang=zh]")).toBe(true);
    expect(await page.isVisible("h1 [lang=en]")).toBe(false);
    await page.click('.langs button[data-lang="en"]');
    expect(await page.isVisible("h1 [lang=en]")).toBe(true);
    expect(await page.isVisible("h1 [lang=zh]")).toBe(false);

    // Drill-down: a failed check opens to its evidence, and the outcome filter hides the others.
    await page.click("#check-auth-expired-token summary");
    expect(await page.isVisible("#check-auth-expired-token pre.res")).toBe(true);
    await page.click('.filters button[data-filter="fail"]');
    expect(await page.isVisible("#check-discovery-document")).toBe(false);
    expect(await page.isVisible("#check-auth-expired-token")).toBe(true);
    expect(await page.isVisible("#requirements tr[data-outcome=pass]")).toBe(false);

    // Markup in reasons is text, never HTML.
    expect(await page.locator("text=Reason <fail> & more").count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
