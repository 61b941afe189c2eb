/**
 * `ywjy lint`, one table row per rule: a copy of the real bundle (specs/ and docs/, with generated/
 * linked beside them) is broken in one place, and the linter must report that rule, at that file and
 * line, with the rule's severity; the unbroken copy must have no problem of that rule there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatLintText, LINT_RULES, lintBundle, type LintProblem, type LintResult, type LintRuleId } from "../../src/lint/index.ts";
import { generatedDir, packageRoot } from "../../src/paths.ts";

interface Case {
  rule: LintRuleId;
  /** The file to break, relative to the bundle root (specs/… or docs/…). */
  file: string;
  /** Replace `from` by `to` (first occurrence), or delete the file when `to` is null. */
  from: string;
  to: string | null;
  /** The text of the line the problem must point at, in the broken file (default: `to`). */
  at?: string;
  /** Where the problem is reported, when not in `file` (relative to the bundle root). */
  reportedIn?: string;
  external?: boolean;
}

const CASES: Case[] = [
  { rule: "file-missing", file: "specs/norms/books.yaml", from: "", to: null },
  { rule: "yaml-syntax", file: "specs/norms/levels.yaml", from: "  - id: data\n", to: "  - id: data\n    id: data\n", at: "    id: data" },
  { rule: "contract-syntax", file: "specs/reporting/contracts/500-project.ts", from: "  PROJECT_NAME: string;", to: "  PROJECT_NAME: string = ;" },
  { rule: "text-missing", file: "specs/norms/access/auth.yaml", from: "    en: Every operation except discovery", to: "    note: Every operation except discovery", at: "  - id: ACC-AUTH-01" },
  { rule: "manifest-version", file: "specs/manifest.yaml", from: "\nversion: 0.1.0", to: "\nversion: 0.1", at: "version: 0.1" },
  { rule: "manifest-changelog", file: "specs/manifest.yaml", from: "  - version: 0.1.0", to: "  - version: 0.0.9", at: "changelog:" },
  { rule: "requirement-id-format", file: "specs/norms/access/auth.yaml", from: "id: ACC-AUTH-01", to: "id: ACC-AUTH-1" },
  { rule: "requirement-id-duplicate", file: "specs/norms/access/auth.yaml", from: "id: ACC-AUTH-02", to: "id: ACC-AUTH-01" , at: "  - id: ACC-AUTH-01\n    level: 应\n    zh: 格式错误" },
  { rule: "requirement-level", file: "specs/norms/access/auth.yaml", from: "  - id: ACC-AUTH-01\n    level: 应", to: "  - id: ACC-AUTH-01\n    level: 必须", at: "    level: 必须" },
  { rule: "requirement-wording", file: "specs/norms/access/auth.yaml", from: "unreadable token shall get 401", to: "unreadable token gets 401", at: "unreadable token gets 401" },
  { rule: "requirement-verification", file: "specs/norms/access/auth.yaml", from: "checks: [auth.malformed-token]", to: "checks: []", at: "    verification:\n      method: automated\n      checks: []" },
  { rule: "requirement-check-unknown", file: "specs/norms/reporting/validation.yaml", from: "checks: [envelope-invalid]", to: "checks: [envelope-broken]" },
  { rule: "requirement-unknown", file: "specs/access/openapi.yaml", from: "x-requirements: [ACC-DISC-03]", to: "x-requirements: [ACC-DISC-99]" },
  { rule: "requirement-unknown", file: "specs/reporting/asyncapi.yaml", from: "x-requirements: [RPT-CHAN-", to: "x-requirements: [RPT-CHAN-99, RPT-CHAN-" },
  { rule: "requirement-unknown", file: "specs/reporting/validation-rules.yaml", from: "requirement: RPT-VAL-04", to: "requirement: RPT-VAL-99" },
  { rule: "level-id-duplicate", file: "specs/norms/levels.yaml", from: "  - id: data", to: "  - id: access" , at: "  - id: access\n    zh: 数据级" },
  { rule: "term-id-duplicate", file: "specs/norms/terms.yaml", from: "  - id: connection", to: "  - id: platform", at: "  - id: platform\n    zh: 接入" },
  { rule: "term-book-unknown", file: "specs/norms/terms.yaml", from: "    books: [OPS, ACC]\n\n  - id: conformance-test", to: "    books: [OPS, ACX]\n\n  - id: conformance-test", at: "    books: [OPS, ACX]" },
  { rule: "text-missing", file: "specs/norms/terms.yaml", from: "    en: connection\n", to: "", at: "  - id: connection" },
  { rule: "level-include-unknown", file: "specs/norms/levels.yaml", from: "includes: [ACC-DISC, ACC-AUTH, ACC-ERR]", to: "includes: [ACC-DISC, ACC-NOPE, ACC-ERR]" },
  { rule: "codelist-id-format", file: "specs/codelists/TENDER_MODE.yaml", from: "id: TENDER_MODE", to: "id: tender_mode" },
  { rule: "codelist-code-missing", file: "specs/codelists/TENDER_MODE.yaml", from: '- code: "2"', to: '- code: ""' },
  { rule: "codelist-code-duplicate", file: "specs/codelists/TENDER_MODE.yaml", from: '- code: "2"', to: '- code: "1"', at: '  - code: "1"\n    zh: 邀请招标' },
  { rule: "codelist-unknown", file: "specs/reporting/contracts/500-project.ts", from: "@codelist RELATE_CODE", to: "@codelist RELATE_CODES", at: "  RELATE_CODE: string;" },
  { rule: "data-set-id-format", file: "specs/reporting/contracts/500-project.ts", from: "@dataEn PROJECT", to: "@dataEn project", at: "export interface Project " },
  { rule: "data-set-duplicate", file: "specs/reporting/contracts/501-tender-project.ts", from: "@dataNo 501", to: "@dataNo 500", at: "export interface " },
  { rule: "field-id-format", file: "specs/reporting/contracts/500-project.ts", from: "  PROJECT_NAME: string;", to: "  projectName: string;" },
  { rule: "field-notation", file: "specs/reporting/contracts/500-project.ts", from: "@notation c..600", to: "@notation c600x", at: "  PROJECT_NAME: string;" },
  { rule: "format-unknown", file: "specs/reporting/contracts/500-project.ts", from: "@format invest-project-code", to: "@format invest-code", at: "  INVEST_PROJECT_CODE?: string;" },
  { rule: "code-type-field-unknown", file: "specs/reporting/contracts/111-quali-person-base.ts", from: "@codeTypeField ID_CARD_TYPE", to: "@codeTypeField ID_KIND", at: "  ID_CARD:" },
  { rule: "field-tag-invalid", file: "specs/reporting/contracts/511-tender-candidate-announce.ts", from: "@since V2.0\n   */\n  OBJECTION_METHOD", to: "@since V3.0\n   */\n  OBJECTION_METHOD", at: "  OBJECTION_METHOD: string;" },
  { rule: "field-tag-invalid", file: "specs/reporting/contracts/500-project.ts", from: "@regionLevel city", to: "@regionLevel town", at: "  REGION_CODE: string;" },
  { rule: "field-tag-invalid", file: "specs/reporting/contracts/503-tender-ann-qua-inquery-ann.ts", from: "@separator ;\n   * @notation c23", to: "@separator ;;\n   * @notation c23", at: "  BID_SECTION_CODES: string;" },
  { rule: "rule-id-format", file: "specs/reporting/validation-rules.yaml", from: "- id: data-key-invalid", to: "- id: Data_Key_Invalid" },
  { rule: "rule-id-duplicate", file: "specs/reporting/validation-rules.yaml", from: "- id: field-length", to: "- id: field-type" , at: "  - id: field-type\n    severity: error\n    requirement: RPT-VAL-06\n    zh: \"{field}的值 {value} 长度" },
  { rule: "quality-rule-reference", file: "specs/quality/completeness.yaml", from: "require: [TENDER_AGENCY_NAME,", to: "require: [TENDER_AGENCY_NAMEX,", at: "require: [TENDER_AGENCY_NAMEX," },
  { rule: "unverified-fact", file: "specs/codelists/TENDER_MODE.yaml", from: "verified: true", to: "verified: false" },
  { rule: "docs-include-unresolved", file: "docs/en/sdk-quick-start.md", from: "# SDK quick start\n", to: "# SDK quick start\n\nSee {{codelist:NO_SUCH_LIST}}.\n", at: "See {{codelist:NO_SUCH_LIST}}." },
  { rule: "docs-guide-missing", file: "docs/en/mock-platform.md", from: "", to: null, reportedIn: "docs/guides.yaml", at: "    guides: [sdk-quick-start, java-sdk, validating-data, mock-platform, building-a-system]" },
  { rule: "docs-include-hidden-value", file: "docs/zh-CN/mock-platform.md", from: "[60 s](param:gapStaleAfter)", to: "{{param:gapStaleAfter}}" },
  { rule: "docs-include-stale", file: "docs/en/mock-platform.md", from: "[60 s](param:gapStaleAfter)", to: "[90 s](param:gapStaleAfter)" },
  { rule: "docs-include-stale", file: "docs/zh-CN/building-a-system.md", from: "[POST /oauth/token](endpoint:token)", to: "[POST /oauth2/token](endpoint:token)" },
  { rule: "docs-include-unresolved", file: "docs/en/building-a-system.md", from: "[POST /oauth/token](endpoint:token)", to: "[POST /oauth/token](endpoint:tokens)" },
  { rule: "platform-endpoint-mismatch", file: "specs/access/openapi.yaml", from: "tokenUrl: https://ggzy.xm.gov.cn/oauth/token", to: "tokenUrl: https://ggzy.xm.gov.cn/ywjy/oauth2/token" },
  { rule: "platform-endpoint-mismatch", file: "specs/reporting/asyncapi.yaml", from: "tokenUrl: https://ggzy.xm.gov.cn/oauth/token", to: "tokenUrl: https://ggzy.xm.gov.cn/oauth/tokens" },
  { rule: "platform-endpoint-mismatch", file: "specs/reporting/asyncapi.yaml", from: "    address: /reconciliation", to: "    address: /reconcile" },
  { rule: "requirement-value-unnamed", file: "specs/norms/access/err.yaml", from: "depends: [param:rateLimitProbeCap", to: "depends: [param:gapStaleAfter, param:rateLimitProbeCap" },
  // RPT-CHAN-01 without the guide it links: its text does not name receiveWindow.
  { rule: "requirement-value-unnamed", file: "specs/norms/reporting/channel.yaml", from: "see: [building-a-system]", to: "see: []", at: "      depends: [param:receiveWindow, param:deliveryDeadline, endpoint:reports, header:Ywjy-Occurred-At]" },
  { rule: "requirement-value-unknown", file: "specs/norms/access/err.yaml", from: "depends: [param:rateLimitProbeCap", to: "depends: [param:noSuchLimit, param:rateLimitProbeCap" },
  { rule: "requirement-value-unknown", file: "specs/norms/access/err.yaml", from: "depends: [param:rateLimitProbeCap", to: "depends: [timeout:rateLimit, param:rateLimitProbeCap" },
  { rule: "openapi-lint", file: "specs/access/openapi.yaml", from: '$ref: "#/components/schemas/Health"', to: '$ref: "#/components/schemas/Healthy"', at: 'schema:\n                $ref: "#/components/schemas/Healthy"', external: true },
  { rule: "asyncapi-invalid", file: "specs/reporting/asyncapi.yaml", from: "    action: receive", to: "    action: accept", external: true },
];

