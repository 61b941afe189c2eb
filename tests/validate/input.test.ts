/** Inputs: NDJSON streamed line by line, JSON packages, arrays and single records, with lines; unreadable files. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { Finding } from "../../src/findings/finding.ts";
import { fromRoot } from "../../src/paths.ts";
import { InputError, validateFile, validateStream, type FindingStream } from "../../src/validate/index.ts";
import { detectKind } from "../../src/validate/input.ts";
import { example, withContext } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "ywjy-validate-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = fromRoot("tests/fixtures/validate");

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function collect(run: FindingStream): Promise<Finding[]> {
  const out: Finding[] = [];
  for await (const f of run) out.push(f);
  return out;
}

const line = (r: unknown) => JSON.stringify(r);
const badRegion = () => withContext(500, { REGION_CODE: "350299" });

describe("NDJSON", () => {
  it("reports a malformed line as json-syntax for that line and validates the rest", async () => {
    const text = [line(example(500)), '{"DATA_NO": 500, "DATA_EN": ', "", line(badRegion()), line(example(501))].join("\n") + "\n";
    const run = validateFile(write("mixed.ndjson", text));
    const findings = await collect(run);
    expect(findings.map((f) => [f.ruleId, f.line, f.recordIndex, f.path, f.severity])).toEqual([
      ["json-syntax", 2, 1, "", "error"],
      ["field-region", 4, 2, "/context/REGION_CODE", "error"],
    ]);
    expect(findings[0]!.file).toBe(join(dir, "mixed.ndjson"));
    expect(run.summary).toMatchObject({ files: 1, records: 4, recordsWithErrors: 2, errors: 2, warnings: 0, byRule: { "json-syntax": 1, "field-region": 1 } });
  });

  it("is recognised by content without the .ndjson name, with CRLF line ends and a BOM", async () => {
    const p = write("records.txt", `\uFEFF${line(example(500))}\r\n${line(badRegion())}\r\n`);
    expect(await detectKind(p)).toBe("ndjson");
    const findings = await collect(validateFile(p));
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([["field-region", 2]]);
  });

  it("streams from any readable, and from an async iterable of lines", async () => {
    const run = validateStream(Readable.from([line(example(500)), "\n", line(badRegion()), "\n"]), { file: "stdin" });
    expect((await collect(run)).map((f) => [f.ruleId, f.file, f.line])).toEqual([["field-region", "stdin", 2]]);
    async function* lines() {
      yield line(badRegion());
    }
    const run2 = validateStream(lines(), { systemNo: "0202" });
    expect((await collect(run2)).map((f) => f.ruleId).sort()).toEqual(["data-key-invalid", "field-region"]);
    expect(run2.summary.records).toBe(1);
  });
});

describe("JSON documents", () => {
  it("a package: header findings, records with the package's SYSTEM_NO, lines of the offending fields", async () => {
    const pkg = { packageId: "XM-0201-20261127-001", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "12350200426607133N", createdAt: "yesterday", records: [example(500), badRegion()] };
    const text = JSON.stringify(pkg, null, 2);
    const p = write("package.json", text);
    expect(await detectKind(p)).toBe("json");
    const findings = await collect(validateFile(p));
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(findings.map((f) => [f.ruleId, f.path, f.recordIndex, f.line])).toEqual([
      ["package-invalid", "/createdAt", undefined, lineOf('"createdAt"')],
      ["field-region", "/context/REGION_CODE", 1, lineOf('"350299"')],
    ]);
  });

  it("a package on one line is a JSON document, not NDJSON", async () => {
    const p = write("package-one-line.json", JSON.stringify({ packageId: "p", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "12350200426607133N", createdAt: "2026-11-27T09:30:00+08:00", records: [badRegion()] }) + "\n");
    expect(await detectKind(p)).toBe("json");
    expect((await collect(validateFile(p))).map((f) => [f.ruleId, f.recordIndex, f.line])).toEqual([["field-region", 0, 1]]);
  });

  it("an array of records: a missing field is placed at its record's context", async () => {
    const records = [example(500), withContext(500, { PROJECT_NAME: undefined })];
    const text = JSON.stringify(records, null, 2);
    const findings = await collect(validateFile(write("records.json", text)));
    const contextLines = text.split("\n").flatMap((l, i) => (l.includes('"context"') ? [i + 1] : []));
    expect(findings.map((f) => [f.ruleId, f.path, f.recordIndex, f.line])).toEqual([["field-mandatory", "/context/PROJECT_NAME", 1, contextLines[1]]]);
  });

  it("a single record", async () => {
    const findings = await collect(validateFile(write("one.json", JSON.stringify(badRegion(), null, 2))));
    expect(findings.map((f) => [f.ruleId, f.recordIndex])).toEqual([["field-region", 0]]);
  });

  it("a syntax error names the line", async () => {
    const findings = await collect(validateFile(join(fixtures, "broken.json")));
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual([["json-syntax", 4, "error"]]);
    expect(findings[0]!.message.en).toMatch(/^line 4 is not valid JSON/);
  });

  it("a JSON scalar is input-unrecognized", async () => {
    const findings = await collect(validateFile(join(fixtures, "scalar.json")));
    expect(findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([["input-unrecognized", "", "error"]]);
  });
});

describe("unreadable input", () => {
  it.each([
    ["a missing file", join(dir, "missing.ndjson")],
    ["a directory", dir],
  ])("%s is an InputError naming the file", async (_, p) => {
    await expect(collect(validateFile(p))).rejects.toThrow(InputError);
    await expect(collect(validateFile(p))).rejects.toThrow(p);
  });
});
