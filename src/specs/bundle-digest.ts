import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { specsDir } from "../paths.ts";

/**
 * The spec bundle's digest: SHA-256 over the sorted lines "<sha256 of file>  <path>" of every file
 * under specs/ (the shape of `sha256sum`), so a report names exactly the specs it was made against.
 */
export function specBundleDigest(dir: string = specsDir): string {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const lines = files
    .map((p) => `${createHash("sha256").update(readFileSync(p)).digest("hex")}  ${relative(dir, p).split("\\").join("/")}`)
    .sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  return "sha256:" + createHash("sha256").update(lines.join("\n") + "\n").digest("hex");
}
