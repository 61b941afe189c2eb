/**
 * The generator's only source of randomness: sfc32 (Chris Doty-Humphrey's small fast counter, 128-bit
 * state), seeded from a number or a string. Deterministic for a seed; never Math.random.
 */

/** A 32-bit hash of a string (FNV-1a), for seeding from text and deriving sub-streams. */
export function hash32(text: string, h = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const DIGITS3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string, stream = 0) {
    const s = typeof seed === "string" ? hash32(seed) : seed >>> 0;
    this.a = s ^ 0x9e3779b9;
    this.b = (stream >>> 0) ^ 0x243f6a88;
    this.c = Math.imul(s, 0x85ebca6b) ^ 0xb7e15162;
    this.d = 1;
    for (let i = 0; i < 15; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** A uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A uniform float in [min, max). */
  range(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** `count` distinct integers from [0, n), in random order (count ≤ n). */
  sample(n: number, count: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    while (out.length < count) {
      const i = Math.floor(this.next() * n);
      if (!seen.has(i)) {
        seen.add(i);
        out.push(i);
      }
    }
    return out;
  }

  /** `count` digits as a string. */
  digits(count: number): string {
    let s = "";
    while (s.length < count) {
      const n = this.u32() % 1_000_000;
      s += DIGITS3[Math.floor(n / 1000)]! + DIGITS3[n % 1000]!;
    }
    return s.length === count ? s : s.slice(0, count);
  }

  /** `count` lowercase hexadecimal digits. */
  hex(count: number): string {
    let s = "";
    while (s.length < count) {
      const n = this.u32();
      s += HEX2[n >>> 24]! + HEX2[(n >>> 16) & 255]! + HEX2[(n >>> 8) & 255]! + HEX2[n & 255]!;
    }
    return s.length === count ? s : s.slice(0, count);
  }

  /** `count` characters of `alphabet`. */
  chars(alphabet: string, count: number): string {
    let s = "";
    for (let i = 0; i < count; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
}
