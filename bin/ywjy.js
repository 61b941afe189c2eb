#!/usr/bin/env node
// The `ywjy` command: the compiled CLI in dist/ (`npm run build` writes it).
// In a clone of the repository (scripts/build.mjs beside bin/), dist/ is first brought up to date with the
// sources, so that the command never runs stale code; the installed package has no scripts/ and skips this.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1 and later keep the compiled code of the modules on disk between runs (as tsc does); Node 20 has no such cache.
module.enableCompileCache?.();

const buildScript = new URL("../scripts/build.mjs", import.meta.url);
if (existsSync(buildScript)) {
  const { build } = await import(buildScript.href);
  try {
    const { built, errors } = build({ ifStale: true, keepTypeErrors: true, say: (m) => console.error(`ywjy: ${m}`) });
    if (built && errors) console.error(`ywjy: the sources have type errors (npm run typecheck lists them); running what tsc wrote all the same`);
  } catch (e) {
    console.error(`ywjy: ${e.message}`);
    process.exit(3);
  }
}
const { main } = await import("../dist/cli/main.js");
await main();
