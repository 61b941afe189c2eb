/**
 * minLength and maxLength with ajv's own meaning — the length in Unicode code points, a surrogate pair
 * counting once — but a fast path on the UTF-16 length, which ajv's keywords do not take: they count
 * every string's code points, twice for a fixed length (cN), and on long Chinese texts that was the
 * larger part of the validator's time. Since code points ≤ UTF-16 units ≤ 2 × code points, the count
 * is needed only when the UTF-16 length alone cannot decide.
 */
import { _, str, type Ajv, type KeywordCxt } from "ajv";

/** The number of Unicode code points of `s` (what ajv's ucs2length counts). */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Replaces ajv's minLength and maxLength by the same checks with the fast path; errors stay as ajv's. */
export function useFastLengthKeywords(ajv: Ajv): void {
  for (const keyword of ["maxLength", "minLength"] as const) {
    ajv.removeKeyword(keyword);
    ajv.addKeyword({
      keyword,
      type: "string",
      schemaType: "number",
      before: "pattern", // where ajv's own stand: a length failure is reported before the value's form
      error: {
        message: ({ schemaCode }) => str`must NOT have ${keyword === "maxLength" ? "more" : "fewer"} than ${schemaCode} characters`,
        params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
      },
      code(cxt: KeywordCxt) {
        const { data, schemaCode, gen } = cxt;
        const count = gen.scopeValue("func", { ref: codePoints });
        cxt.fail(
          keyword === "maxLength"
            ? _`${data}.length > ${schemaCode} && ${count}(${data}) > ${schemaCode}`
            : _`${data}.length < ${schemaCode} || (${data}.length < 2 * ${schemaCode} && ${count}(${data}) < ${schemaCode})`,
        );
      },
    });
  }
}
