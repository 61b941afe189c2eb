/** Shared by the validator's tests: the bundled examples, mutated copies of them, and a fixture data set. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Finding } from "../../src/findings/finding.ts";
import { codelist } from "../../src/specs/codelists.ts";
import { fromRoot } from "../../src/paths.ts";
import { notationConstraints, parseNotation } from "../../src/specs/notation.ts";
import { Validator } from "../../src/validate/index.ts";
import { loadGeneratedSchemas } from "../../src/validate/schemas.ts";

export const examplesDir = fromRoot("specs/reporting/examples");

/** The example files, by name. */
export const exampleFiles = (): string[] => readdirSync(examplesDir).filter((f) => f.endsWith(".json")).sort();

type Rec = { DATA_NO: number; DATA_EN: string; DATA_TYPE: string; DATA_KEY: string; context: Record<string, unknown>; [k: string]: unknown };

/** A fresh copy of the example record of data set `dataNo`. */
export function example(dataNo: number): Rec {
  const file = exampleFiles().find((f) => f.startsWith(`${dataNo}-`));
  if (!file) throw new Error(`no example of data set ${dataNo} in specs/reporting/examples`);
  return JSON.parse(readFileSync(join(examplesDir, file), "utf8")) as Rec;
}

/** The example of `dataNo` with context fields changed (undefined removes a field). */
export function withContext(dataNo: number, changes: Record<string, unknown>): Rec {
  const r = example(dataNo);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete r.context[k];
    else r.context[k] = v;
  }
  return r;
}

/** The code of list `listId` whose name is `zh`, read from the code-list file (never retyped). */
export function codeNamed(listId: string, zh: string): string {
  const code = codelist(listId).codes.find((c) => c.zh === zh);
  if (!code) throw new Error(`${listId} has no code named ${zh}`);
  return code.code;
}

export const FIXTURE_DATA_NO = 999;

/**
 * A validator whose bundle adds a fixture data set 999, data set 500's fields plus fields with
 * constraints no real contract has yet (an explicit pattern, a keyword without a rule of its own).
 */
export function fixtureValidator(): Validator {
  const schemas = loadGeneratedSchemas();
  const base = schemas.dataSets.find((s) => s["x-data-no"] === 500)!;
  const fixture = structuredClone(base);
  fixture.$id = String(base.$id).replace("500-PROJECT", "999-FIXTURE");
  fixture["x-data-no"] = FIXTURE_DATA_NO;
  fixture["x-data-en"] = "FIXTURE";
  fixture.properties.SHORT_NAME = { type: "string", "x-zh": "简称", "x-en": "Short name", "x-notation": "c..10", ...notationConstraints(parseNotation("c..10")), pattern: "^[A-Z]+$" };
  fixture.properties.FIXED = { type: "string", "x-zh": "固定值", "x-en": "Fixed value", const: "A" };
  return new Validator({ schemas: { ...schemas, dataSets: [...schemas.dataSets, fixture] } });
}

/** A record of the fixture data set: the 500 example, renumbered. */
export function fixtureRecord(changes: Record<string, unknown>): Rec {
  const r = withContext(500, changes);
  r.DATA_NO = FIXTURE_DATA_NO;
  r.DATA_EN = "FIXTURE";
  r.DATA_KEY = `${r.DATA_KEY.slice(0, 4)}${FIXTURE_DATA_NO}${r.DATA_KEY.slice(7)}`;
  return r;
}

/** Asserts that `findings` holds one of `ruleId` at `path` with `severity`, its messages fully filled. */
export function expectFinding(findings: Finding[], ruleId: string, path: string, severity: string): Finding {
  const found = findings.find((f) => f.ruleId === ruleId && f.path === path);
  expect(found, `no ${ruleId} at ${path} in ${JSON.stringify(findings.map((f) => [f.ruleId, f.path]))}`).toBeDefined();
  expect(found!.severity).toBe(severity);
  expect(found!.message.zh).not.toMatch(/\{\w+\}/);
  expect(found!.message.en).not.toMatch(/\{\w+\}/);
  return found!;
}
