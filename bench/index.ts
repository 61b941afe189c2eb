/**
 * `npm run bench`: runs every bench script in bench/ (all but this one), one after another, each in a
 * process of its own, or only those named: `npm run bench -- validate`. Each script measures its own
 * baseline in the same run and prints ratios against it. Exits non-zero when a script fails.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "index.ts")
  .map((f) => basename(f, ".ts"))
  .sort();
const asked = process.argv.slice(2).map((a) => basename(a).replace(/\.ts$/, ""));
const unknown = asked.filter((a) => !all.includes(a));
if (unknown.length > 0) {
  console.error(`npm run bench: no bench script ${unknown.join(", ")} in bench/ (there are: ${all.join(", ")})`);
  process.exit(2);
}
let failed = 0;
for (const name of asked.length > 0 ? asked : all) {
  console.log(`\n== bench/${name}.ts`);
  // --conditions=ywjy-source: the package's own "ywjy/sdk" resolves to the sources, in this script and (through
  // NODE_OPTIONS) in the processes it starts.
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=ywjy-source`.trim() };
  const r = spawnSync(process.execPath, ["--import", "tsx", join(here, `${name}.ts`)], { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`bench/${name}.ts exited ${r.status ?? r.signal}`);
    failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
