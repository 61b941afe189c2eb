import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (where package.json is), wherever this module is loaded from. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("ywjy: package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
})();

export const specsDir = join(packageRoot, "specs");
export const generatedDir = join(packageRoot, "generated");

export const fromRoot = (...parts: string[]): string => resolve(packageRoot, ...parts);
