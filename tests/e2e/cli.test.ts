/**
 * The commands together, as their users run them, each in a process of its own:
 * - a vendor: `ywjy mock-platform --config` knowing the system's client and key, and
 *   `ywjy reference-system --platform URL --signing-key FILE --sandbox` pushing every record of a
 *   scenario to it;
 * - the trading centre: `ywjy certify --platform-listen` against a system started on its own
 *   (`ywjy reference-system --sandbox`), which it certifies at the top level, reconciliation included.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { stringify } from "yaml";
import { generateSigningKey, saveSigningKey } from "../../src/auth/index.ts";
import { fromRoot } from "../../src/paths.ts";
import { freePort } from "../helpers/free-port.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) {
    const exited = new Promise((r) => c.once("exit", r));
    c.kill("SIGTERM");
    await exited;
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts `ywjy …` and resolves with the URL it prints once listening. */
function ywjy(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawn(process.execPath, [fromRoot("bin/ywjy.js"), ...args, "--lang", "en"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const read = (c: Buffer) => {
      out += c.toString();
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => {
      if (code) console.error(`ywjy ${args[0]} exited ${code}: ${out}`);
      reject(new Error(`ywjy ${args[0]} exited ${code}: ${out}`));
    });
  });
}

it("ywjy reference-system --signing-key pushes each scenario record to ywjy mock-platform", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ywjy-e2e-cli-"));
  dirs.push(dir);
  const key = await generateSigningKey();
  saveSigningKey(join(dir, "push-key.json"), key);
  const secret = crypto.randomUUID();
  writeFileSync(
    join(dir, "platform.yaml"),
    stringify({
      clients: [
        { clientId: "system-0201", clientSecret: secret, systemNo: "0201", jwks: { keys: [key.publicJwk] } },
        { clientId: "runner", clientSecret: "runner-secret", scopes: ["conformance:run"], audiences: ["urn:ywjy:system:0201"] },
      ],
    }),
  );
  const adminToken = crypto.randomUUID();
  const platform = await ywjy(["mock-platform", "--port", "0", "--config", join(dir, "platform.yaml")], { YWJY_MOCK_ADMIN_TOKEN: adminToken });
  const system = await ywjy(["reference-system", "--port", "0", "--platform", platform, "--sandbox", "--signing-key", join(dir, "push-key.json")], { YWJY_CLIENT_SECRET: secret });

  const token = (await (
    await fetch(`${platform}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: "runner", client_secret: "runner-secret", scope: "conformance:run" }),
    })
  ).json()) as { access_token: string };
  const run = await fetch(`${system}/conformance/scenarios/create-tender-project`, { method: "POST", headers: { authorization: `Bearer ${token.access_token}`, "content-type": "application/json" }, body: "{}" });
  expect(run.status).toBe(200);
  const made = ((await run.json()) as { records: Array<{ DATA_KEY: string }> }).records.map((r) => r.DATA_KEY).sort();

  let held: string[] = [];
  while (held.length < made.length) {
    await new Promise((r) => setTimeout(r, 50));
    const page = (await (await fetch(`${platform}/mock/records?systemNo=0201&state=accepted`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as { items: Array<{ record: { DATA_KEY: string } }> };
    held = page.items.map((i) => i.record.DATA_KEY).sort();
    expect(made).toEqual(expect.arrayContaining(held));
  }
  expect(held).toEqual(made);
}, 60_000);


it("ywjy certify certifies a separately started ywjy reference-system --sandbox at the top level, reconciliation included", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ywjy-e2e-certify-"));
  dirs.push(dir);
  const key = await generateSigningKey();
  saveSigningKey(join(dir, "push-key.json"), key);
  const secret = crypto.randomUUID();
  const platform = `http://127.0.0.1:${await freePort()}`;
  // The system trusts the runner's platform, which `ywjy certify` starts at --platform-listen.
  const system = await ywjy(["reference-system", "--port", "0", "--platform", platform, "--sandbox", "--signing-key", join(dir, "push-key.json")], { YWJY_CLIENT_SECRET: secret });
  writeFileSync(
    join(dir, "credentials.json"),
    JSON.stringify({
      clientId: "ywjy-conformance-runner",
      platformClients: [{ clientId: "system-0201", clientSecret: secret, systemNo: "0201", jwks: { keys: [key.publicJwk] }, redirectUris: [`${system}/sso/callback`] }],
    }),
  );
  const out = join(dir, "report");
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      process.execPath,
      [fromRoot("bin/ywjy.js"), "certify", "--target", system, "--credentials", join(dir, "credentials.json"), "--platform-listen", platform.replace("http://", ""), "--out", out, "--format", "json"],
      { maxBuffer: 16 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 3) : 0, stdout, stderr }),
    ),
  );
  const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as CertificationReport;
  const notPassed = report.checks.filter((c) => c.outcome !== "pass").map((c) => `${c.id} ${c.outcome}: ${c.reason.en}`);
  expect(notPassed).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ certified: true, achievedLevel: "full" });
  expect(report.checks.filter((c) => c.id.startsWith("reconcile.")).map((c) => c.outcome)).toEqual(["pass", "pass"]);
  // The client secret went to the platform session only, never into the report.
  expect(readFileSync(join(out, "report.json"), "utf8")).not.toContain(secret);
}, 120_000);
