/** `ywjy validate` as a user runs it: a child process, its exit code, stdout and stderr. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runValidate } from "../../cli/commands/validate.ts";
import { fromRoot } from "../../src/paths.ts";
import { example, exampleFiles, withContext } from "../validate/helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "ywjy-cli-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
const valid = write("valid.ndjson", ndjson(exampleFiles().map((f) => example(Number(f.split("-")[0])))));
const invalid = write("invalid.ndjson", ndjson([example(500), "{not json", withContext(500, { REGION_CODE: "350299" })]).replace('"{not json"', "{not json"));
const warningsOnly = write("warnings.json", JSON.stringify([withContext(500, { INVEST_PROJECT_CODE: "2509-350203-48-01_544060" })], null, 2));

describe("ywjy validate", () => {
  it("exits 0 on valid data and prints exactly { summary, findings } with --format json", async () => {
    const r = await ywjy("validate", valid, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: Record<string, unknown>; findings: unknown[] };
    expect(Object.keys(out)).toEqual(["summary", "findings"]);
    expect(out.findings).toEqual([]);
    expect(out.summary).toMatchObject({ files: 1, records: exampleFiles().length, errors: 0, warnings: 0 });
  });

  it("exits 1 on error findings; a malformed line is reported and the rest validated", async () => {
    const r = await ywjy("validate", invalid, "--format", "json", "--lang", "en");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: Record<string, unknown>; findings: Array<Record<string, unknown>> };
    expect(out.summary).toMatchObject({ files: 1, records: 3, recordsWithErrors: 2, errors: 2 });
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.recordIndex, f.path])).toEqual([
      ["json-syntax", "error", invalid, 2, 1, ""],
      ["field-region", "error", invalid, 3, 2, "/context/REGION_CODE"],
    ]);
    expect(out.findings[1]).toMatchObject({ DATA_NO: 500, DATA_KEY: example(500).DATA_KEY, message: { zh: expect.any(String), en: expect.any(String) } });
  });

  it("keeps every finding of a large result in the JSON (spilled to a temporary file past 10,000)", async () => {
    const many = write("many.ndjson", "x\n".repeat(10_050));
    const r = await ywjy("validate", many, "--format", "json");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: Record<string, unknown>; findings: Array<{ line: number }> };
    expect(out.summary).toMatchObject({ records: 10_050, errors: 10_050, findingsShown: 10_050 });
    expect(out.findings.map((f) => f.line)).toEqual(Array.from({ length: 10_050 }, (_, i) => i + 1));
  });

  it("prints text grouped by file, in the language asked, uncoloured off a TTY, at most --max-findings", async () => {
    const r = await ywjy("validate", valid, invalid, "--lang", "en", "--max-findings", "1");
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain(`${valid}  ok  ${exampleFiles().length} records`);
    expect(r.stdout).toContain(`${invalid}\n  2:/  error  json-syntax  line 2 is not valid JSON`);
    expect(r.stdout).not.toContain("field-region");
    expect(r.stdout).toContain("2 files");
    expect(r.stdout).toContain("1 more finding not shown (--max-findings)");
  });

  it("exits 0 when there are warnings only, and speaks Chinese by default", async () => {
    const r = await ywjy("validate", warningsOnly);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning {2}field-invest-project-code {2}INVEST_PROJECT_CODE（投资项目统一代码）的值/);
    expect(r.stdout).toContain("0 个错误、1 个警告");
  });

  it("shows where it is on a terminal and clears the line before each finding; nothing off a terminal or with --format json", async () => {
    const run = async (format: "text" | "json", isTTY: boolean) => {
      let stdout = "";
      let stderr = "";
      const sink = (add: (s: string) => void, tty = false) => ({ isTTY: tty, write: (s: string) => (add(s), true) }) as unknown as NodeJS.WritableStream;
      const code = await runValidate([valid, invalid], { format, lang: "en", out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s), isTTY) });
      return { code, stdout, stderr };
    };
    const tty = await run("text", true);
    expect(tty.code).toBe(1);
    expect(tty.stderr).toContain("(1/2) " + valid);
    expect(tty.stderr).toContain("(2/2) " + invalid);
    // Every progress line is cleared again (the findings went to stdout in between).
    expect(tty.stderr.split("\r\x1b[K").filter((s) => s !== "").every((s) => s.startsWith("("))).toBe(true);
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(tty.stdout).toContain("field-region");
    expect((await run("text", false)).stderr).toBe("");
    expect((await run("json", true)).stderr).toBe("");
  });

  it("--norm-version by-date: a record of 2017 without a field V2.0 added passes; unknown versions are usage errors", async () => {
    const old = write("2017.ndjson", ndjson([withContext(511, { OBJECTION_METHOD: undefined, DATA_TIMESTAMP: "20170601093000" })]));
    const current = await ywjy("validate", old, "--format", "json");
    expect(current.code).toBe(1);
    expect((JSON.parse(current.stdout) as { findings: Array<{ ruleId: string; path: string }> }).findings.map((f) => [f.ruleId, f.path])).toEqual([["field-mandatory", "/context/OBJECTION_METHOD"]]);
    const byDate = await ywjy("validate", old, "--norm-version", "by-date", "--format", "json");
    expect(byDate.code).toBe(0);
    expect((JSON.parse(byDate.stdout) as { findings: unknown[] }).findings).toEqual([]);
    const unknown = await ywjy("validate", old, "--norm-version", "9.9");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown norm version "9.9"');
    expect(unknown.stdout).toBe("");
  });

  it("exits 2 naming the file it cannot read", async () => {
    const missing = join(dir, "missing.ndjson");
    const r = await ywjy("validate", valid, missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(missing);
    expect(r.stdout).toBe("");
  });

  it("exits 2 on a usage error", async () => {
    expect((await ywjy("validate", valid, "--format", "xml")).code).toBe(2);
    expect((await ywjy("validate")).code).toBe(2);
    expect((await ywjy("validate", valid, "--max-findings", "-1")).code).toBe(2);
  });

  it("shows examples in --help", async () => {
    const r = await ywjy("validate", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ywjy validate data/2026-11.ndjson");
    expect(r.stdout).toContain("--max-findings");
    expect(r.stdout).toContain("--norm-version");
  });
});
