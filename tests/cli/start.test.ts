/**
 * `npm start` (ywjy start) demonstrates the trusted path: the report is signed with a demo trading-centre
 * key, published in a key set next to the report folder, and verified against that key set. A second run
 * rotates the key (the first key gets an end of validity), and the first report still verifies.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPORT_FILES } from "../../conformance/report/folder.ts";
import { fromRoot } from "../../src/paths.ts";
import { tempDir } from "../conformance/certify-helpers.ts";

const dir = tempDir("start");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), env: { ...process.env, YWJY_TRUST: "" } }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

describe("ywjy start", () => {
  it("signs with a demo centre key, verifies against its published key set, and keeps old reports verifiable across a rotation", { timeout: 240_000 }, async () => {
    const keySet = join(dir, "demo-centre-keys.json");
    const first = await ywjy("start", "--lang", "en", "--out", join(dir, "first"));
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain(`verified against the demo trading centre's key set ${keySet}`);
    expect(first.stdout).toMatch(/ywjy verify-report \S+first --trust \S+demo-centre-keys\.json/);
    expect(readdirSync(join(dir, "first")).sort()).toEqual(Object.values(REPORT_FILES).sort());

    const second = await ywjy("start", "--lang", "en", "--out", join(dir, "second"));
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const keys = JSON.parse(readFileSync(keySet, "utf8")).keys as Array<{ kid: string; nbf: number; exp?: number }>;
    expect(keys).toHaveLength(2);
    expect(keys[0]!.exp).toBe(keys[1]!.nbf);
    expect(keys[1]!.exp).toBeUndefined();

    for (const run of ["first", "second"]) {
      const v = await ywjy("verify-report", join(dir, run), "--trust", keySet, "--format", "json");
      expect(v.code, `${run}: ${v.stdout}`).toBe(0);
      expect(JSON.parse(v.stdout).keyId).toBe(keys[run === "first" ? 0 : 1]!.kid);
    }
    expect((await ywjy("verify-report", join(dir, "first"))).code).toBe(1);
  });
});
