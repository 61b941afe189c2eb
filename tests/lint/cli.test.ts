/** `ywjy lint` as standards staff run it: exit codes and JSON output (the text format is tested in lint.test.ts). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/paths.ts";

const ywjy = (...args: string[]) => spawnSync(process.execPath, [join(packageRoot, "bin", "ywjy.js"), ...args], { encoding: "utf8", cwd: packageRoot });

describe("ywjy lint (command)", () => {
  it("prints { summary, problems } as JSON, and exits 0 without an error", () => {
    const r = ywjy("lint", "--format", "json", "--no-external");
    const out = JSON.parse(r.stdout);
    expect(out.summary.errors).toBe(0);
    expect(r.status).toBe(0);
    expect(out.problems.some((p: { ruleId: string }) => p.ruleId === "unverified-fact")).toBe(true);
  });

  it("exits 2 on a usage error", () => {
    expect(ywjy("lint", "--specs", join(packageRoot, "no-such-folder")).status).toBe(2);
  });
});
