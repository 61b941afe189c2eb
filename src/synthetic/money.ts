import { loadQualityRules } from "../quality/rules.ts";

/**
 * Amounts are kept in fen (integer hundredths of a yuan, exact up to 9×10^15) and written as the
 * norm's decimal strings in 元 or 万元, so the same amount reads alike after normalising PRICE_UNIT.
 */

/** `fen` written in yuan (unitDigits 2) or ten-thousand yuan (unitDigits 6), trailing zeros trimmed. */
export function decimal(fen: number, wan: boolean): string {
  const div = wan ? 1_000_000 : 100;
  const whole = Math.floor(fen / div);
  const frac = String(fen % div)
    .padStart(wan ? 6 : 2, "0")
    .replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

/** The amount in fen of a decimal string in the unit (yuan, or ten-thousand yuan). */
export function toFen(text: string, wan: boolean): number {
  const [whole = "0", frac = ""] = text.split(".");
  const digits = wan ? 6 : 2;
  return Number(whole) * 10 ** digits + Number((frac + "000000").slice(0, digits));
}

/** The price patterns the collusion rules flag (their parameters in specs/quality/collusion.yaml). */
export interface PriceLimits {
  /** QW-PRICE-PATTERN: this many prices in a row, in price order … */
  minRun: number;
  /** … whose steps differ by at most this share of their mean. */
  tolerance: number;
  /** QW-PRICE-BAND: all prices within this share of the lowest. */
  band: number;
}

let limits: PriceLimits | undefined;

/** The limits of the rule book, or cautious defaults when it cannot be read. */
export function priceLimits(): PriceLimits {
  if (!limits) {
    limits = { minRun: 3, tolerance: 0.02, band: 0.005 };
    try {
      const book = loadQualityRules();
      const pattern = book.byId.get("QW-PRICE-PATTERN")?.params;
      const band = book.byId.get("QW-PRICE-BAND")?.params;
      if (typeof pattern?.minRun === "number") limits.minRun = pattern.minRun;
      if (typeof pattern?.tolerance === "number") limits.tolerance = pattern.tolerance;
      if (typeof band?.band === "number") limits.band = band.band;
    } catch {
      // no rule book: keep the defaults
    }
  }
  return limits;
}

/** Whether `minRun − 1` neighbouring steps are equal within `tolerance` of their mean. */
export function regularRun(steps: readonly number[], minRun: number, tolerance: number): boolean {
  const width = Math.max(1, minRun - 1);
  for (let i = 0; i + width <= steps.length; i++) {
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let j = i; j < i + width; j++) {
      min = Math.min(min, steps[j]!);
      max = Math.max(max, steps[j]!);
      sum += steps[j]!;
    }
    if (max - min <= (tolerance * sum) / width) return true;
  }
  return false;
}

/** The steps between neighbouring prices in price order, as differences and as log-ratios. */
export function steps(prices: readonly number[]): { diffs: number[]; logs: number[] } {
  const sorted = [...prices].sort((a, b) => a - b);
  return { diffs: sorted.slice(1).map((p, i) => p - sorted[i]!), logs: sorted.slice(1).map((p, i) => Math.log(p / sorted[i]!)) };
}

/**
 * Whether bid prices look competitive: spread wider than the collusion band and no run of prices in
 * a near-arithmetic or near-geometric sequence, each with `margin` times the rules' thresholds, so that
 * clean data stays far from QW-PRICE-BAND and QW-PRICE-PATTERN. `minSpread` 0 checks the runs only.
 */
export function competitive(prices: readonly number[], minSpread = 0.03, margin = 5): boolean {
  if (prices.length < 2) return true;
  const { minRun, tolerance, band } = priceLimits();
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  if (lo <= 0 || (minSpread > 0 && (hi - lo) / lo < Math.max(minSpread, band * margin))) return false;
  const { diffs, logs } = steps(prices);
  if (diffs.some((d) => d === 0)) return false;
  return !regularRun(diffs, minRun, tolerance * margin) && !regularRun(logs, minRun, tolerance * margin);
}