/** The 1-based line where `needle` starts in `text`. */
function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`marker not found: ${needle}`);
  return text.slice(0, i).split("\n").length;
}

let work: string;
let n = 0;

/** A copy of the bundle: specs/ and docs/ copied, generated/ linked (the API documents refer into it). */
function copyBundle(): string {
  const root = join(work, `b${n++}`);
  cpSync(join(packageRoot, "specs"), join(root, "specs"), { recursive: true });
  cpSync(join(packageRoot, "docs"), join(root, "docs"), { recursive: true });
  symlinkSync(generatedDir, join(root, "generated"), "dir");
  return root;
}

const lint = (root: string, external = false): Promise<LintResult> => lintBundle({ specsDir: join(root, "specs"), external });
const at = (problems: LintProblem[], rule: LintRuleId, file: string, line: number) => problems.filter((p) => p.ruleId === rule && p.file === file && p.line === line);

describe("ywjy lint", () => {
  let pristine: string;
  let baseline: LintResult;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "ywjy-lint-"));
    pristine = copyBundle();
    baseline = await lint(pristine, true);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("finds no error in the bundle as it is", () => {
    expect(baseline.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(baseline.summary.infos).toBeGreaterThan(0); // the unverified facts are listed
  });

  it.each(CASES.map((c) => [`${c.rule} in ${c.file}`, c] as const))("%s", async (_name, c) => {
    const root = copyBundle();
    const path = join(root, c.file);
    const original = readFileSync(path, "utf8");
    let line = 1;
    if (c.to === null) rmSync(path);
    else {
      expect(original, "the case's text is in the file").toContain(c.from);
      const broken = original.replace(c.from, c.to);
      writeFileSync(path, broken);
      line = lineOf(broken, c.at ?? c.to);
    }
    const reportedIn = c.reportedIn ?? c.file;
    if (c.reportedIn) line = lineOf(readFileSync(join(root, c.reportedIn), "utf8"), c.at!);
    const result = await lint(root, c.external);
    const found = at(result.problems, c.rule, reportedIn, line);
    expect(found, `${c.rule} at ${reportedIn}:${line}; got ${JSON.stringify(result.problems.filter((p) => p.severity !== "info" || c.rule === "unverified-fact").slice(0, 8), null, 1)}`).not.toHaveLength(0);
    expect(found[0]!.severity).toBe(LINT_RULES[c.rule].severity);
    expect(found[0]!.message.zh.length).toBeGreaterThan(0);
    expect(found[0]!.message.en.length).toBeGreaterThan(0);
    // The passing case: the unbroken bundle has no such problem there.
    expect(at(baseline.problems, c.rule, reportedIn, line)).toEqual([]);
  });

  it("prints one problem a line as text, in the language asked for, then the counts", () => {
    const out = formatLintText(baseline, "en").split("\n");
    expect(out.some((l) => /^specs\/\S+:\d+ {2}info {2}unverified-fact {2}unverified: /.test(l))).toBe(true);
    expect(out.at(-1)).toMatch(/^0 errors, \d+ warnings, \d+ infos$/);
    expect(formatLintText(baseline, "zh").split("\n").at(-1)).toMatch(/^0 个错误，\d+ 个警告，\d+ 条提示$/);
  });

  it("has a failing case for every rule", () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(Object.keys(LINT_RULES)));
  });
});
