import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";
import { NO_TRUSTED_KEY, REPORT_FILES, verifyReportFolder, writeReportFolder } from "../../conformance/report/folder.ts";
import { thumbprintOf, trustStoreOf, type TrustStore } from "../../conformance/report/trust.ts";
import { reportJUnit } from "../../conformance/report/junit.ts";
import { reportMarkdown } from "../../conformance/report/markdown.ts";
import { sampleReport } from "./report-fixture.ts";

let key: SigningKey;
let dir: string;
let trusted: TrustStore;
/** A trust store of these JWKs (the trading centre's key set). */
const keySet = (...keys: object[]) => trustStoreOf({ keys }, "centre-keys.json");
beforeAll(async () => {
  key = await generateSigningKey("EdDSA");
  trusted = await keySet(key.publicJwk);
  dir = mkdtempSync(join(tmpdir(), "ywjy-report-"));
  await writeReportFolder(dir, sampleReport(), key);
});

const copyFolder = () => {
  const to = mkdtempSync(join(tmpdir(), "ywjy-report-copy-"));
  for (const f of readdirSync(dir)) writeFileSync(join(to, f), readFileSync(join(dir, f)));
  return to;
};

describe("report folder", () => {
  it("writes every file, names its signer, and verifies offline against the trusted key", async () => {
    expect(readdirSync(dir).sort()).toEqual(Object.values(REPORT_FILES).sort());
    const v = await verifyReportFolder(dir, trusted);
    expect(v).toMatchObject({ ok: true, trustedBy: "centre-keys.json", reportId: sampleReport().id, keyId: key.kid, problems: [] });
    expect(Date.parse(v.signedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const report = JSON.parse(readFileSync(join(dir, REPORT_FILES.json), "utf8"));
    expect(report.signer).toEqual({ kid: key.kid, alg: "EdDSA", thumbprint: await thumbprintOf(key.publicJwk), demo: false });
    expect(readFileSync(join(dir, REPORT_FILES.key), "utf8")).not.toContain('"d"');
  });

  it("report.json meets the published schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(readFileSync("generated/schemas/certification-report.json", "utf8"));
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(readFileSync(join(dir, REPORT_FILES.json), "utf8"))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("without a trusted key it does not verify, and shows the folder's key only as an unverified thumbprint", async () => {
    const v = await verifyReportFolder(dir);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ file: REPORT_FILES.signature, problem: NO_TRUSTED_KEY }]);
    expect(v.folderKey).toEqual({ thumbprint: await thumbprintOf(key.publicJwk), filesConsistent: true });
  });

  it("a forgery — report.json edited, re-signed with another key that replaces the folder's — fails, with a trust store or without", async () => {
    const copy = copyFolder();
    const forged = { ...sampleReport(), summary: { ...sampleReport().summary, certified: true } };
    const forger = await generateSigningKey("EdDSA");
    await writeReportFolder(copy, forged, forger);
    expect(JSON.parse(readFileSync(join(copy, REPORT_FILES.json), "utf8")).summary.certified).toBe(true);
    const untrusted = await verifyReportFolder(copy);
    expect(untrusted.ok).toBe(false);
    expect(untrusted.folderKey).toEqual({ thumbprint: await thumbprintOf(forger.publicJwk), filesConsistent: true });
    const v = await verifyReportFolder(copy, trusted);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([{ file: REPORT_FILES.signature, problem: `signed with key ${forger.kid}, which centre-keys.json does not hold` }]);
    // The forger reusing the centre's kid does not help: the signature does not verify with the centre's key.
    await writeReportFolder(copy, forged, { ...forger, kid: key.kid });
    expect((await verifyReportFolder(copy, trusted)).problems).toEqual([{ file: REPORT_FILES.json, problem: expect.stringMatching(/^signature does not verify with trusted key/) }]);
  });

  it.each([REPORT_FILES.json, REPORT_FILES.html, REPORT_FILES.junit, REPORT_FILES.markdown, REPORT_FILES.key])("fails when one byte of %s changes", async (file) => {
    const copy = copyFolder();
    const bytes = readFileSync(join(copy, file));
    for (const at of [0, Math.floor(bytes.length / 2), bytes.length - 2]) {
      const altered = Buffer.from(bytes);
      altered[at] = altered[at]! ^ 0x01;
      writeFileSync(join(copy, file), altered);
      const v = await verifyReportFolder(copy, trusted);
      expect(v.ok, `${file} byte ${at}`).toBe(false);
      expect(v.problems.length).toBeGreaterThan(0);
    }
  });

  it("fails against a pinned key that is not the signer's", async () => {
    const other = await generateSigningKey("ES256");
    const v = await verifyReportFolder(dir, await keySet({ ...other.publicJwk, kid: key.kid }));
    expect(v.ok).toBe(false);
    expect(v.problems[0]!.problem).toMatch(/signature does not verify with trusted key/);
  });

  it("names an extra file or folder that the signature does not cover", async () => {
    const copy = copyFolder();
    writeFileSync(join(copy, "extra.html"), "<p>unsigned</p>");
    mkdirSync(join(copy, "more"));
    const v = await verifyReportFolder(copy, trusted);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([
      { file: "extra.html", problem: "an extra file that the signature does not cover" },
      { file: "more", problem: "an extra folder that the signature does not cover" },
    ]);
  });

  it("names a missing file", async () => {
    const copy = copyFolder();
    writeFileSync(join(copy, REPORT_FILES.signature), "");
    expect((await verifyReportFolder(copy, trusted)).ok).toBe(false);
  });
});

