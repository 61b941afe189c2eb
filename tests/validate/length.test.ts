import { describe, expect, it } from "vitest";
import { codePoints } from "../../src/validate/length.ts";
import { createAjv } from "../../src/validate/contracts.ts";

describe("minLength and maxLength with the fast path", () => {
  const ajv = createAjv([]);
  const fixed = ajv.compile({ type: "string", minLength: 2, maxLength: 2 });
  const upTo = ajv.compile({ type: "string", maxLength: 2 });
  const atLeast = ajv.compile({ type: "string", minLength: 3 });

  it("count code points as ajv does: a surrogate pair is one character", () => {
    expect(codePoints("𠮷a")).toBe(2);
    expect(codePoints("思明区")).toBe(3);
    expect(codePoints("\ud842")).toBe(1); // a lone surrogate
  });

  it.each([
    ["ab", true, true, false],
    ["𠮷a", true, true, false],
    ["𠮷𠮷", true, true, false],
    ["思明", true, true, false],
    ["a", false, true, false],
    ["abc", false, false, true],
    ["𠮷𠮷𠮷", false, false, true],
    ["厦门市", false, false, true],
    ["𠮷", false, true, false],
  ])("%s: c2 %s, c..2 %s, at least 3 %s", (s, c2, cUpTo2, min3) => {
    expect(fixed(s)).toBe(c2);
    expect(upTo(s)).toBe(cUpTo2);
    expect(atLeast(s)).toBe(min3);
  });

  it("fail with ajv's keyword and limit", () => {
    upTo("abc");
    expect(upTo.errors).toMatchObject([{ keyword: "maxLength", params: { limit: 2 } }]);
    atLeast("ab");
    expect(atLeast.errors).toMatchObject([{ keyword: "minLength", params: { limit: 3 } }]);
  });
});
