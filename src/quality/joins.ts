/**
 * How records are joined across data sets (specs/quality/common.yaml `joins`): a join key is a code
 * value (a field may hold several codes, e.g. 503 BID_SECTION_CODES), prefixed by its parent's code
 * where codes are unique only within a parent (a procurement lot within its project). A record with an
 * empty lot field joins its project's wildcard lot `*`.
 */
export interface JoinSpec {
  fields: string[];
  within?: string;
}

export const WILDCARD = "*";

/** One key of a record and the field it came from. */
export interface JoinKey {
  key: string;
  field: string;
}

const isBlank = (v: unknown): boolean => typeof v !== "string" || v.trim() === "";

export class Joins {
  private readonly separator: RegExp;

  constructor(
    private readonly specs: Record<string, JoinSpec>,
    separators: string,
  ) {
    this.separator = new RegExp(`[${separators.replace(/[\]\\^-]/g, "\\$&")}\\s]+`);
  }

  has(join: string): boolean {
    return join in this.specs;
  }

  spec(join: string): JoinSpec {
    const s = this.specs[join];
    if (!s) throw new Error(`specs/quality/common.yaml: no join ${join}`);
    return s;
  }

  /** The codes a field holds (several when separated). */
  split(value: unknown): string[] {
    if (isBlank(value)) return [];
    const v = (value as string).trim();
    return this.separator.test(v) ? [...new Set(v.split(this.separator).filter((s) => s !== ""))] : [v];
  }

  /** The record's keys of `join`, each with its field (`codes` splits a field, when the caller caches it). */
  entries(join: string, c: Record<string, unknown>, codes: (field: string) => readonly string[] = (f) => this.split(c[f])): JoinKey[] {
    const spec = this.spec(join);
    let prefix = "";
    if (spec.within !== undefined) {
      if (isBlank(c[spec.within])) return [];
      prefix = (c[spec.within] as string).trim() + "|";
    }
    const out: JoinKey[] = [];
    for (const field of spec.fields) for (const code of codes(field)) out.push({ key: prefix + code, field });
    if (out.length === 0 && spec.within !== undefined) out.push({ key: prefix + WILDCARD, field: spec.fields[0]! });
    return out;
  }

  keys(join: string, c: Record<string, unknown>): string[] {
    const spec = this.spec(join);
    if (spec.within === undefined && spec.fields.length === 1) return this.split(c[spec.fields[0]!]);
    return this.entries(join, c).map((e) => e.key);
  }

  /** The wildcard key of a key of a join `within` a parent (undefined for other joins or a wildcard key). */
  wildcard(join: string, key: string): string | undefined {
    if (this.spec(join).within === undefined) return undefined;
    const at = key.lastIndexOf("|");
    const w = key.slice(0, at + 1) + WILDCARD;
    return w === key ? undefined : w;
  }

  /** A key as a reader writes it (the lot `*` of a project as the project's code). */
  show(key: string): string {
    return key.endsWith("|" + WILDCARD) ? key.slice(0, -2) : key.replace("|", " / ");
  }
}
