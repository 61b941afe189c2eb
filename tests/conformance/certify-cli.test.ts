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
import { generateSigningKey } from "../../src/auth/index.ts";
import { fromRoot } from "../../src/paths.ts";
import { freePort } from "../helpers/free-port.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { startTestTarget, tempDir } from "./certify-helpers.ts";

const dir = tempDir("cli-certify");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
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

const certify = (s: Setup, ...args: string[]) => ywjy("certify", "--target", s.target.url, "--credentials", s.file, "--platform-listen", s.listen, "--format", "json", ...args);
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
    run = await certify(s, "--out", out);
  }, 240_000);
  afterAll(() => s?.target.close());

  it("exits 0, prints the summary as JSON, and writes the report folder", () => {
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ certified: true, achievedLevel: "full", demoKey: true, reportDir: out });
    const report = readReport(out);
    expect(summary.reportId).toBe(report.id);
    expect(report.checks.filter((c) => c.outcome !== "pass").map((c) => `${c.id}: ${c.reason.en}`)).toEqual([]);
  });

  it("verify-report passes on the folder, and fails once a byte is altered", async () => {
    expect((await ywjy("verify-report", out)).code).toBe(0);
    const copy = join(dir, "altered");
    cpSync(out, copy, { recursive: true });
    const html = readFileSync(join(copy, REPORT_FILES.html));
    html[html.length - 2] ^= 0x01;
    writeFileSync(join(copy, REPORT_FILES.html), html);
    const r = await ywjy("verify-report", copy, "--format", "json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).problems).toEqual([{ file: REPORT_FILES.html, problem: "digest differs from the signed one" }]);
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
    const r1 = await certify(s, "--level", "access", "--out", first);
    expect(r1.code, r1.stderr).toBe(1);
    const a = readReport(first);
    expect(a.checks.filter((c) => c.outcome === "fail").map((c) => c.id)).toEqual(["auth.expired-token"]);

    const second = join(dir, "expired-rerun");
    const r2 = await certify(s, "--rerun-failed", first, "--out", second);
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
    expect((await ywjy("verify-report", second)).code).toBe(0);
  }, 240_000);

  it("--only runs the named checks and what they need, and skips the rest (here one check at a time)", async () => {
    const out = join(dir, "expired-only");
    const r = await certify(s, "--only", "auth.expired-token,push.timely", "--concurrency", "1", "--out", out);
    expect(r.code, r.stderr).toBe(1);
    const report = readReport(out);
    expect(report.options.only).toEqual(["auth.expired-token", "push.timely"]);
    const ran = report.checks.filter((c) => c.outcome !== "skip" || !/Not selected/.test(c.reason.en)).map((c) => c.id);
    expect(ran).toContain("auth.expired-token");
    expect(ran).toContain("push.timely");
    expect(report.checks.find((c) => c.id === "auth.expired-token")!.outcome).toBe("fail");
    expect(report.checks.find((c) => c.id === "push.timely")!.outcome).toBe("pass");
    expect(report.checks.find((c) => c.id === "sso.deep-link")).toMatchObject({ outcome: "skip" });
  }, 240_000);
});
