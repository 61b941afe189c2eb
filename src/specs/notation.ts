/**
 * The norm's field-type notation (GB/T 7408-style "数据类型及格式" of the official spreadsheets),
 * and the JSON Schema constraints each form stands for. Numbers travel as decimal strings.
 */
export type Notation =
  | { kind: "char"; fixed?: number; max?: number }
  | { kind: "number"; integerDigits: number; decimalDigits: number }
  | { kind: "datetime" }
  | { kind: "date" }
  | { kind: "text" };

export function parseNotation(text: string): Notation {
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^c\.\.(\d+)$/))) return { kind: "char", max: Number(m[1]) };
  if ((m = text.match(/^c(\d+)$/))) return { kind: "char", fixed: Number(m[1]) };
  if ((m = text.match(/^n\((\d+),(\d+)\)$/))) return { kind: "number", integerDigits: Number(m[1]), decimalDigits: Number(m[2]) };
  if ((m = text.match(/^n(?:\.\.)?(\d+)$/))) return { kind: "number", integerDigits: Number(m[1]), decimalDigits: 0 };
  if (text === "yyyyMMddHHmmss") return { kind: "datetime" };
  if (text === "yyyyMMdd") return { kind: "date" };
  if (text === "ul") return { kind: "text" };
  throw new Error(`unknown type notation "${text}" (expected c..N, cN, n(I,D), n..N, yyyyMMddHHmmss, yyyyMMdd or ul)`);
}

/** The JSON Schema keywords that carry a notation's constraints. */
export function notationConstraints(n: Notation): Record<string, unknown> {
  switch (n.kind) {
    case "char":
      return n.fixed !== undefined ? { minLength: n.fixed, maxLength: n.fixed } : { maxLength: n.max };
    case "number":
      return {
        pattern:
          n.decimalDigits > 0
            ? `^-?\\d{1,${n.integerDigits}}(\\.\\d{1,${n.decimalDigits}})?$`
            : `^-?\\d{1,${n.integerDigits}}$`,
      };
    case "datetime":
      return { format: "yyyyMMddHHmmss" };
    case "date":
      return { format: "yyyyMMdd" };
    case "text":
      return {};
  }
}
