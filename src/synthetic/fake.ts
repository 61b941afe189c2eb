/**
 * Plausible values built from a PRNG: people, phones, addresses, and identifiers whose check
 * characters are computed by src/identifiers (GB 32100 with the embedded GB 11714, GB 11643).
 */
import { organizationCheckChar, residentIdCheckChar, usccCheckChar } from "../identifiers/index.ts";
import { loadCodelists } from "../specs/codelists.ts";
import type { Rng } from "./prng.ts";
import { DEFAULT_ROADS, FUJIAN_REGIONS, GIVEN, ROADS, SURNAMES, XIAMEN, XIAMEN_DISTRICTS } from "./vocab.ts";

/** The 31 characters of GB 32100 (no I, O, S, V, Z). */
const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

let regionNames: Map<string, string> | undefined;

/** The name of a GB/T 2260 code from the REGION code list ("" when unknown). */
export function regionName(code: string): string {
  regionNames ??= new Map((loadCodelists().get("REGION")?.codes ?? []).map((c) => [c.code, c.zh]));
  return regionNames.get(code) ?? "";
}

/** The city-level code (设区市) of a county-level GB/T 2260 code: 350203 → 350200. */
export const cityOf = (code: string): string => `${code.slice(0, 4)}00`;

/** Codes of `candidates` that the REGION code list has and has not abolished (all of them when the list is absent). */
export function knownRegions(candidates: readonly string[]): string[] {
  const list = loadCodelists().get("REGION");
  if (!list) return [...candidates];
  const have = new Set(list.codes.filter((c) => c.validUntil === undefined).map((c) => c.code));
  return candidates.filter((c) => have.has(c));
}

export interface Person {
  name: string;
  idCard: string;
  male: boolean;
  /** yyyyMMdd */
  birth: string;
  phone: string;
  region: string;
}

/** A 9-character organisation code (GB 11714) from an 8-character body. */
export function organizationCode(body: string): string {
  return body + organizationCheckChar(body)!;
}

/** A unified social credit code (GB 32100): 2-character kind, region, organisation-code body. */
export function uscc(kind: string, region: string, body: string): string {
  const first17 = kind + region + organizationCode(body);
  return first17 + usccCheckChar(first17)!;
}

/** `n` (0 ≤ n < 31^len) written in the GB 32100 alphabet, `len` characters. */
export function base31(n: number, len: number): string {
  let s = "";
  for (let i = 0; i < len; i++) {
    s = USCC_ALPHABET[n % 31] + s;
    n = Math.floor(n / 31);
  }
  return s;
}

/** A bijective scramble of [0, m) (m not a multiple of 7919), so that serial numbers do not look serial. */
export const scramble = (n: number, m: number, offset: number): number => (((n * 7919 + offset) % m) + m) % m;

let regionChoices: { districts: string[]; fujian: string[] } | undefined;

function choices() {
  if (!regionChoices) {
    regionChoices = { districts: knownRegions(XIAMEN_DISTRICTS), fujian: knownRegions(FUJIAN_REGIONS) };
    if (regionChoices.districts.length === 0) throw new Error("the REGION code list has none of Xiamen's districts");
  }
  return regionChoices;
}

export class Fake {
  readonly districts: string[];
  readonly fujian: string[];

  constructor(readonly rng: Rng) {
    ({ districts: this.districts, fujian: this.fujian } = choices());
  }

  district(): string {
    return this.rng.pick(this.districts);
  }

  /** A registration region: mostly a Xiamen district, sometimes elsewhere in Fujian. */
  companyRegion(): string {
    return this.fujian.length > 0 && this.rng.chance(0.15) ? this.rng.pick(this.fujian) : this.district();
  }

  personName(): string {
    const r = this.rng;
    return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.75) ? r.pick(GIVEN) : "");
  }

  mobile(): string {
    return this.rng.pick(["13", "15", "18", "17", "19"]) + this.rng.digits(9);
  }

  landline(): string {
    return `0592-${this.rng.int(2, 8)}${this.rng.digits(6)}`;
  }

  /** A resident ID number (GB 11643) of someone born in [fromYear, toYear]. */
  residentId(region: string, male: boolean, fromYear = 1960, toYear = 1998): { id: string; birth: string } {
    const r = this.rng;
    const y = r.int(fromYear, toYear);
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    const birth = `${y}${m < 10 ? "0" : ""}${m}${d < 10 ? "0" : ""}${d}`;
    const seq = r.int(0, 49) * 10 + r.int(0, 4) * 2 + (male ? 1 : 0);
    const first17 = region + birth + String(seq).padStart(3, "0");
    return { id: first17 + residentIdCheckChar(first17)!, birth };
  }

  person(region = this.district(), fromYear = 1960, toYear = 1998): Person {
    const male = this.rng.chance(0.7);
    const { id, birth } = this.residentId(region, male, fromYear, toYear);
    return { name: this.personName(), idCard: id, male, birth, phone: this.mobile(), region };
  }

  address(region: string): string {
    const r = this.rng;
    const city = region.startsWith("3502") ? "厦门市" : regionName(region.slice(0, 4) + "00") || "福建省";
    return `${city}${regionName(region)}${r.pick(ROADS[region] ?? DEFAULT_ROADS)}${r.int(1, 999)}号${r.chance(0.4) ? `${r.int(1, 30)}层` : ""}`;
  }

  hex(count: number): string {
    return this.rng.hex(count);
  }

  md5(): string {
    return this.hex(32);
  }

  /** A random organisation-code body for codes that no party owns (departments, say). */
  orgBody(): string {
    return this.rng.chars(USCC_ALPHABET, 8);
  }

  /** A USCC of a random organisation (government body when `government`). */
  randomUscc(region = XIAMEN, government = false): string {
    return uscc(government ? "11" : "91", region, this.orgBody());
  }
}
