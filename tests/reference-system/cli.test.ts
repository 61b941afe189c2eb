/**
 * `ywjy reference-system` as a user runs it: usage errors exit 2 with a message naming the problem;
 * the system started with --data keeps its state across a restart of the process.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateSigningKey, issueAccessToken, saveSigningKey } from "../../src/auth/index.ts";
import { fromRoot } from "../../src/paths.ts";
import { ALL_SCOPES, ISSUER, platformSigningKey, tempDir } from "./helpers.ts";

const tmp = tempDir();
afterAll(() => tmp.remove());

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot() }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

/** Starts the command and resolves with its URL once it says it listens. */
function start(args: string[]): Promise<{ url: string; child: ChildProcess; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [fromRoot("bin/ywjy.js"), "reference-system", "--lang", "en", ...args], { cwd: fromRoot() });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m) resolve({ url: m[1]!, child, stop: () => new Promise((r) => (child.once("exit", (code) => r(code)), child.kill("SIGTERM"))) });
    });
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
  });
}

describe("ywjy reference-system", () => {
  it("exits 2 with a message naming the problem on bad options", { timeout: 180_000 }, async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /--platform URL/],
      [["--platform", "http://127.0.0.1:9", "--defect", "no-such-defect"], /unknown defect no-such-defect/],
      [["--jwks", join(tmp.dir, "missing.json"), "--issuer", ISSUER], /missing\.json: no such file/],
      [["--jwks", fromRoot("package.json"), "--issuer", ISSUER], /package\.json: not a JWKS/],
    ];
    const results = await Promise.all(cases.map(([args]) => ywjy("reference-system", ...args)));
    results.forEach((r, i) => {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  });

  it.each([
    ["push/counters.json", "counters.json", '{"nextSequence": 4, "nex'],
    ["an outbox message", "000000000001.json", '{"no": 1, "id": "'],
    ["state.json", "state.json", '{"format": "ywjy-reference'],
  ])("exits 2 naming the file when %s under --data is truncated", { timeout: 60_000 }, async (_what, file, truncated) => {
    const key = await generateSigningKey("ES256");
    const keyFile = join(tmp.dir, `push-key-${file}`);
    saveSigningKey(keyFile, key);
    const data = join(tmp.dir, `truncated-${file}`);
    const at = file === "state.json" ? data : file === "counters.json" ? join(data, "push") : join(data, "push", "outbox");
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, file), truncated);
    const r = await ywjy("reference-system", "--port", "0", "--platform", "http://127.0.0.1:9", "--signing-key", keyFile, "--data", data, "--lang", "en");
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(join(at, file));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("keeps its state across a restart with --data", { timeout: 180_000 }, async () => {
    const key = await platformSigningKey();
    const jwks = join(tmp.dir, "jwks.json");
    writeFileSync(jwks, JSON.stringify({ keys: [key.publicJwk] }));
    const data = join(tmp.dir, "state");
    const args = ["--port", "0", "--jwks", jwks, "--issuer", ISSUER, "--sandbox", "--data", data];
    const token = await issueAccessToken(key, { issuer: ISSUER, audience: "urn:ywjy:system:0201", clientId: "runner", scopes: ALL_SCOPES });
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

    const first = await start(args);
    const run = await fetch(`${first.url}/conformance/scenarios/create-tender-project`, { method: "POST", headers, body: "{}" });
    expect(run.status).toBe(200);
    const before = await (await fetch(`${first.url}/data-sets/502/records`, { headers })).json();
    expect(await first.stop()).toBe(0);

    const second = await start(args);
    try {
      const after = await (await fetch(`${second.url}/data-sets/502/records`, { headers })).json();
      expect(after).toEqual(before);
      expect(after.items).toHaveLength(2);
    } finally {
      await second.stop();
    }
  });
});
