#!/usr/bin/env node
// `npm run build`: compiles the TypeScript of src/, cli/, conformance/, generated/ and specs/ with tsc
// (tsconfig.build.json) into dist/ — JavaScript and .d.ts side by side, the folder layout kept, so that
// src/paths.ts still finds specs/ and generated/ by walking up to package.json.
//
//   node scripts/build.mjs             always (npm pack's `prepack`); fails on a type error
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
/**
 * The last build: the sources it compiled (the file's modification time is the build's) and tsc's errors,
 * "" when there were none. Not shipped (package.json files).
 */
const STAMP = ".build.json";
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

function lastBuild() {
  try {
    return JSON.parse(readFileSync(join(OUT, STAMP), "utf8"));
  } catch {
    return undefined;
  }
}

function isStale(files) {
  const last = lastBuild();
  if (!last || JSON.stringify(last.files) !== JSON.stringify(files)) return true;
  const built = statSync(join(OUT, STAMP)).mtimeMs;
  return files.some((f) => statSync(join(root, f)).mtimeMs > built);
}

/**
 * Builds dist/ (always, or only when stale; `say` hears that it starts) and says whether it did and with
 * which type errors ("" for none). tsc writes the JavaScript of sources with type errors all the same: with
 * `keepTypeErrors` that build is kept (npm test reports the errors as a failure and still runs every test;
 * a clone's bin/ywjy.js runs, as tsx did); without, as for npm pack, it is thrown away and this throws.
 */
export function build({ ifStale = false, keepTypeErrors = false, say = () => {} } = {}) {
  const files = sources();
  if (ifStale && !isStale(files)) return { built: false, errors: lastBuild().errors };
  say("compiling the TypeScript sources into dist/ (tsc -p tsconfig.build.json)…");
  const next = `${OUT}.${process.pid}.tmp`;
  rmSync(next, { recursive: true, force: true });
  const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", CONFIG, "--outDir", next], { cwd: root, encoding: "utf8" });
  const errors = r.status === 0 ? "" : `${r.stdout}${r.stderr}`.trim() || `tsc exited ${r.status ?? r.signal}`;
  // tsc exits 2 when it found errors but wrote every file, 1 when it wrote none.
  if (r.status !== 0 && !(keepTypeErrors && r.status === 2)) {
    rmSync(next, { recursive: true, force: true });
    throw new Error(`build: tsc -p tsconfig.build.json failed (exit ${r.status ?? r.signal})\n${errors}`);
  }
  writeFileSync(join(next, STAMP), JSON.stringify({ files, errors }));
  const old = `${OUT}.${process.pid}.old`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
  return { built: true, errors };
}

/** vitest's globalSetup: dist/ up to date before the tests that run bin/ywjy.js. */
export default function setup() {
  const { built, errors } = build({ ifStale: true, keepTypeErrors: true });
  if (built && errors) console.error(`build: dist/ written, but the sources have type errors:\n${errors}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { errors } = build({ ifStale: process.argv.includes("--if-stale"), say: (m) => console.error(`build: ${m}`) });
    if (errors) throw new Error(`build: dist/ was built with type errors:\n${errors}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
