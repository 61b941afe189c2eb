/** Helpers the evaluators share. */
import type { Context } from "../engine.ts";

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Whether a value is missing, empty or only white space; the trim is skipped when neither end is a
 * space. (No closure is created here: this runs for every mandatory field of every record.)
 */
export function isBlank(v: unknown): boolean {
  if (typeof v !== "string" || v.length === 0) return true;
  return (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1))) && v.trim() === "";
}

/** Field → the values that meet the condition. */
export type When = Record<string, string[]>;

/** Whether the record's fields have one of the listed values each. */
export function matches(c: Context, when: When | undefined): boolean {
  if (!when) return true;
  for (const field in when) if (!when[field]!.includes(c[field] as string)) return false;
  return true;
}

/** "TENDER_ORGANIZE_FORM=2" */
export const showWhen = (when: When | undefined): string =>
  Object.entries(when ?? {})
    .map(([f, vs]) => `${f}=${vs.join("/")}`)
    .join(", ");

/** Appends to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
