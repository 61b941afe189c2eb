/**
 * Writes specs/codelists/CURRENCY.yaml (ISO 4217 alphabetic codes, the currency fields `c3` of the
 * data norm: CURRENCY_CODE, PRICE_CURRENCY, BID_CURRENCY…) from the pinned npm package currency-codes
 * (ISO 4217 List One, with its official English names) and the Chinese names of the Unicode CLDR
 * that Node's Intl carries: `node --import tsx scripts/import-currencies.ts`.
 *
 * Changes to List One published after the package's copy are applied from AMENDMENTS below.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stringify } from "yaml";
import { fromRoot } from "../src/paths.ts";
import type { Code } from "../src/specs/codelists.ts";

interface IsoCurrency {
  code: string;
  currency: string;
}

const require = createRequire(import.meta.url);
const data = require("currency-codes/data") as IsoCurrency[];
const published = require("currency-codes/iso-4217-publish-date") as string;
const version = (require("currency-codes/package.json") as { version: string }).version;

/** Changes to List One after the package's copy; each marked unverified until checked against the published list. */
const AMENDMENTS: Code[] = [
  {
    code: "XCG",
    zh: "",
    en: "Caribbean Guilder",
    description: "Curaçao and Sint Maarten, replacing ANG from 2025-03-31.",
    source: "ISO 4217 amendment introducing XCG (effective 2025-03-31)",
    verified: false,
  },
];
const DEPRECATED: Record<string, string> = {
  ANG: "Replaced by XCG (Caribbean Guilder) from 2025-03-31; kept so that older records stay valid.",
};

function main(): void {
  const zh = new Intl.DisplayNames(["zh-Hans"], { type: "currency", fallback: "none" });
  const codes: Code[] = [
    ...data.map((c): Code => ({ code: c.code, zh: "", en: c.currency })),
    ...AMENDMENTS.filter((a) => !data.some((c) => c.code === a.code)),
  ].map((c) => {
    const name = zh.of(c.code);
    if (!name) throw new Error(`${c.code}: no Chinese name in this Node's CLDR (${process.versions.cldr}); add one to the script`);
    const note = DEPRECATED[c.code];
    return { ...c, zh: name, ...(note ? { deprecated: true, deprecationNote: note, verified: false } : {}) };
  });
  codes.sort((a, b) => a.code.localeCompare(b.code));

  const list = {
    id: "CURRENCY",
    zh: "币种",
    en: "Currency",
    source: `ISO 4217 List One (published ${published}) alphabetic codes; the data norm's currency fields are c3 (人民币 CNY)`,
    credit:
      `npm currency-codes ${version} (MIT, ISO 4217 List One with English names); Chinese names from Unicode CLDR ${process.versions.cldr} ` +
      `(Node ${process.versions.node} Intl.DisplayNames), via scripts/import-currencies.ts`,
    verified: true,
    codes,
  };
  const header = "# Written by scripts/import-currencies.ts from npm currency-codes; rerun it rather than editing by hand.\n";
  writeFileSync(fromRoot("specs/codelists/CURRENCY.yaml"), header + stringify(list, { lineWidth: 0 }));
  console.log(`CURRENCY.yaml: ${codes.length} codes`);
}

main();
