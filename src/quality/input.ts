/**
 * The inputs of the quality check: files or directories (searched for .ndjson, .jsonl and .json) of
 * NDJSON (streamed line by line), JSON report packages, JSON arrays of records or single records —
 * the inputs of `ywjy validate`, told apart by its detectKind. A malformed line is a json-syntax
 * finding (validate's rule) and the rest of the file is still read.
 */
import { createReadStream, type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Finding } from "../findings/finding.ts";
import { fillMessage, loadValidationRules, ruleById } from "../validate/catalogue.ts";
import { detectKind, InputError, isPackageLike, JsonLocator } from "../validate/input.ts";
import type { RecordLocation } from "./engine.ts";

export { InputError } from "../validate/input.ts";

const EXTENSIONS = new Set([".ndjson", ".jsonl", ".json"]);

/** The files named, directories searched (recursively, in name order) for data files. Throws InputError. */
export async function listInputs(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string, named: boolean): Promise<void> => {
    let s: Stats;
    try {
      s = await stat(path);
    } catch (e) {
      throw new InputError(path, e);
    }
    if (s.isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const n of names) await walk(join(path, n), false);
    } else if (named || EXTENSIONS.has(extname(path).toLowerCase())) out.push(path);
  };
  for (const p of paths) await walk(p, true);
  return out;
}

/**
 * Calls `onLine` with each line of a file (without its newline), splitting the bytes at 0x0A before
 * decoding: faster than readline, and a multi-byte character never straddles a split.
 */
export async function forEachLine(file: string, onLine: (text: string) => void): Promise<void> {
  let carry: Buffer | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    let nl = chunk.indexOf(10);
    if (carry) {
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      onLine(Buffer.concat([carry, chunk.subarray(0, nl)]).toString("utf8"));
      carry = undefined;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    while (nl >= 0) {
      onLine(chunk.toString("utf8", start, nl));
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (carry) onLine(carry.toString("utf8"));
}

export type RecordSink = (record: unknown, loc: RecordLocation) => void;

function syntaxFinding(file: string, line: number, detail: string): Finding {
  const rule = ruleById(loadValidationRules(), "json-syntax");
  return { ruleId: rule.id, severity: rule.severity, file, line, path: "", message: fillMessage(rule, { line, detail }) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads one file, handing each record to `sink` and each problem to `problem`. Throws InputError when it cannot be read. */
export async function readInput(file: string, sink: RecordSink, problem: (f: Finding) => void): Promise<void> {
  let index = 0;
  let kind: Awaited<ReturnType<typeof detectKind>>;
  try {
    kind = await detectKind(file);
  } catch (e) {
    throw new InputError(file, e);
  }
  if (kind === "ndjson") {
    let line = 0;
    const onLine = (text: string) => {
      line++;
      if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
      if (text.length === 0 || text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        problem(syntaxFinding(file, line, (e as Error).message));
        return;
      }
      sink(value, { file, line, index: index++ });
    };
    try {
      await forEachLine(file, onLine);
    } catch (e) {
      throw (e as NodeJS.ErrnoException).code ? new InputError(file, e) : e;
    }
    return;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new InputError(file, e);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = /at position (\d+)/.exec((e as Error).message);
    problem(syntaxFinding(file, at ? text.slice(0, Number(at[1])).split("\n").length : 1, (e as Error).message));
    return;
  }
  const pkg = isObject(value) && isPackageLike(value) ? value : undefined;
  const records: unknown[] = Array.isArray(value) ? value : pkg ? (Array.isArray(pkg.records) ? pkg.records : []) : [value];
  const systemNo = typeof pkg?.SYSTEM_NO === "string" ? pkg.SYSTEM_NO : undefined;
  const locator = new JsonLocator(text, Array.isArray(value) ? undefined : pkg ? "records" : null);
  records.forEach((record, i) => sink(record, { file, line: () => locator.line(i, ""), index: i, ...(systemNo ? { systemNo } : {}) }));
}
