/**
 * `npm run docs:pdf`: prints every standard text of the generated site (generated/docs/<lang>/standards/*.html)
 * to A4 PDF with Debian's chromium (playwright-core), into out/pdf/<lang>/<BOOK>.pdf. Run `npm run generate`
 * first. Exits 1 when a page logs a console error or a PDF cannot be written.
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { PDF_OPTIONS, standardTextPaths } from "../src/docs/print.ts";
import { generatedDir, packageRoot } from "../src/paths.ts";
import { launchBrowser } from "../tests/helpers/browser.ts";

const siteDir = join(generatedDir, "docs");
const outDir = join(packageRoot, "out", "pdf");

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [relative(siteDir, p).split("\\").join("/")];
  });
}

const texts = standardTextPaths(listFiles(siteDir));
if (texts.length === 0) {
  console.error(`docs:pdf: no standard texts under ${relative(packageRoot, siteDir)} (run npm run generate)`);
  process.exit(1);
}
const browser = await launchBrowser();
let failed = false;
try {
  for (const text of texts) {
    const { page, errors } = await browser.open(pathToFileURL(join(siteDir, text)).href);
    await page.evaluate(() => document.fonts.ready);
    const out = join(outDir, text.replace(/^([^/]+)\/standards\//, "$1/").replace(/\.html$/, ".pdf"));
    mkdirSync(dirname(out), { recursive: true });
    const pdf = await page.pdf({ ...PDF_OPTIONS, path: out });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`${relative(packageRoot, out)}  ${pages} pages  ${(pdf.length / 1024).toFixed(0)} KiB`);
    if (errors.length > 0) {
      failed = true;
      console.error(`  console errors on ${text}:\n  ${errors.join("\n  ")}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
