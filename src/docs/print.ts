/**
 * How a standard text is printed to PDF from Chromium (page.pdf options of playwright): A4 as the print
 * stylesheet's @page says, backgrounds kept, and a page-number footer. Used by `npm run docs:pdf`
 * (scripts/docs-pdf.ts) and by the browser test.
 */
export const PDF_OPTIONS = {
  format: "A4",
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: "<span></span>",
  footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
} as const;

/** The standard texts of a built site: their paths under generated/docs/ (e.g. `zh-CN/standards/RPT.html`). */
export function standardTextPaths(sitePaths: Iterable<string>): string[] {
  return [...sitePaths].filter((p) => /^[^/]+\/standards\/[^/]+\.html$/.test(p)).sort();
}
