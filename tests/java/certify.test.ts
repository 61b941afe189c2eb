/**
 * The Java SDK proven against the runner: the sample trading system (examples/java, the JDK's HTTP server
 * and the Java SDK only) started on its own, `ywjy certify --level data` run against it as the city
 * platform at --platform-listen — access, data query and sync, valid signed gapless pushes with
 * Retry-After and reconciliation — and certified.
 */
import { execFile, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";
import { freePort } from "../helpers/free-port.ts";
import { buildJava, runJava, startSampleSystem } from "./java-build.ts";

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill("SIGTERM");
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

it("ywjy certify --level data certifies the Java sample trading system, started on its own", async () => {
  const build = buildJava();
  const dir = mkdtempSync(join(tmpdir(), "ywjy-java-certify-"));
  dirs.push(dir);
  const key = await runJava(build, "cn.xiamen.ggzy.ywjy.examples.PushRecords", ["new-key", join(dir, "push-key.json")]);
  expect(key.stderr).toBe("");
  const secret = crypto.randomUUID();
  const platform = `http://127.0.0.1:${await freePort()}`;
  const started = await startSampleSystem(build, ["--platform", platform, "--system-no", "0201", "--push-client-id", "system-0201", "--key", join(dir, "push-key.json"), ...(process.env.JAVA_SAMPLE_LOG ? ["--log"] : [])], { YWJY_PUSH_SECRET: secret });
  children.push(started.child);
  const system = started.url;
  writeFileSync(
    join(dir, "credentials.json"),
    JSON.stringify({ clientId: "ywjy-conformance-runner", platformClients: [{ clientId: "system-0201", clientSecret: secret, systemNo: "0201", jwks: JSON.parse(key.stdout) }] }),
  );
  const out = join(dir, "report");
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [fromRoot("bin/ywjy.js"), "certify", "--target", system, "--credentials", join(dir, "credentials.json"), "--platform-listen", platform.replace("http://", ""), "--level", "data", "--out", out, "--format", "json"],
      { maxBuffer: 16 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 3) : 0, stdout, stderr }),
    ),
  );
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as CertificationReport;
  const failed = report.checks.filter((c) => c.outcome === "fail" || c.outcome === "error").map((c) => `${c.id} ${c.outcome}: ${c.reason.en}`);
  expect(failed).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ certified: true, achievedLevel: "data" });
  expect(report.checks.filter((c) => c.id.startsWith("reconcile.")).map((c) => c.outcome)).toEqual(["pass", "pass"]);
  expect(readFileSync(join(out, "report.json"), "utf8")).not.toContain(secret);
}, 300_000);
