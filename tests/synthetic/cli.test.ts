/** `ywjy synth` as a user runs it: a child process, its files, its exit code and messages. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { synthCommand } from "../../cli/commands/synth.ts";
import { fromRoot } from "../../src/paths.ts";
import { writeYear, type Truth } from "../../src/synthetic/write.ts";

const dir = mkdtempSync(join(tmpdir(), "ywjy-cli-synth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

describe("ywjy synth", () => {
  it("writes NDJSON records and the truth file, and says what it did", async () => {
    const out = join(dir, "year.ndjson");
    const truthFile = join(dir, "truth.json");
    const r = await ywjy("synth", "--projects", "30", "--seed", "7", "--defect-rate", "0.3", "--collusion-rate", "0.2", "--domain-share", "0.5", "--out", out, "--truth", truthFile, "--lang", "en");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = readFileSync(out, "utf8").trimEnd().split("\n");
    const records = lines.map((l) => JSON.parse(l) as { DATA_NO: number; DATA_KEY: string });
    const truth = JSON.parse(readFileSync(truthFile, "utf8")) as Truth;
    expect(truth).toMatchObject({ generator: "ywjy synth", seed: 7, options: { projects: 30, defectRate: 0.3, collusionRate: 0.2, domainShare: 0.5 } });
    expect(truth.stats.records).toBe(records.length);
    expect(truth.stats.lifecycles).toBe(30);
    const keys = new Set(records.map((x) => x.DATA_KEY));
    for (const p of truth.plants) expect(keys.has(p.DATA_KEY), p.DATA_KEY).toBe(true);
    expect(Object.values(truth.counts).reduce((a, b) => a + b, 0)).toBe(truth.plants.length);
    expect(r.stdout).toContain(`wrote ${records.length} records (30 projects`);
    expect(r.stdout).toMatch(/planted \d+ defects and \d+ collusion patterns/);
    expect(r.stdout).toMatch(/\d+ records\/s/);
    expect(truth.stats.domainTrades).toBeGreaterThan(0);
    expect(r.stdout).toContain(`${truth.stats.domainTrades} trades of the other domains (land use rights, mining rights, exploration rights, state-owned assets and equity in turn) and ${truth.stats.complaints} complaints about engineering sections`);
    for (const k of truth.skippedKinds) expect(r.stdout).toContain(`not planted ${k.ruleId}: ${k.reason.en}`);
  }, 60_000);

  it("reports its progress every 50,000 records", () => {
    const heard: number[] = [];
    const { year } = writeYear({ seed: 3, records: 100_000 }, join(dir, "progress.ndjson"), undefined, (n) => heard.push(n));
    expect(heard).toEqual([50_000, 100_000].filter((n) => n <= year.stats.records));
  }, 60_000);

  it("gives the same file for the same seed", () => {
    const [a, b] = [join(dir, "a.ndjson"), join(dir, "b.ndjson")];
    writeYear({ seed: "x1", records: 500 }, a);
    writeYear({ seed: "x1", records: 500 }, b);
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  });

  it.each([
    [["--out", "x.ndjson"], /--records N or --projects N/],
    [["--records", "10", "--projects", "3", "--out", "x.ndjson"], /mutually exclusive/],
    [["--records", "10", "--out", "/nonexistent-dir/x.ndjson"], /cannot write \/nonexistent-dir\/x.ndjson/],
  ])("exits 2 on %j", async (args, message) => {
    const r = await ywjy("synth", ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  }, 60_000);

  it.each([
    [{ records: -1 }, /--records takes a whole number/],
    [{ projects: 2.5 }, /--projects takes a whole number/],
    [{ records: 10, "defect-rate": 2 }, /--defect-rate takes a share between 0 and 1/],
    [{ records: 10, "defect-rate": 0.6, "collusion-rate": 0.6 }, /must not exceed 1/],
    [{ records: 10, "correction-rate": -0.1 }, /--correction-rate takes a share between 0 and 1/],
    [{ records: 10, "domain-share": 1.5 }, /--domain-share takes a share between 0 and 1/],
  ])("refuses %j as a usage error (exit 2), naming the option", (args, message) => {
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const before = process.exitCode;
    try {
      const argv = { seed: "1", "defect-rate": 0.02, "collusion-rate": 0.01, "correction-rate": 0.02, "domain-share": 0.1, out: join(dir, "never.ndjson"), lang: "en", _: [], $0: "ywjy", ...args };
      void synthCommand.handler(argv as unknown as Parameters<typeof synthCommand.handler>[0]);
      expect(process.exitCode).toBe(2);
      expect(errors.join("\n")).toMatch(message);
    } finally {
      process.exitCode = before;
      spy.mockRestore();
    }
  });

  it("has help with examples", async () => {
    const r = await ywjy("synth", "--help");
    expect(r.code).toBe(0);
    for (const o of ["--records", "--projects", "--seed", "--defect-rate", "--collusion-rate", "--out", "--truth", "Examples:"]) expect(r.stdout).toContain(o);
  }, 60_000);
});
