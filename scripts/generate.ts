/**
 * `npm run generate`: rewrites everything under generated/ from specs/.
 * `npm run generate -- --check`: writes nothing, exits 1 and lists the files that differ.
 */
import { generateAll, checkGenerated, writeGenerated } from "../src/generate/index.ts";

const check = process.argv.includes("--check");
const started = Date.now();
try {
  const files = await generateAll();
  if (check) {
    const drift = checkGenerated(files);
    if (drift.length > 0) {
      console.error(`generated/ differs from what specs/ produce (run npm run generate):\n${drift.map((d) => "  " + d).join("\n")}`);
      process.exit(1);
    }
    console.log(`generated/ is current (${files.length} files)`);
  } else {
    const { written, removed } = writeGenerated(files);
    console.log(`generated ${files.length} files (${written} changed, ${removed} removed) in ${Date.now() - started} ms`);
  }
} catch (e) {
  console.error(`npm run generate: ${(e as Error).message}`);
  process.exit(2);
}
