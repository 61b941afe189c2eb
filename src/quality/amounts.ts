/**
 * Amounts of the norm (decimal strings, n(14,6)) normalised to yuan by their PRICE_UNIT code, whose
 * multiplier is in specs/codelists/PRICE_UNIT.yaml. Exact comparisons use integer millionths of a yuan
 * (bigint), so that 1234.56789 万元 equals 12345678.90 元 to the last digit; statistics use numbers.
 */
import type { Codelist } from "../specs/codelists.ts";
import type { LocalizedText } from "../specs/manifest.ts";

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Millionths of a yuan: a number while it is a safe integer (every amount under 9×10⁹ yuan), else a bigint. */
export type Micro = number | bigint;

/** Whether two amounts in millionths of a yuan are equal, whatever their representation. */
export const sameMicro = (a: Micro, b: Micro): boolean => (typeof a === typeof b ? a === b : BigInt(a) === BigInt(b));

export class Amounts {
  private readonly units = new Map<string, { big: bigint; num: number; name: LocalizedText }>();
  /** The unit of an amount whose unit field is empty: the code whose multiplier is 1 (yuan). */
  private readonly base: { big: bigint; num: number; name: LocalizedText };

  constructor(priceUnit: Codelist) {
    for (const c of priceUnit.codes) {
      if (typeof c.multiplier !== "number") throw new Error(`specs/codelists/PRICE_UNIT.yaml: code ${c.code} has no multiplier`);
      this.units.set(c.code, { big: BigInt(c.multiplier), num: c.multiplier, name: { zh: c.zh, en: c.en } });
    }
    const base = [...this.units.values()].find((u) => u.num === 1);
    if (!base) throw new Error("specs/codelists/PRICE_UNIT.yaml: no code with multiplier 1 (yuan)");
    this.base = base;
  }

  private unit(code: unknown) {
    return code === undefined || code === "" ? this.base : this.units.get(String(code));
  }

  /** The name of a unit code (yuan when empty). */
  unitName(code: unknown): LocalizedText | undefined {
    return this.unit(code)?.name;
  }

  /** The amount in millionths of a yuan; undefined when it is not a decimal or the unit is unknown. */
  micro(amount: unknown, unitCode: unknown): Micro | undefined {
    if (typeof amount !== "string") return undefined;
    const m = DECIMAL.exec(amount);
    const unit = this.unit(unitCode);
    if (!m || !unit) return undefined;
    const frac = (m[3] ?? "").padEnd(6, "0").slice(0, 6);
    if (m[2]!.length <= 9) {
      const v = (Number(m[2]) * 1_000_000 + Number(frac)) * unit.num;
      if (Number.isSafeInteger(v)) return m[1] ? -v : v;
    }
    const v = BigInt(m[2]!) * 1_000_000n + BigInt(frac);
    return (m[1] ? -v : v) * unit.big;
  }

  /** The amount in yuan, as a number; undefined when it is not a decimal or the unit is unknown. */
  yuan(amount: unknown, unitCode: unknown): number | undefined {
    if (typeof amount !== "string" || !DECIMAL.test(amount)) return undefined;
    const unit = this.unit(unitCode);
    return unit ? Number(amount) * unit.num : undefined;
  }
}

/** Millionths of a yuan written as yuan: 12345678.9 (no trailing zeros). */
export function showMicro(value: Micro): string {
  const micro = BigInt(value);
  const neg = micro < 0n;
  const abs = neg ? -micro : micro;
  const frac = (abs % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${abs / 1_000_000n}${frac ? "." + frac : ""}`;
}

/** Yuan as a number written with up to two decimals. */
export const showYuan = (yuan: number): string => (Math.round(yuan * 100) / 100).toString();
