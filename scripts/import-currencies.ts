/**
 * Writes specs/codelists/CURRENCY.yaml (the currency fields `c3` of the data norm: CURRENCY_CODE,
 * PRICE_CURRENCY, BID_CURRENCY…) from the pinned npm package currency-codes (ISO 4217 List One, with
 * its official English names) and the Chinese names of the Unicode CLDR that Node's Intl carries:
 * `node --import tsx scripts/import-currencies.ts`.
 *
 * The norm asks for the GB/T 12406-2008 numeric code ("数字码，例如，人民币是156", 通用.xlsx of the
 * Fujian intake, rows 70, 104, 141, 145, 226, 343, 397, 418, 546, 626, 651, 671, 1597); GB/T 12406
 * takes its codes from ISO 4217, so each code is ISO 4217's numeric code, and the alphabetic code
 * (CNY) is kept as an alias that validators accept with a warning (rule field-code-alias).
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
  number: string;
  currency: string;
}

const require = createRequire(import.meta.url);
const data = require("currency-codes/data") as IsoCurrency[];
const published = require("currency-codes/iso-4217-publish-date") as string;
const version = (require("currency-codes/package.json") as { version: string }).version;

/** Changes to List One after the package's copy; each marked unverified until checked against the published list. */
const AMENDMENTS: IsoCurrency[] = [{ code: "XCG", number: "532", currency: "Caribbean Guilder" }];
/** Numeric codes two letter codes have held, and why. */
const NUMBER_SHARED: Record<string, string> = {
  "532": "ANG (Netherlands Antillean Guilder) until 2025-03-31, then XCG (Caribbean Guilder, Curaçao and Sint Maarten) under the same number; the amendment is not verified against the published list.",
};

function main(): void {
  const zh = new Intl.DisplayNames(["zh-Hans"], { type: "currency", fallback: "none" });
  const letters = [...data, ...AMENDMENTS.filter((a) => !data.some((c) => c.code === a.code))];
  const byNumber = new Map<string, Code>();
  for (const c of letters) {
    const name = zh.of(c.code);
    if (!name) throw new Error(`${c.code}: no Chinese name in this Node's CLDR (${process.versions.cldr}); add one to the script`);
    const known = byNumber.get(c.number);
    // A numeric code that a newer letter code took over (532: ANG, then XCG from 2025-03-31): one code, both letters.
    if (known) {
      known.aliases!.push(c.code);
      Object.assign(known, { zh: name, en: c.currency, description: NUMBER_SHARED[c.number], verified: false });
      continue;
    }
    byNumber.set(c.number, { code: c.number, zh: name, en: c.currency, aliases: [c.code] });
  }
  const codes = [...byNumber.values()].sort((a, b) => a.code.localeCompare(b.code));
  const cny = codes.find((c) => c.aliases?.includes("CNY"));
  if (cny?.code !== "156") throw new Error("CNY is not numeric code 156 in currency-codes: check the package");

  const list = {
    id: "CURRENCY",
    zh: "币种",
    en: "Currency",
    source:
      `GB/T 12406-2008 表示货币的代码, numeric codes (数字码; 人民币 156), as the norm asks (通用.xlsx of lishanling/GGZY ` +
      `GGZY/Tests/DataV4Service.Test/数据规范表格/, rows 70, 104, 141, 145, 226, 343, 397, 418, 546, 626, 651, 671, 1597); ` +
      `the codes are those of ISO 4217 List One (published ${published}), from which GB/T 12406 takes them. ` +
      `aliases are the alphabetic codes (CNY), accepted with a warning`,
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
