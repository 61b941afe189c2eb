import { describe, expect, it } from "vitest";
import {
  checkCodeHierarchy,
  checkDataKey,
  checkDataKeyPrefix,
  checkInvestProjectCode,
  checkOrganizationCode,
  checkRegion,
  checkResidentId,
  checkUnifiedDealCode,
  checkUscc,
  checkYyyyMMdd,
  checkYyyyMMddHHmmss,
    IDENTIFIER_FORMATS,
  organizationCheckChar,
  residentIdCheckChar,
  todayInChina,
  usccCheckChar,
} from "../../src/identifiers/index.ts";

type Row = [value: string, want: true | string];

/** Runs a check over rows of [value, true | the reason it must give]. */
function table(name: string, check: (v: string) => true | string, rows: Row[]) {
  describe(name, () => {
    it.each(rows)("%s → %s", (value, want) => expect(check(value)).toBe(want));
  });
}

// Valid codes below were computed with the check functions' own alphabets; the real-world ones are
// marked, and the check-character helpers are also tested against them.
table("organization code (GB 11714)", checkOrganizationCode, [
  ["551385082", true], // Xiaomi's, inside its USCC
  ["784765385", true], // inside the real 统一交易标识码 of the reference
  ["MA2Y00001", true],
  ["551385083", "check-digit"],
  ["55138508", "length"],
  ["55138508-2", "length"],
  ["5513850a2", "charset"],
]);

table("unified social credit code (GB 32100)", checkUscc, [
  ["91110108551385082Q", true], // real: 小米科技有限责任公司
  ["123100007847653857", true], // real: inside the reference's 统一交易标识码
  ["91350200MA2Y00001N", true],
  ["91350203705418044W", true],
  ["12350200426601014N", true],
  ["91110108551385082R", "check-digit"],
  ["91110108551385092Q", "org-check-digit"], // one digit of the organisation code changed
  ["91110108551385082", "length"],
  ["91110108551385082QQ", "length"],
  ["9111010855138508IQ", "charset"], // I is not in the alphabet
  ["91110108551385082O", "charset"],
  ["91110108551385082q", "charset"],
]);

describe("USCC and organisation-code check characters", () => {
  it("give the real codes' last characters", () => {
    expect(usccCheckChar("91110108551385082")).toBe("Q");
    expect(organizationCheckChar("55138508")).toBe("2");
    expect(organizationCheckChar("00000000")).toBe("0"); // 11 − 0 = 11 → 0
  });
});

const today = 20261127;
table("resident ID number (GB 11643)", (v) => checkResidentId(v, today), [
  ["11010519491231002X", true], // the standard's own example
  ["350203198507151235", true],
  ["350211199201010020", true],
  ["350203202611270014", true], // born today
  ["35020320261128001X", "birth-date"], // born tomorrow
  ["350206199002290014", "birth-date"], // 1990 was not a leap year
  ["350206199013010014", "birth-date"],
  ["350206188012310011", "birth-date"], // before 1890
  ["350203198507151234", "check-digit"],
  ["11010519491231002x", "check-digit"], // the standard writes X
  ["990203198507151234", "region"], // no province 99
  ["35020319850715123", "length"],
  ["350203850715123", "length"], // 15-digit numbers of GB 11643-1989
  ["35020319850715A235", "digits"],
]);

describe("resident ID check character", () => {
  it("is the standard's example's X", () => expect(residentIdCheckChar("11010519491231002")).toBe("X"));
  it("accepts an abolished county code of a known province", () => {
    // 350204 was 开元区 of Xiamen, merged into 思明区 in 2003: the list keeps it with validUntil (a
    // record of today's date is rejected by rule field-code-period); a resident ID keeps it for life.
    expect(checkRegion("350204")).toBe(true);
    expect(checkRegion("350299")).toBe("unknown");
    expect(checkResidentId("35020419800101001X", today)).toBe(true);
  });
});

table("GB/T 2260 region code", checkRegion, [
  ["350203", true],
  ["350205", true],
  ["350213", true],
  ["350200", true],
  ["350000", true],
  ["810000", true],
  ["350299", "unknown"],
  ["999999", "unknown"],
  ["35020", "length"],
  ["3502030", "length"],
]);

table("investment project code (GB/T 40058)", checkInvestProjectCode, [
  ["2509-320193-89-01-544060", true], // real, GB/T 40058 shape (YYMM)
  ["2017-350203-48-01-012345", true], // older shape (year)
  ["2101-350211-04-01-A3F21K", true],
  ["2509-320193-89-01-54406", "length"],
  ["2509320193890154406012", "length"],
  ["2509-320193-89-01_544060", "shape"],
  ["2509-32019A-89-01-544060", "shape"],
  ["2509-320193-89-01-54406a", "shape"],
  ["25A9-320193-89-01-544060", "shape"],
  ["2513-320193-89-01-544060", "time-code"], // month 13, and not a year
  ["1899-320193-89-01-544060", "time-code"],
]);

