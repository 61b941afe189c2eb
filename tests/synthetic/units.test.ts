// The generator's small parts: amounts in 元 and 万元, the competitive-price check, identifiers with
// their check characters, times and working days, the PRNG.
import { describe, expect, it } from "vitest";
import { isResidentId, isUscc } from "../../src/identifiers/index.ts";
import { Fake, base31, organizationCode, uscc } from "../../src/synthetic/fake.ts";
import { competitive, decimal, priceLimits, regularRun, toFen } from "../../src/synthetic/money.ts";
import { Rng } from "../../src/synthetic/prng.ts";
import { WorkingDays } from "../../src/quality/calendar.ts";
import { addWorkdays, at, calendarDays, dayOf, onWorkday, parseTime, ymd, ymdhms } from "../../src/synthetic/time.ts";

describe("amounts", () => {
  it.each([
    [123_456_789, false, "1234567.89"],
    [123_456_789, true, "123.456789"],
    [100_000_000, true, "100"],
    [150, false, "1.5"],
    [500_000_000_000, true, "500000"],
    [7, true, "0.000007"],
  ])("%i fen in %s units of 万元 reads %s, and back", (fen, wan, text) => {
    expect(decimal(fen, wan)).toBe(text);
    expect(toFen(text, wan)).toBe(fen);
  });
});

describe("competitive prices", () => {
  const { tolerance, minRun, band } = priceLimits();
  it("reads its limits from the collusion rules", () => {
    expect(minRun).toBeGreaterThanOrEqual(2);
    expect(tolerance).toBeGreaterThan(0);
    expect(band).toBeGreaterThan(0);
  });
  it.each([
    ["spread and irregular", [100_000, 93_100, 97_000, 88_000, 91_700], true],
    ["an arithmetic run", Array.from({ length: Math.max(minRun, 4) }, (_, i) => 100_000 - i * 1_500).concat([80_000]), false],
    ["a geometric run", Array.from({ length: Math.max(minRun, 4) }, (_, i) => Math.round(100_000 * 0.98 ** i)).concat([70_000]), false],
    ["a narrow band", [100_000, 99_990, 99_975, 99_940], false],
    ["two equal prices", [100_000, 95_000, 95_000, 90_000], false],
  ])("%s: %j → %s", (_name, prices, ok) => {
    expect(competitive(prices)).toBe(ok);
  });
  it("finds regular runs of the rule's length only", () => {
    expect(regularRun([10, 10.1, 9.95], 4, 0.02)).toBe(true);
    expect(regularRun([10, 12, 10], 4, 0.02)).toBe(false);
    expect(regularRun([10, 10.1], 4, 0.02)).toBe(false);
  });
});

describe("identifiers", () => {
  it("builds GB 32100's own example code 91350100M000100Y43 (GB 11714 check 4, GB 32100 check 3)", () => {
    expect(organizationCode("M000100Y")).toBe("M000100Y4");
    expect(uscc("91", "350100", "M000100Y")).toBe("91350100M000100Y43");
  });
  it("makes codes and ID numbers that src/identifiers accepts", () => {
    const f = new Fake(new Rng(5));
    for (let i = 0; i < 200; i++) {
      expect(isUscc(f.randomUscc(f.district(), i % 2 === 0))).toBe(true);
      expect(isResidentId(f.person().idCard)).toBe(true);
    }
    expect(uscc("91", "350203", "MA" + base31(123_456, 6))).toHaveLength(18);
  });
  it("keeps a man's ID sequence odd and a woman's even", () => {
    const f = new Fake(new Rng(6));
    for (const male of [true, false]) expect(Number(f.residentId("350203", male).id[16]) % 2).toBe(male ? 1 : 0);
  });
});

describe("times", () => {
  it("writes the norm's notations and reads them back", () => {
    const t = at(2025, 3, 7, 9, 5, 2);
    expect(ymdhms(t)).toBe("20250307090502");
    expect(ymd(t)).toBe("20250307");
    expect(parseTime("20250307090502")).toBe(t);
    expect(calendarDays(at(2025, 3, 7, 23), at(2025, 3, 8, 1))).toBe(1);
  });
  it("moves along the working-day calendar's weekends, holidays and make-up days", () => {
    const cal = new WorkingDays({ weekend: [6, 7], holidays: ["20251001"], workdays: ["20250928"] });
    const day = (m: number, d: number) => dayOf(at(2025, m, d));
    expect(cal.isWorkday(day(9, 27))).toBe(false); // Saturday
    expect(cal.isWorkday(day(9, 28))).toBe(true); // a Sunday worked
    expect(cal.isWorkday(day(10, 1))).toBe(false); // a holiday
    expect(cal.between(day(9, 26), day(9, 30))).toBe(3); // Sun 28, Mon 29, Tue 30; not Fri 26 itself
    expect(cal.between(day(9, 30), day(10, 2))).toBe(1); // Thu 2; Wed 1 is a holiday
    expect(addWorkdays(cal, at(2025, 9, 26, 10), 1)).toBe(at(2025, 9, 28, 10));
    expect(onWorkday(cal, at(2025, 9, 27, 10))).toBe(at(2025, 9, 28, 10));
    expect(onWorkday(cal, at(2025, 9, 29, 10))).toBe(at(2025, 9, 29, 10));
  });
});

describe("the PRNG", () => {
  it("repeats for a seed and keeps its ranges", () => {
    const a = new Rng("seed");
    const b = new Rng("seed");
    for (let i = 0; i < 100; i++) expect(a.u32()).toBe(b.u32());
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 12);
      expect(n >= 3 && n <= 12 && Number.isInteger(n)).toBe(true);
    }
    expect(r.digits(15)).toMatch(/^\d{15}$/);
    expect(r.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(r.sample(10, 10)).size).toBe(10);
  });
});
