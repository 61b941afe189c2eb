#!/usr/bin/env node
// `npm test`: sets up what the tests need beyond npm (Debian's chromium and CJK fonts for the browser tests,
// the compiled dist/), runs every vitest test, and ends with the plain line `N passed, N failed` that CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { build } from "./build.mjs";

const CHROMIUM = "/usr/bin/chromium";

// Without a CJK font, Chinese text renders as boxes in screenshots and printed PDFs.
const CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

// The Java SDK's tests (tests/java) compile with the JDK against Debian's Jackson: no Maven repository is reachable.
const JACKSON = "/usr/share/java/jackson-databind.jar";

/** Installs Debian packages with apt-get (as root, or through `sudo -n`) when what they bring is missing. */
function ensureDebianPackages(purpose, packages, present) {
  if (packages.length === 0 || present()) return;
  const sudo = process.getuid?.() === 0 ? [] : ["sudo", "-n"];
  console.log(`npm test: installing ${packages.join(" and ")} for ${purpose} (apt-get)…`);
  const run = (args) => spawnSync(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  run([...sudo, "apt-get", "update", "-qq"]);
  const r = run([...sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", ...packages]);
  if (r.status !== 0 || !present()) console.error(`npm test: could not install ${packages.join(", ")} (apt-get exited ${r.status}); ${purpose} will fail.`);
}

const hasJavac = spawnSync("javac", ["-version"], { stdio: "ignore" }).status === 0;
ensureDebianPackages("the browser tests", ["chromium", "fonts-noto-cjk"], () => existsSync(CHROMIUM) && existsSync(CJK_FONT));
ensureDebianPackages("the Java SDK's tests", [...(hasJavac ? [] : ["openjdk-17-jdk-headless"]), "libjackson2-databind-java"], () => existsSync(JACKSON) && spawnSync("javac", ["-version"], { stdio: "ignore" }).status === 0);

// The tests that run bin/ywjy.js, and the package test, use the compiled dist/: build it when a source is newer.
// A type error is one failure (the build's), and the tests still run on what tsc wrote.
let buildFailed = false;
try {
  const { errors } = build({ ifStale: true, keepTypeErrors: true, say: (m) => console.log(`npm test: ${m}`) });
  if (errors) throw new Error(`the TypeScript sources have type errors (dist/ was written all the same):\n${errors}`);
} catch (e) {
  console.error(`npm test: ${e.message}`);
  buildFailed = true;
}

const results = ".vitest-results.json";
rmSync(results, { force: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}`, ...process.argv.slice(2)];
const r = spawnSync("npx", args, { stdio: "inherit" });

let passed = 0;
let failed = 0;
if (existsSync(results)) {
  const json = JSON.parse(readFileSync(results, "utf8"));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
} else {
  failed = 1;
}
if (buildFailed) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