table("unified deal code", checkUnifiedDealCode, [
  ["A02-123100007847653857-20161012-000015-Q", true], // real, from the reference
  ["A01-91350200MA2Y00001N-20261127-000001-1", true],
  ["A02-123100007847653857-20161012-000015", "length"],
  ["A02_123100007847653857-20161012-000015-Q", "shape"],
  ["a02-123100007847653857-20161012-000015-Q", "shape"],
  ["A02-123100007847653857-20161012-00001X-Q", "shape"],
  ["A02-123100007847653858-20161012-000015-Q", "uscc"],
  ["A02-123100007847653857-20161312-000015-Q", "date"],
]);

table("DATA_KEY", checkDataKey, [
  ["0201500202611270000001", true],
  ["02015010000000000ab-01", true],
  ["020150020261127000001", "length"],
  ["02 1500202611270000001", "system-no"],
  ["0201X00202611270000001", "data-no"],
  ["0201500202611270 00001", "charset"],
  ["020150020261127000000中", "charset"],
]);

describe("DATA_KEY prefix", () => {
  it.each([
    ["0201500202611270000001", 500, "0201", true],
    ["0201500202611270000001", 500, undefined, true],
    ["0201500202611270000001", 501, "0201", "data-no-prefix"],
    ["0201500202611270000001", 500, "0202", "system-no-prefix"],
    ["020155020261127000001X", 5501, undefined, "data-no-prefix"],
    ["0201550102611270000001", 5501, "0201", true],
  ] as const)("%s with DATA_NO %s and SYSTEM_NO %s → %s", (key, no, sys, want) => expect(checkDataKeyPrefix(key, no, sys)).toBe(want));
});

table("yyyyMMdd", checkYyyyMMdd, [
  ["20261127", true],
  ["20240229", true],
  ["20000229", true], // divisible by 400
  ["99991231", true], // "no expiry"
  ["19000229", "day"], // divisible by 100
  ["20250229", "day"],
  ["20260431", "day"],
  ["20260001", "month"],
  ["20261301", "month"],
  ["20261100", "day"],
  ["18991231", "year"],
  ["2026-11-27", "length"],
  ["2026112", "length"],
  ["2026112a", "digits"],
]);

table("yyyyMMddHHmmss", checkYyyyMMddHHmmss, [
  ["20261127093000", true],
  ["20261127235959", true],
  ["20261127000000", true],
  ["20261127240000", "time"],
  ["20261127236000", "time"],
  ["20261127235960", "time"],
  ["20261131093000", "day"],
  ["2026112709300", "length"],
  ["20261127 93000", "digits"],
]);

describe("code hierarchy", () => {
  const P = "E3502032026110001";
  const T = P + "001";
  const B = T + "001";
  it.each([
    [{ PROJECT_CODE: P, TENDER_PROJECT_CODE: T, BID_SECTION_CODE: B }, true],
    [{ TENDER_PROJECT_CODE: T, BID_SECTION_CODE: B }, true],
    [{ PROJECT_CODE: P, BID_SECTION_CODE: B }, true],
    [{ BID_SECTION_CODE: B }, true],
    [{ PROJECT_CODE: P, TENDER_PROJECT_CODE: "E3502032026110002001" }, [{ field: "TENDER_PROJECT_CODE", parentField: "PROJECT_CODE" }]],
    [{ TENDER_PROJECT_CODE: T, BID_SECTION_CODE: "E35020320261100010020001" }, [{ field: "BID_SECTION_CODE", parentField: "TENDER_PROJECT_CODE" }]],
    [{ PROJECT_CODE: P, BID_SECTION_CODE: "E3502032026110009001001" }, [{ field: "BID_SECTION_CODE", parentField: "PROJECT_CODE" }]],
    [{ PROJECT_CODE: P, TENDER_PROJECT_CODE: P }, [{ field: "TENDER_PROJECT_CODE", parentField: "PROJECT_CODE" }]],
    [
      { PROJECT_CODE: P, TENDER_PROJECT_CODE: "X" + T.slice(1), BID_SECTION_CODE: "Y" + B.slice(1) },
      [
        { field: "TENDER_PROJECT_CODE", parentField: "PROJECT_CODE" },
        { field: "BID_SECTION_CODE", parentField: "TENDER_PROJECT_CODE" },
      ],
    ],
  ])("%o → %o", (fields, want) => expect(checkCodeHierarchy(fields)).toEqual(want));
});

describe("today in China", () => {
  it("is UTC+8", () => {
    expect(todayInChina(Date.UTC(2026, 10, 26, 15, 59, 59))).toBe(20261126);
    expect(todayInChina(Date.UTC(2026, 10, 26, 16, 0, 0))).toBe(20261127);
    expect(todayInChina(Date.UTC(2026, 10, 26, 15, 0, 0))).toBe(20261126);
  });
});

describe("IDENTIFIER_FORMATS", () => {
  it("names every format the validator registers, each rejecting an empty value", () => {
    for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) expect(check(""), name).not.toBe(true);
  });
});
