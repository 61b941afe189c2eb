import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildCli } from "../../cli/main.ts";

const ywjy = (...args: string[]) => spawnSync(process.execPath, ["bin/ywjy.js", ...args], { encoding: "utf8" });

describe("ywjy", () => {
  it("lists every command with examples and the exit codes", () => {
    const r = ywjy("--help");
    expect(r.status).toBe(0);
    for (const c of ["certify", "verify-report", "validate", "quality", "lint", "mock-platform", "reference-system", "synth", "start"]) expect(r.stdout).toContain(`ywjy ${c}`);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toMatch(/Exit codes: 0\s.*1\s.*2\s.*3\s/s);
  });

  it.each([[["no-such-command"]], [["validate"]], [["--lang", "fr", "lint"]]])("exits 2 on a usage error: %j", (args) => {
    const r = ywjy(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("ywjy --help");
  });

  it("treats a failed yargs check as a usage error, not an internal one", async () => {
    const exit = process.exit;
    let code: number | undefined;
    process.exit = ((c?: number) => {
      code = c;
      throw new Error("exit");
    }) as typeof process.exit;
    try {
      // yargs may throw synchronously out of parseAsync when fail() throws: call it inside an async function.
      await (async () => buildCli(["validate", "x"]).check(() => "no").parseAsync())().catch(() => {});
    } finally {
      process.exit = exit;
    }
    expect(code).toBe(2);
  });
});
