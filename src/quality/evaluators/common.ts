/** Helpers the evaluators share. */
import type { Context } from "../engine.ts";

export const isBlank = (v: unknown): boolean => typeof v !== "string" || v.trim() === "";

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
