#!/usr/bin/env node
// `npm run build`: compiles the TypeScript of src/, cli/, conformance/, generated/ and specs/ with tsc
// (tsconfig.build.json) into dist/ — JavaScript and .d.ts side by side, the folder layout kept, so that
// src/paths.ts still finds specs/ and generated/ by walking up to package.json.
//
//   node scripts/build.mjs             always (npm pack's `prepack`)
//   node scripts/build.mjs --if-stale  only when a source is newer than the last build, or one was added
//                                      or removed (npm start, npm test, bin/ywjy.js in a clone)
//
// Each build is a clean one, written beside dist/ and swapped in whole, so that a removed source leaves
// no module behind and a process starting meanwhile never sees half a dist/.
// The default export is vitest's globalSetup: the tests that run bin/ywjy.js run dist/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "dist");
/** The sources of the last build (their list; its modification time is the build's). Not shipped (package.json files). */
const STAMP = ".sources.json";
const CONFIG = join(root, "tsconfig.build.json");

/** What the build reads: the .ts files of the folders tsconfig.build.json includes, and the configuration. */
function sources() {
  const { include } = JSON.parse(readFileSync(CONFIG, "utf8"));
  const files = [join(root, "tsconfig.json"), CONFIG, join(root, "package.json")];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".ts")) files.push(path);
    }
  };
  for (const dir of include) if (existsSync(join(root, dir))) walk(join(root, dir));
  return files.map((f) => relative(root, f)).sort();
}

function isStale(files) {
  const stamp = join(OUT, STAMP);
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== JSON.stringify(files)) return true;
  const built = statSync(stamp).mtimeMs;
  return files.some((f) => statSync(join(root, f)).mtimeMs > built);
}

/**
 * Builds dist/ (always, or only when stale; `say` hears that it starts); throws with tsc's output when the
 * sources do not compile.
 */
export function build({ ifStale = false, say = () => {} } = {}) {
  const files = sources();
  if (ifStale && !isStale(files)) return false;
  say("compiling the TypeScript sources into dist/ (tsc -p tsconfig.build.json)…");
  const next = `${OUT}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", CONFIG, "--outDir", next], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    throw new Error(`build: tsc -p tsconfig.build.json failed (exit ${r.status ?? r.signal})\n${r.stdout}${r.stderr}`);
  }
  writeFileSync(join(next, STAMP), JSON.stringify(files));
  const old = `${OUT}.${process.pid}.old`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
  return true;
}

/** vitest's globalSetup: dist/ up to date before the tests that run bin/ywjy.js. */
export default function setup() {
  build({ ifStale: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    build({ ifStale: process.argv.includes("--if-stale"), say: (m) => console.error(`build: ${m}`) });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
