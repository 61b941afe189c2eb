/**
 * `ywjy certify` as a user runs it: a child process certifying a reference system that runs in this
 * process and is configured with the runner's platform at --platform-listen. Exit codes, --only,
 * --rerun-failed, the signed report folder (verify-report, and an altered byte), no secret in any file of
 * it, and the HTML report in headless Chromium.
 */
import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Credentials, PrivateJwk } from "../../conformance/credentials.ts";
import { REPORT_FILES } from "../../conformance/report/folder.ts";
import type { ReferenceTarget } from "../../conformance/reference-target.ts";
import { OUTCOMES } from "../../conformance/runner/model.ts";
import { generateSigningKey, saveSigningKey } from "../../src/auth/index.ts";
import { writeReportFolder } from "../../conformance/report/folder.ts";
import { thumbprintOf } from "../../conformance/report/trust.ts";
import { fromRoot } from "../../src/paths.ts";
import { freePort } from "../helpers/free-port.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { startTestTarget, tempDir } from "./certify-helpers.ts";

const dir = tempDir("cli-certify");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return ywjyWith({}, ...args);
}

function ywjyWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), maxBuffer: 64 * 1024 * 1024, env: { ...process.env, YWJY_TRUST: "", ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}


interface Setup {
  target: ReferenceTarget;
  credentials: Credentials;
  file: string;
  listen: string;
}

/** A reference target configured with a platform that `ywjy certify --platform-listen` will start, and its credentials file (a fixed platform key, so that every run signs with the key the target knows). */
async function setUp(name: string, defects: string[] = []): Promise<Setup> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const key = await generateSigningKey("ES256");
  const target = await startTestTarget({ url }, defects);
  const credentials: Credentials = { ...target.credentials, issuer: url, platformKey: key.privateJwk as PrivateJwk };
  const file = join(dir, `${name}.credentials.json`);
  writeFileSync(file, JSON.stringify(credentials, null, 2));
  return { target, credentials, file, listen: `127.0.0.1:${port}` };
}

/** The trading centre's report-signing key: the private JWK certify signs with, its public JWK and a JWKS of it for verify-report. */
const centre = { key: join(dir, "centre.jwk.json"), publicKey: join(dir, "centre.pub.jwk.json"), keySet: join(dir, "centre-keys.json"), kid: "" };
beforeAll(async () => {
  const key = await generateSigningKey("ES256");
  saveSigningKey(centre.key, key);
  writeFileSync(centre.publicKey, JSON.stringify(key.publicJwk));
  writeFileSync(centre.keySet, JSON.stringify({ keys: [{ ...key.publicJwk, nbf: Math.floor(Date.now() / 1000) - 60 }] }));
  centre.kid = key.kid;
});

/** Certifies, signing the report with the centre's key (demo: with a demo key made for the run). */
const certify = (s: Setup, ...args: string[]) => ywjy("certify", "--target", s.target.url, "--credentials", s.file, "--platform-listen", s.listen, "--format", "json", ...args);
const certifySigned = (s: Setup, ...args: string[]) => certify(s, "--key", centre.key, ...args);
const readReport = (out: string) => JSON.parse(readFileSync(join(out, REPORT_FILES.json), "utf8")) as CertificationReport;

