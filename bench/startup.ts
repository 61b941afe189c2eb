/**
 * `npm run bench -- startup`: how long the `ywjy` command takes to start, against `node -e 0` measured in
 * the same run (the baseline: what any Node program pays).
 *
 * Runs bin/ywjy.js as the installed package has it — a copy in a temporary folder whose dist/ links to
 * this clone's (built first when stale), with no scripts/ beside it, so without the clone's check for a
 * stale build — for `ywjy --help` and for `ywjy validate` of one record (a bundled example as a one-line
 * NDJSON file); and, for comparison, this clone's bin/ywjy.js --help, which does that check. Each runs
 * ROUNDS times, interleaved with the baseline so that the machine's load falls on all alike. Prints the
 * median and the best wall time of each, and the medians' differences from the baseline.
 * Goal: the installed `ywjy --help` within 0.25 s of `node -e 0`. YWJY_BENCH_ROUNDS=N changes the rounds (15).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromRoot } from "../src/paths.ts";

const ROUNDS = Number(process.env.YWJY_BENCH_ROUNDS ?? 15);
const GOAL_S = 0.25;

spawnSync(process.execPath, [fromRoot("scripts/build.mjs"), "--if-stale"], { stdio: "inherit" });
const dir = mkdtempSync(join(tmpdir(), "ywjy-bench-startup-"));
const examples = fromRoot("specs/reporting/examples");
const example = readdirSync(examples).filter((f) => f.endsWith(".json")).sort()[0]!;
const record = join(dir, "one.ndjson");
writeFileSync(record, JSON.stringify(JSON.parse(readFileSync(join(examples, example), "utf8"))) + "\n");

const installed = join(dir, "package");
mkdirSync(join(installed, "bin"), { recursive: true });
copyFileSync(fromRoot("bin/ywjy.js"), join(installed, "bin", "ywjy.js"));
symlinkSync(fromRoot("dist"), join(installed, "dist"));
const bin = join(installed, "bin", "ywjy.js");
const runs: Array<{ name: string; args: string[]; times: number[] }> = [
  { name: "node -e 0", args: ["-e", "0"], times: [] },
  { name: "ywjy --help", args: [bin, "--help"], times: [] },
  { name: `ywjy validate (1 record, ${example})`, args: [bin, "validate", record, "--format", "json"], times: [] },
  { name: "bin/ywjy.js --help in this clone (checks the build)", args: [fromRoot("bin/ywjy.js"), "--help"], times: [] },
];

try {
  for (let i = 0; i < ROUNDS; i++) {
    for (const run of runs) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, run.args, { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (r.status !== 0) throw new Error(`${run.name} exited ${r.status ?? r.signal}: ${r.stderr}`);
      run.times.push(seconds);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const baseline = median(runs[0]!.times);
console.log(`${ROUNDS} rounds, interleaved; wall time of each process (node ${process.version})`);
for (const run of runs) {
  const m = median(run.times);
  const extra = run === runs[0] ? "baseline" : `+${(m - baseline).toFixed(3)} s over node -e 0 (${(m / baseline).toFixed(1)}×)`;
  console.log(`  ${run.name.padEnd(56)} median ${m.toFixed(3)} s  best ${Math.min(...run.times).toFixed(3)} s  ${extra}`);
}
const help = median(runs[1]!.times) - baseline;
console.log(`goal: ywjy --help within ${GOAL_S} s of node -e 0: ${help <= GOAL_S ? "met" : "NOT met"} (+${help.toFixed(3)} s)`);