describe("key rotation: a key of the trust store verifies the reports signed in its validity period", () => {
  const day = 86_400;
  const t1 = Math.floor(Date.parse("2026-06-01T00:00:00Z") / 1000);
  let oldKey: SigningKey;
  let newKey: SigningKey;
  let store: TrustStore;
  beforeAll(async () => {
    oldKey = await generateSigningKey("ES256");
    newKey = await generateSigningKey("EdDSA");
    store = await keySet({ ...oldKey.publicJwk, nbf: t1 - 365 * day, exp: t1 }, { ...newKey.publicJwk, nbf: t1 });
  });
  const signed = async (k: SigningKey, at: number) => {
    const to = mkdtempSync(join(tmpdir(), "ywjy-rotation-"));
    await writeReportFolder(to, sampleReport(), k, { signedAt: new Date(at * 1000) });
    return verifyReportFolder(to, store);
  };
  const cases: Array<[string, () => SigningKey, number, RegExp | undefined]> = [
    ["an old report signed with the old key, while it was valid", () => oldKey, t1 - 30 * day, undefined],
    ["a new report signed with the new key", () => newKey, t1 + day, undefined],
    ["a report signed with the old key after it expired", () => oldKey, t1 + day, /outside the period key .* is trusted for \(2025-06-01T00:00:00.000Z – 2026-06-01T00:00:00.000Z\)/],
    ["a report signed with the old key before it was valid", () => oldKey, t1 - 400 * day, /outside the period/],
    ["a report signed with the new key before it was valid (backdated past the rotation)", () => newKey, t1 - day, /outside the period/],
  ];
  it.each(cases)("%s", async (_name, k, at, problem) => {
    const v = await signed(k(), at);
    if (!problem) expect(v).toMatchObject({ ok: true, keyId: k().kid, signedAt: new Date(at * 1000).toISOString(), problems: [] });
    else {
      expect(v.ok).toBe(false);
      expect(v.problems.map((p) => p.problem)).toEqual([expect.stringMatching(problem)]);
    }
  });

  it("a trust store whose validity is not a NumericDate is refused, naming the key", async () => {
    await expect(keySet({ ...oldKey.publicJwk, exp: "2026-06-01" })).rejects.toThrow(/centre-keys.json: keys\[0\]: nbf and exp must be NumericDate/);
    await expect(trustStoreOf({ nothing: true }, "x.json")).rejects.toThrow(/x.json: not a JWK or a JWKS/);
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
