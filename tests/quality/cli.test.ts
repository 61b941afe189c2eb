/** `ywjy quality` as a user runs it: a child process, its exit code, stdout and stderr. */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ReportRecord } from "../../specs/reporting/contracts/envelope.ts";
import { fromRoot } from "../../src/paths.ts";
import type { QualityResult } from "../../src/quality/index.ts";
import { runQuality, type QualityCliOptions } from "../../cli/commands/quality.ts";
import { generateYear } from "../../src/synthetic/index.ts";

const dir = mkdtempSync(join(tmpdir(), "ywjy-cli-quality-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ywjy(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [fromRoot("bin/ywjy.js"), ...args], { cwd: fromRoot(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

/** runQuality in this process, its output captured (`tty`: stderr says it is a terminal). */
async function inProcess(paths: string[], options: Partial<QualityCliOptions> = {}, tty = false) {
  let stdout = "";
  let stderr = "";
  const sink = (add: (s: string) => void, isTTY = false) => ({ isTTY, write: (s: string) => (add(s), true) }) as unknown as NodeJS.WritableStream;
  const code = await runQuality(paths, { format: "text", lang: "zh", ...options, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s), tty) });
  return { code, stdout, stderr };
}

const ndjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";
const clean: ReportRecord[] = [...generateYear({ projects: 12, seed: 5, defectRate: 0, collusionRate: 0, correctionRate: 0 })];
const cleanFile = join(dir, "clean.ndjson");
writeFileSync(cleanFile, ndjson(clean));
// the same year without its first project record (500): its tender project refers to nothing
const dropped = clean.find((r) => r.DATA_NO === 500)!;
const broken = join(dir, "broken");
mkdirSync(broken);
writeFileSync(join(broken, "a.ndjson"), ndjson(clean.filter((r) => r !== dropped).slice(0, 40)) + "{not json\n");
writeFileSync(join(broken, "b.json"), JSON.stringify({ packageId: "p1", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "x", createdAt: "2026-01-01T00:00:00Z", records: clean.filter((r) => r !== dropped).slice(40) }, null, 2));
writeFileSync(join(broken, "notes.txt"), "not data");

describe("ywjy quality", () => {
  it("exits 0 on clean data and prints the result as JSON", async () => {
    const r = await ywjy("quality", cleanFile, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as QualityResult;
    expect(Object.keys(out)).toEqual(["summary", "dimensions", "collusion", "bySystem", "byDomain", "findings", "notices"]);
    expect(Object.keys(out.dimensions)).toEqual(["timeliness", "accuracy", "completeness", "comprehensiveness"]);
    expect(out.summary).toMatchObject({ files: 1, records: clean.length, errors: 0 });
    for (const d of Object.values(out.dimensions)) expect(d.score).toBe(100);
  }, 60_000);

  it("exits 1 on error findings, reads directories, and reports a malformed line with its file and line", async () => {
    const r = await inProcess([broken], { format: "json", lang: "en" });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as QualityResult;
    expect(out.summary).toMatchObject({ files: 2, records: clean.length, unreadable: 1 });
    expect(out.findings).toContainEqual(expect.objectContaining({ ruleId: "json-syntax", severity: "error", file: join(broken, "a.ndjson"), line: 41 }));
    const ref = out.findings.find((f) => f.ruleId === "QA-REF-PROJECT")!;
    expect(ref).toMatchObject({ severity: "error", path: "/context/PROJECT_CODE", DATA_NO: 501 });
    expect(out.notices.find((n) => n.id === `system:${ref.DATA_KEY!.slice(0, 4)}`)!.problems).toContainEqual(ref);
  }, 60_000);

  it("prints a readable summary and writes the report files with --out", async () => {
    const out = join(dir, "out");
    const r = await inProcess([broken], { out, lang: "en" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Data-quality check report/);
    expect(r.stdout).toMatch(/QA-REF-PROJECT/);
    for (const f of ["quality.json", "quality.html", "notices.json", "notices.md"]) expect(existsSync(join(out, f)), f).toBe(true);
  }, 60_000);

  it("shows its progress on a terminal, in the chosen language, and clears the line; never with --format json or off a terminal", async () => {
    const en = await inProcess([cleanFile], { lang: "en" }, true);
    expect(en.stderr).toMatch(/reading record keys · 0 records/);
    expect(en.stderr).toMatch(/cross-record rules · [\d,]+ records/);
    expect(en.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect((await inProcess([cleanFile], { lang: "zh" }, true)).stderr).toMatch(/跨记录核查 · [\d,]+ 条记录/);
    expect((await inProcess([cleanFile], { lang: "en", format: "json" }, true)).stderr).toBe("");
    expect((await inProcess([cleanFile], { lang: "en" }, false)).stderr).toBe("");
  }, 60_000);

  it("exits 2 on unreadable input or a bad option, naming the problem", async () => {
    const missing = await ywjy("quality", join(dir, "nope.ndjson"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.ndjson");
    const rule = await inProcess([cleanFile], { rules: ["QX-NOPE"] });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain("QX-NOPE");
    const asOf = await inProcess([cleanFile], { asOf: "20261301" });
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toContain("20261301");
    const version = await inProcess([cleanFile], { normVersion: "9.9" });
    expect(version.code).toBe(2);
    expect(version.stderr).toContain('unknown norm version "9.9"');
  }, 60_000);

  it("--norm-version by-date: QC-MANDATORY does not ask a record of 2017 for a field V2.0 added", async () => {
    const announce = clean.find((r) => r.DATA_NO === 511)!;
    const old = { ...announce, context: { ...announce.context, DATA_TIMESTAMP: "20170601093000" } } as Record<string, any>;
    delete old.context.OBJECTION_METHOD;
    const file = join(dir, "2017.ndjson");
    writeFileSync(file, ndjson([old]));
    const mandatory = async (options: Partial<QualityCliOptions>) =>
      (JSON.parse((await inProcess([file], { format: "json", rules: ["QC-MANDATORY"], ...options })).stdout) as QualityResult).findings.map((f) => [f.ruleId, f.path]);
    expect(await mandatory({})).toEqual([["QC-MANDATORY", "/context/OBJECTION_METHOD"]]);
    expect(await mandatory({ normVersion: "by-date" })).toEqual([]);
    expect(await mandatory({ normVersion: "V2.0" })).toEqual([["QC-MANDATORY", "/context/OBJECTION_METHOD"]]);
  }, 60_000);

  it("has help with examples", async () => {
    const r = await ywjy("quality", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--format/);
    expect(r.stdout).toMatch(/--out/);
    expect(r.stdout).toMatch(/Examples:/);
  }, 60_000);
});
