import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";
import { REPORT_FILES, verifyReportFolder, writeReportFolder } from "../../conformance/report/folder.ts";
import { reportJUnit } from "../../conformance/report/junit.ts";
import { reportMarkdown } from "../../conformance/report/markdown.ts";
import { sampleReport } from "./report-fixture.ts";

let key: SigningKey;
let dir: string;
beforeAll(async () => {
  key = await generateSigningKey("EdDSA");
  dir = mkdtempSync(join(tmpdir(), "ywjy-report-"));
  await writeReportFolder(dir, sampleReport(), key);
});

const copyFolder = () => {
  const to = mkdtempSync(join(tmpdir(), "ywjy-report-copy-"));
  for (const f of readdirSync(dir)) writeFileSync(join(to, f), readFileSync(join(dir, f)));
  return to;
};

describe("report folder", () => {
  it("writes every file and verifies offline", async () => {
    expect(readdirSync(dir).sort()).toEqual(Object.values(REPORT_FILES).sort());
    const v = await verifyReportFolder(dir);
    expect(v).toMatchObject({ ok: true, selfSigned: true, reportId: sampleReport().id, keyId: key.kid, problems: [] });
    expect(readFileSync(join(dir, REPORT_FILES.key), "utf8")).not.toContain('"d"');
  });

  it("report.json meets the published schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(readFileSync("generated/schemas/certification-report.json", "utf8"));
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(readFileSync(join(dir, REPORT_FILES.json), "utf8"))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([REPORT_FILES.json, REPORT_FILES.html, REPORT_FILES.junit, REPORT_FILES.markdown, REPORT_FILES.key])("fails when one byte of %s changes", async (file) => {
    const copy = copyFolder();
    const bytes = readFileSync(join(copy, file));
    for (const at of [0, Math.floor(bytes.length / 2), bytes.length - 2]) {
      const altered = Buffer.from(bytes);
      altered[at] = altered[at]! ^ 0x01;
      writeFileSync(join(copy, file), altered);
      const v = await verifyReportFolder(copy);
      expect(v.ok, `${file} byte ${at}`).toBe(false);
      expect(v.problems.length).toBeGreaterThan(0);
    }
  });

  it("fails against a pinned key that is not the signer's", async () => {
    const other = await generateSigningKey("ES256");
    const v = await verifyReportFolder(dir, { keys: [other.publicJwk] });
    expect(v.ok).toBe(false);
    expect(v.selfSigned).toBe(false);
    expect(await verifyReportFolder(dir, { keys: [key.publicJwk] })).toMatchObject({ ok: true, selfSigned: false });
  });

  it("names a missing file", async () => {
    const copy = copyFolder();
    writeFileSync(join(copy, REPORT_FILES.signature), "");
    expect((await verifyReportFolder(copy)).ok).toBe(false);
  });
});

describe("derived formats", () => {
  it("JUnit has one testcase per check, named by requirement, with the right failure kinds", () => {
    const xml = reportJUnit(sampleReport());
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml).toContain('name="ACC-AUTH-02 · auth.expired-token"');
    expect(xml).toMatch(/<testsuites [^>]*tests="5" failures="1" errors="1" skipped="1"/);
    expect(xml).toContain("Reason &lt;fail&gt; &amp; more");
  });

  it("Markdown names the verdict and the requirements not met", () => {
    const md = reportMarkdown(sampleReport(), "en");
    expect(md).toContain("**NOT CERTIFIED**");
    expect(md).toContain("| ACC-AUTH-02 shall reject expired tokens | 应 MUST | fail |");
    expect(reportMarkdown(sampleReport(), "zh")).toContain("未通过");
  });
});