describe("ywjy certify: usage errors exit 2", () => {
  const creds = join(dir, "plain.credentials.json");
  const badYaml = join(dir, "bad.credentials.yaml");
  beforeAll(() => {
    writeFileSync(creds, JSON.stringify({ clientId: "runner" }));
    writeFileSync(badYaml, "platformClients:\n  - { clientId: a, systemNo: 0201 }\n");
  });
  const cases: Array<[string, () => string[], RegExp]> = [
    ["no credentials file", () => ["--target", "http://127.0.0.1:9", "--credentials", join(dir, "absent.json")], /absent\.json: no such file/],
    ["credentials without clientId", () => ["--target", "http://127.0.0.1:9", "--credentials", fromRoot("package.json")], /clientId/],
    ["YAML credentials with two problems, both listed", () => ["--target", "http://127.0.0.1:9", "--credentials", badYaml], /bad\.credentials\.yaml: 2 problems\n {2}\/clientId: is required\n {2}\/platformClients\/0\/systemNo: must be string/],
    ["a target that is not a URL", () => ["--target", "not a url", "--credentials", creds], /--target not a url: not an http\(s\) URL/],
    ["an unknown level", () => ["--target", "http://127.0.0.1:9", "--credentials", creds, "--level", "platinum"], /--level platinum: not a certification level/],
    ["an unknown check in --only", () => ["--target", "http://127.0.0.1:9", "--credentials", creds, "--only", "push.nonsense"], /--only: no check or requirement named push\.nonsense/],
    ["a bad --platform-listen", () => ["--target", "http://127.0.0.1:9", "--credentials", creds, "--platform-listen", "nowhere"], /expected HOST:PORT/],
    ["a concurrency of 0", () => ["--target", "http://127.0.0.1:9", "--credentials", creds, "--concurrency", "0"], /--concurrency 0: expected a whole number of 1 or more/],
    ["no report to re-run", () => ["--target", "http://127.0.0.1:9", "--credentials", creds, "--rerun-failed", join(dir, "no-report")], /no such report folder/],
  ];
  it.concurrent.each(cases)("%s", { timeout: 60_000 }, async (_name, args, message) => {
    const r = await ywjy("certify", ...args(), "--out", join(dir, "never"));
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("--help shows the options and examples", async () => {
    const r = await ywjy("certify", "--help");
    expect(r.code).toBe(0);
    for (const s of ["--target", "--credentials", "--level", "--only", "--rerun-failed", "--key", "--platform-listen", "--concurrency", "--format", "Examples:"]) expect(r.stdout).toContain(s);
  });
});

describe("ywjy certify: the reference system", () => {
  let s: Setup;
  const out = join(dir, "reference");
  let run: Awaited<ReturnType<typeof ywjy>>;
  beforeAll(async () => {
    s = await setUp("reference");
    run = await certifySigned(s, "--out", out);
  }, 240_000);
  afterAll(() => s?.target.close());

  it("exits 0, prints the summary as JSON, and writes the report folder", () => {
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ certified: true, achievedLevel: "full", demoKey: false, reportDir: out });
    const report = readReport(out);
    expect(summary.reportId).toBe(report.id);
    expect(report.signer).toMatchObject({ kid: centre.kid, alg: "ES256", demo: false });
    expect(report.checks.filter((c) => c.outcome !== "pass").map((c) => `${c.id}: ${c.reason.en}`)).toEqual([]);
  });

  it("verify-report passes against the centre's key (--key), its key set (--trust, or YWJY_TRUST), and fails once a byte is altered", async () => {
    const ok = await ywjy("verify-report", out, "--key", centre.publicKey, "--lang", "en");
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`signed by trusted key ${centre.kid}`);
    expect((await ywjy("verify-report", out, "--trust", centre.keySet)).code).toBe(0);
    expect((await ywjyWith({ YWJY_TRUST: centre.keySet }, "verify-report", out)).code).toBe(0);
    const copy = join(dir, "altered");
    cpSync(out, copy, { recursive: true });
    const html = readFileSync(join(copy, REPORT_FILES.html));
    html[html.length - 2] ^= 0x01;
    writeFileSync(join(copy, REPORT_FILES.html), html);
    const r = await ywjy("verify-report", copy, "--key", centre.publicKey, "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([{ file: REPORT_FILES.html, problem: "digest differs from the signed one" }]);
  }, 60_000);

  it("verify-report without a trusted key exits 1, says how to give one, and shows the folder's key only as unverified", async () => {
    const r = await ywjy("verify-report", out, "--lang", "en");
    expect(r.code).toBe(1);
    const folderKey = JSON.parse(readFileSync(join(out, REPORT_FILES.key), "utf8"));
    expect(r.stdout).toContain(`unverified, fingerprint ${await thumbprintOf(folderKey)}`);
    expect(r.stdout).toMatch(/--key centre\.pub\.jwk\.json.*--trust/s);
    expect(r.stdout).not.toContain("✓");
    const j = await ywjy("verify-report", out, "--format", "json");
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: false, keyId: centre.kid });
  }, 60_000);

  it("verify-report refuses a forgery: report.json edited, re-signed with another key that replaces the folder's", async () => {
    const copy = join(dir, "forged");
    cpSync(out, copy, { recursive: true });
    const forged = readReport(out);
    forged.summary.certified = false;
    delete forged.signer;
    await writeReportFolder(copy, forged, await generateSigningKey("EdDSA"));
    for (const trust of [[], ["--key", centre.publicKey], ["--trust", centre.keySet]]) {
      const r = await ywjy("verify-report", copy, ...trust, "--format", "json");
      expect(r.code, trust.join(" ")).toBe(1);
      expect(JSON.parse(r.stdout).ok).toBe(false);
    }
  }, 60_000);

  it("verify-report names an extra file in the folder, and exits 2 on an unreadable key set", async () => {
    const copy = join(dir, "extra");
    cpSync(out, copy, { recursive: true });
    writeFileSync(join(copy, "notes.html"), "<p>not signed</p>");
    const r = await ywjy("verify-report", copy, "--key", centre.publicKey, "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([{ file: "notes.html", problem: "an extra file that the signature does not cover" }]);
    const bad = await ywjy("verify-report", out, "--trust", fromRoot("package.json"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/package\.json: not a JWK or a JWKS/);
    const missing = await ywjy("verify-report", out, "--key", join(dir, "absent.jwk.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/absent\.jwk\.json: not readable \(ENOENT\)/);
  }, 60_000);

  it("writes no secret into any file of the report folder", () => {
    const secrets = [
      ...(s.credentials.platformClients ?? []).map((c) => c.clientSecret!),
      String(s.credentials.platformKey!.d),
      JSON.stringify(s.credentials),
    ];
    for (const f of readdirSync(out)) {
      const text = readFileSync(join(out, f), "utf8");
      for (const secret of secrets) expect(text.includes(secret), `${f} holds a secret of the credentials file`).toBe(false);
      expect(text, f).not.toMatch(/access_token"\s*:\s*"[^<]/);
      expect(text, f).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
      expect(text, f).not.toMatch(/"d"\s*:\s*"[A-Za-z0-9_-]{20,}"/);
    }
  });

  it("its HTML report renders in Chromium without console errors, with the JSON's summary counts", async () => {
    const report = readReport(out);
    const browser = await launchBrowser();
    try {
      const { page, errors } = await browser.open(pathToFileURL(join(out, REPORT_FILES.html)).href);
      for (const kind of ["checks", "requirements"] as const)
        for (const o of OUTCOMES) expect(Number(await page.textContent(`[data-summary="${kind}-${o}"]`)), `${kind}-${o}`).toBe(report.summary[kind][o]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe("ywjy certify: a defective system, --only and --rerun-failed", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp("expired", ["accept-expired-token"]);
  }, 60_000);
  afterAll(() => s?.target.close());
  const first = join(dir, "expired-first");

  it("exits 1 when the level is not met, then re-runs only what failed (and what that blocked) into a new report that names the first", async () => {
    const r1 = await certifySigned(s, "--level", "access", "--out", first);
    expect(r1.code, r1.stderr).toBe(1);
    const a = readReport(first);
    expect(a.checks.filter((c) => c.outcome === "fail").map((c) => c.id)).toEqual(["auth.expired-token"]);

    const second = join(dir, "expired-rerun");
    const r2 = await certifySigned(s, "--rerun-failed", first, "--out", second);
    expect(r2.code, r2.stderr).toBe(1);
    const b = readReport(second);
    expect(b.options.rerunOf).toBe(a.id);
    expect(b.id).not.toBe(a.id);
    // What failed or errored runs again, and what that blocked (skipped because it needs such a check); the rest keeps its first result.
    const failed = new Set(a.checks.filter((c) => c.outcome === "fail" || c.outcome === "error").map((c) => c.id));
    const blocked = a.checks.filter((c) => c.outcome === "skip" && [...failed].some((id) => c.reason.en.includes(id))).map((c) => c.id);
    expect(blocked).toContain("auth.www-authenticate");
    const again = new Set([...failed, ...blocked]);
    const rerun = b.checks.find((c) => c.id === "auth.expired-token")!;
    expect(rerun).toMatchObject({ outcome: "fail", previousOutcome: "fail" });
    expect(rerun.startedAt).not.toBe(a.checks.find((c) => c.id === "auth.expired-token")!.startedAt);
    for (const c of b.checks.filter((x) => again.has(x.id))) expect(c.previousOutcome, c.id).toBe(a.checks.find((x) => x.id === c.id)!.outcome);
    expect(b.checks.filter((c) => !again.has(c.id))).toEqual(a.checks.filter((c) => !again.has(c.id)));
    expect((await ywjy("verify-report", second, "--trust", centre.keySet)).code).toBe(0);
  }, 240_000);

  it("--only runs the named checks and what they need, and skips the rest (here one check at a time)", async () => {
    const out = join(dir, "expired-only");
    const r = await certify(s, "--only", "auth.expired-token,push.timely", "--concurrency", "1", "--out", out);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(out);
    expect(report.options.only).toEqual(["auth.expired-token", "push.timely"]);
    // Without --key the report is signed with a demo key made for the run, and says so.
    expect(JSON.parse(r.stdout).demoKey).toBe(true);
    expect(report.signer).toMatchObject({ alg: "EdDSA", demo: true });
    const ran = report.checks.filter((c) => c.outcome !== "skip" || !/Not selected/.test(c.reason.en)).map((c) => c.id);
    expect(ran).toContain("auth.expired-token");
    expect(ran).toContain("push.timely");
    expect(report.checks.find((c) => c.id === "auth.expired-token")!.outcome).toBe("fail");
    expect(report.checks.find((c) => c.id === "push.timely")!.outcome).toBe("pass");
    expect(report.checks.find((c) => c.id === "sso.deep-link")).toMatchObject({ outcome: "skip" });
  }, 240_000);
});
