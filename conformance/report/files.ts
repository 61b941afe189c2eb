/** The files of a report folder (see ./folder.ts), in a module of their own so the CLI can name them without loading the writers. */
export const REPORT_FILES = {
  json: "report.json",
  html: "report.html",
  junit: "junit.xml",
  markdown: "summary.md",
  key: "signing-key.pub.jwk.json",
  signature: "report.jws",
} as const;
