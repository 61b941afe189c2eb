/**
 * 行政区划代码 — administrative division code, GB/T 2260.
 *
 * Six digits: 2 province, 2 city, 2 county. A code is valid when it is in the bundle's code list
 * specs/codelists/REGION.json (every province, city and county of China, and the codes abolished since
 * 2000 with their validity period), read once into a Set on first use. Whether a code with a period fits
 * a record's date is the validator's rule field-code-period, not this check. Resident ID numbers are checked at province level only (./resident-id.ts): people keep
 * the number of a county that has since been merged or renamed.
 */
import { codelist } from "../specs/codelists.ts";

export type RegionProblem = "length" | "unknown";

let regions: { all: Set<string>; provinces: Set<string> } | undefined;

function regionSets() {
  if (!regions) {
    const codes = codelist("REGION").codes as Array<{ code: string; level?: string }>;
    regions = {
      all: new Set(codes.map((c) => c.code)),
      provinces: new Set(codes.filter((c) => c.level === "province").map((c) => c.code.slice(0, 2))),
    };
  }
  return regions;
}

/** Checks a GB/T 2260 code against the table. */
export function checkRegion(value: string): true | RegionProblem {
  if (value.length !== 6) return "length";
  return regionSets().all.has(value) ? true : "unknown";
}

export const isRegion = (value: string): boolean => checkRegion(value) === true;

/** Whether value[from, from+2) is the first two digits of a province-level code of the table. */
export function isProvincePrefix(value: string, from = 0): boolean {
  return regionSets().provinces.has(value.slice(from, from + 2));
}
