/**
 * `npm run bench -- quality`: the data-quality check over a generated year of 1,000,000 records.
 *
 * 1. Writes the records of src/synthetic's generateYear (default planted-defect and collusion rates)
 *    as NDJSON into a temporary folder.
 * 2. Runs two child processes on that file, one after the other: the baseline, which only reads the
 *    lines and JSON.parse-s them (the same line reader), and `ywjy quality`'s library call with every
 *    rule. Each child reports its time and CPU time (from the first byte read to the result, module
 *    loading excluded) and peak RSS (process.resourceUsage().maxRSS). On a busy machine the CPU
 *    time, printed as records per CPU second, is the steadier figure.
 * 3. Prints records/s, MB/s, the ratio of the check to the baseline, and peak RSS, against the goals:
 *    at least 50,000 records/s with all rules, peak RSS under 1 GB.
 * YWJY_BENCH_QUALITY_RECORDS=N changes the record count; YWJY_BENCH_QUALITY_FILE=PATH reuses a file.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const RECORDS = Number(process.env.YWJY_BENCH_QUALITY_RECORDS ?? 1_000_000);
const GOAL_RATE = 50_000;
const GOAL_RSS_MB = 1024;

interface ChildReport {
  records: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  errors?: number;
  warnings?: number;
  findings?: number;
}

let cpu0: NodeJS.CpuUsage | undefined;
const start = (): number => {
  cpu0 = process.cpuUsage();
  return performance.now();
};

const finish = (records: number, t0: number, extra: object = {}): void => {
  const u = process.cpuUsage(cpu0);
  const report: ChildReport = { records, seconds: (performance.now() - t0) / 1000, cpuSeconds: (u.user + u.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra };
  console.log(JSON.stringify(report));
};

async function child(mode: string, file: string): Promise<void> {
  if (mode === "--parse") {
    const { forEachLine } = await import("../src/quality/input.ts");
    const t0 = start();
    let n = 0;
    await forEachLine(file, (line) => {
      if (line.trim() !== "") {
        JSON.parse(line);
        n++;
      }
    });
    finish(n, t0);
  } else {
    const { checkQuality } = await import("../src/quality/index.ts");
    const { loadQualityRules } = await import("../src/quality/rules.ts");
    const { loadDataSets } = await import("../src/quality/datasets.ts");
    loadQualityRules();
    loadDataSets();
    const t0 = start();
    const r = await checkQuality([file]);
    finish(r.summary.records, t0, { errors: r.summary.errors, warnings: r.summary.warnings, findings: r.summary.findingsTotal });
  }
}

async function generate(file: string, n: number): Promise<{ seconds: number; truth: number }> {
  const { generateYear } = await import("../src/synthetic/index.ts");
  const t0 = performance.now();
  const out = createWriteStream(file);
  const year = generateYear({ seed: 1, records: n });
  let batch: string[] = [];
  const flush = async () => {
    if (!out.write(batch.join("\n") + "\n")) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    batch = [];
  };
  for (const r of year) {
    batch.push(JSON.stringify(r));
    if (batch.length === 2000) await flush();
  }
  if (batch.length > 0) await flush();
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { seconds: (performance.now() - t0) / 1000, truth: year.truth.length };
}

function run(mode: string, file: string): ChildReport {
  const r = spawnSync(process.execPath, [...(process.env.YWJY_BENCH_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.YWJY_BENCH_PROF] : []), "--import", "tsx", fileURLToPath(import.meta.url), mode, file], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`bench/quality.ts ${mode} exited ${r.status ?? r.signal}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildReport;
}

async function main(): Promise<void> {
  const reuse = process.env.YWJY_BENCH_QUALITY_FILE;
  const dir = reuse ? undefined : mkdtempSync(join(tmpdir(), "ywjy-bench-quality-"));
  const file = reuse ?? join(dir!, "year.ndjson");
  try {
    if (!reuse) {
      const g = await generate(file, RECORDS);
      console.log(`generated ${RECORDS.toLocaleString("en")} records (${g.truth} planted defects and patterns) in ${g.seconds.toFixed(1)} s`);
    }
    const mb = statSync(file).size / 1024 / 1024;
    console.log(`input ${file}: ${mb.toFixed(0)} MB`);
    const load = () => loadavg()[0]!.toFixed(1);
    const loadBefore = load();
    const base = run("--parse", file);
    const check = run("--check", file);
    console.log(`machine: ${availableParallelism()} cores, load average ${loadBefore} before the runs and ${load()} after (other processes slow the wall-clock figures; records per CPU second are steadier)`);
    const row = (name: string, c: ChildReport) =>
      `${name.padEnd(28)} ${Math.round(c.records / c.seconds).toLocaleString("en").padStart(10)} records/s ${(mb / c.seconds).toFixed(1).padStart(7)} MB/s  ${c.seconds.toFixed(1).padStart(6)} s (cpu ${c.cpuSeconds.toFixed(1)} s)  peak RSS ${c.maxRssMB.toFixed(0).padStart(5)} MB`;
    console.log(row("read + JSON.parse (baseline)", base));
    console.log(row("quality check, all rules", check));
    const rate = check.records / check.seconds;
    console.log(`check / baseline: ${(base.seconds / check.seconds).toFixed(2)}×  (${check.records.toLocaleString("en")} records, ${check.errors} errors, ${check.warnings} warnings)`);
    console.log(`goal ≥ ${GOAL_RATE.toLocaleString("en")} records/s: ${rate >= GOAL_RATE ? "met" : "NOT met"} (${Math.round(rate).toLocaleString("en")}; ${Math.round(check.records / check.cpuSeconds).toLocaleString("en")} per CPU second)`);
    console.log(`goal peak RSS < ${GOAL_RSS_MB} MB: ${check.maxRssMB < GOAL_RSS_MB ? "met" : "NOT met"} (${check.maxRssMB.toFixed(0)} MB)`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, file] = process.argv.slice(2);
if (mode === "--parse" || mode === "--check") await child(mode, file!);
else await main();
