/**
 * `npm run bench -- validate`: the validator's throughput against plain JSON.parse, and the peak memory
 * of `ywjy validate`, on one generated NDJSON file.
 *
 * 1. Writes ≥ 200,000 realistic report records as NDJSON into a temporary folder: the synthetic year
 *    of src/synthetic when it is there, else the bundled examples cycled with fresh keys and values.
 * 2. In this process, reads the file line by line twice over (the same readline loop): once only
 *    JSON.parse-ing each line (the baseline), once through validateFile (parse + validate), after a
 *    warm-up that compiles the schemas; best of two runs each. Prints records/s, MB/s and the ratio.
 * 3. Runs `ywjy validate --format json` as a child process on a quarter of the file and on the whole
 *    file, and prints its peak RSS (process.resourceUsage().maxRSS in the child) for each.
 * Goals: validation ≥ 0.5× the throughput of JSON.parse; peak RSS < 200 MB, flat in the file size.
 * YWJY_BENCH_RECORDS=N changes the record count; YWJY_BENCH_SOURCE=examples uses the cycled examples.
 */
import { spawnSync } from "node:child_process";
import { closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fromRoot } from "../src/paths.ts";
import { defaultValidator } from "../src/validate/index.ts";

const RECORDS = Number(process.env.YWJY_BENCH_RECORDS ?? 200_000);
const GOAL_RATIO = 0.5;
const GOAL_RSS_MB = 200;

type Rec = { DATA_NO: number; DATA_KEY: string; context: Record<string, string>; [k: string]: unknown };

/** The synthetic year's records, when src/synthetic is there (it is optional for this bench). */
async function syntheticRecords(n: number): Promise<{ source: string; records: Iterable<unknown> } | undefined> {
  const path = "../src/synthetic/index.ts";
  try {
    const mod = (await import(path)) as { generateYear?: (o: object) => Iterable<unknown> };
    if (!mod.generateYear) return undefined;
    return { source: "src/synthetic generateYear (seed 1, no planted defects)", records: mod.generateYear({ seed: 1, records: n, defectRate: 0, collusionRate: 0, correctionRate: 0 }) };
  } catch {
    return undefined;
  }
}

/** The bundled examples, cycled: unique DATA_KEYs, and names, times and amounts varied within their formats. */
function* cycledExamples(n: number): Generator<unknown> {
  const dir = fromRoot("specs/reporting/examples");
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Rec);
  for (let i = 0; i < n; i++) {
    const r = structuredClone(examples[i % examples.length]!);
    const serial = String(i).padStart(22 - 4 - String(r.DATA_NO).length, "0");
    r.DATA_KEY = `${r.DATA_KEY.slice(0, 4)}${r.DATA_NO}${serial}`;
    const c = r.context;
    const day = String(1 + (i % 28)).padStart(2, "0");
    if (c.DATA_TIMESTAMP) c.DATA_TIMESTAMP = `202611${day}${String(i % 24).padStart(2, "0")}${String(i % 60).padStart(2, "0")}00`;
    for (const [k, v] of Object.entries(c)) {
      if (/_NAME$/.test(k) && v.length < 150) c[k] = `${v}（${i}）`;
      else if (/(PRICE|AMOUNT|MONEY)$/.test(k) && /^\d+(\.\d+)?$/.test(v)) c[k] = (Number(v) + (i % 1000) / 100).toFixed(2);
    }
    yield r;
  }
}

async function writeNdjson(path: string, n: number, quarterPath: string): Promise<string> {
  const synthetic = process.env.YWJY_BENCH_SOURCE === "examples" ? undefined : await syntheticRecords(n);
  const source = synthetic?.source ?? "the bundled examples, cycled with fresh keys and values";
  const fd = openSync(path, "w");
  const quarter = openSync(quarterPath, "w");
  let buf: string[] = [];
  let written = 0;
  const flush = () => {
    const text = buf.join("");
    writeSync(fd, text);
    if (written <= n / 4) writeSync(quarter, text);
    buf = [];
  };
  for (const r of synthetic?.records ?? cycledExamples(n)) {
    if (written >= n) break;
    buf.push(`${JSON.stringify(r)}\n`);
    if (++written % 2000 === 0) flush();
  }
  flush();
  closeSync(fd);
  closeSync(quarter);
  return `${written} records from ${source}`;
}

