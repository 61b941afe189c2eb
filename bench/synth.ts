/**
 * `npm run bench -- synth`: the synthetic year's generation speed (src/synthetic), against a baseline
 * measured in the same run: JSON.stringify of the same kind of records.
 *
 * 1. Generates N records (default 200,000; default planted-defect and collusion rates), counting them
 *    without keeping them: records/s by the clock and per CPU second (the steadier figure on a busy
 *    machine, though it counts V8's parallel GC threads as well), and peak RSS.
 * 2. Generates them again and writes them as NDJSON to a temporary file, as `ywjy synth` does.
 * 3. Baseline: JSON.stringify of the first 20,000 records, held in memory, over and over for N records.
 * Goal: at least 100,000 records/s generated.
 * YWJY_BENCH_SYNTH_RECORDS=N changes the record count.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateYear } from "../src/synthetic/index.ts";
import { writeYear } from "../src/synthetic/write.ts";

const RECORDS = Number(process.env.YWJY_BENCH_SYNTH_RECORDS ?? 200_000);
const GOAL = 100_000;
const SAMPLE = 20_000;

interface Timing {
  records: number;
  seconds: number;
  cpuSeconds: number;
}

function timed(work: () => number): Timing {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const records = work();
  const used = process.cpuUsage(cpu);
  return { records, seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

const rate = (t: Timing, cpu = false) => Math.round(t.records / (cpu ? t.cpuSeconds : t.seconds));
const n = (x: number) => x.toLocaleString("en-US");

// warm-up: schemas, code lists and rule limits load, the code compiles
for (const _ of generateYear({ seed: 0, records: 5_000 }));

const generated = timed(() => {
  let count = 0;
  for (const _ of generateYear({ seed: 1, records: RECORDS })) count++;
  return count;
});
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);

const dir = mkdtempSync(join(tmpdir(), "ywjy-bench-synth-"));
let plants = 0;
const written = timed(() => {
  const { year } = writeYear({ seed: 1, records: RECORDS }, join(dir, "year.ndjson"), join(dir, "truth.json"));
  plants = year.truth.length;
  return year.stats.records;
});
rmSync(dir, { recursive: true, force: true });

const sample = [...generateYear({ seed: 2, records: SAMPLE })];
const baseline = timed(() => {
  let count = 0;
  let chars = 0;
  while (count < generated.records) for (const r of sample) if (count++ < generated.records) chars += JSON.stringify(r).length;
  return chars > 0 ? count : 0;
});

console.log(`synthetic year, ${n(generated.records)} records (${plants} plants):`);
console.log(`  generate                 ${n(rate(generated))} records/s   ${n(rate(generated, true))} per CPU second   peak RSS ${peakMB} MB`);
console.log(`  generate + write NDJSON  ${n(rate(written))} records/s   ${n(rate(written, true))} per CPU second`);
console.log(`  baseline JSON.stringify  ${n(rate(baseline))} records/s   ${n(rate(baseline, true))} per CPU second`);
console.log(`  generation ÷ JSON.stringify: ${(rate(generated, true) / rate(baseline, true)).toFixed(2)} (CPU)`);
console.log(`  goal ≥ ${n(GOAL)} records/s generated: ${rate(generated) >= GOAL ? "met" : "not met"} (CPU time counts V8's parallel GC threads too)`);