/** Reads the file with the same readline loop the validator uses, JSON.parse-ing every line. */
async function parseOnly(path: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (line.length === 0) continue;
    JSON.parse(line);
    n++;
  }
  return n;
}

async function validateOnce(path: string): Promise<{ records: number; findings: number; byRule: Record<string, number> }> {
  const run = defaultValidator().validateFile(path);
  let findings = 0;
  for await (const _ of run) findings++;
  return { records: run.summary.records, findings, byRule: run.summary.byRule };
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await f();
  return { ms: performance.now() - t, value };
}

const RSS_PROBE = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nywjy-bench-maxrss "+process.resourceUsage().maxRSS+"\\n"))`;

/** Runs `ywjy validate --format json` on `path`; its peak RSS in MB, wall time and exit code. */
function childRun(path: string): { rssMb: number; ms: number; code: number | null } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--import", RSS_PROBE, fromRoot("bin/ywjy.js"), "validate", path, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const m = /ywjy-bench-maxrss (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`ywjy validate gave no RSS figure (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  return { rssMb: Number(m[1]) / 1024, ms, code: r.status };
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const dir = mkdtempSync(join(tmpdir(), "ywjy-bench-validate-"));
try {
  const file = join(dir, "records.ndjson");
  const quarterFile = join(dir, "records-quarter.ndjson");
  const gen = await timed(() => writeNdjson(file, RECORDS, quarterFile));
  const mb = statSync(file).size / 1e6;
  console.log(`validate bench: ${gen.value}; ${fmt(mb, 1)} MB NDJSON written in ${fmt(gen.ms / 1000, 1)} s`);

  const warm = await timed(() => validateOnce(quarterFile));
  console.log(`  warm-up (code lists, schema compilation, a quarter of the file): ${fmt(warm.ms)} ms`);

  const parse: number[] = [];
  const validate: number[] = [];
  let result = warm.value;
  for (let round = 0; round < 2; round++) {
    parse.push((await timed(() => parseOnly(file))).ms);
    const v = await timed(() => validateOnce(file));
    validate.push(v.ms);
    result = v.value;
  }
  const parseMs = Math.min(...parse);
  const validateMs = Math.min(...validate);
  const records = result.records;
  const line = (label: string, ms: number) => `  ${label.padEnd(28)} ${fmt(ms).padStart(7)} ms  ${fmt(records / (ms / 1000)).padStart(9)} records/s  ${fmt(mb / (ms / 1000), 1).padStart(6)} MB/s`;
  console.log(line("JSON.parse of every line", parseMs));
  console.log(line("validate (parse + check)", validateMs));
  const ratio = parseMs / validateMs;
  console.log(`  ratio (validate throughput / JSON.parse throughput): ${fmt(ratio, 2)}×  — goal ≥ ${GOAL_RATIO}×: ${ratio >= GOAL_RATIO ? "met" : "NOT met"}`);
  console.log(`  findings: ${result.findings}${result.findings ? ` ${JSON.stringify(result.byRule)}` : ""}`);

  const small = childRun(quarterFile);
  const full = childRun(file);
  console.log(`  ywjy validate --format json, a quarter (${fmt(statSync(quarterFile).size / 1e6, 1)} MB): peak RSS ${fmt(small.rssMb, 1)} MB, ${fmt(small.ms)} ms, exit ${small.code}`);
  console.log(`  ywjy validate --format json, whole file (${fmt(mb, 1)} MB): peak RSS ${fmt(full.rssMb, 1)} MB, ${fmt(full.ms)} ms (${fmt(records / (full.ms / 1000))} records/s with start-up), exit ${full.code}`);
  console.log(`  peak RSS goal < ${GOAL_RSS_MB} MB: ${Math.max(small.rssMb, full.rssMb) < GOAL_RSS_MB ? "met" : "NOT met"}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
