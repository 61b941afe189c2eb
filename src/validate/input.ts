/**
 * Inputs of the validator: a report package (a JSON object with `records`), a JSON array of records,
 * a single record, or NDJSON (one record per line). NDJSON is streamed line by line, so memory stays
 * flat whatever the file's size; a malformed line is a json-syntax finding for that line and the rest
 * of the file is still validated. JSON documents are read whole.
 */
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Finding } from "../findings/finding.ts";
import type { RecordChecker, RecordContext } from "./record.ts";

export interface ValidationSummary {
  /** Files (or streams) read. */
  files: number;
  /** Records read, malformed NDJSON lines included. */
  records: number;
  /** Records with at least one error-severity finding. */
  recordsWithErrors: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings per rule ID. */
  byRule: Record<string, number>;
}

/** Findings, as they are found, and the summary, complete once the iteration has ended. */
export interface FindingStream extends AsyncIterable<Finding> {
  readonly summary: ValidationSummary;
}

export interface InputOptions {
  /** The name findings carry in `file`. */
  file?: string;
  /** SYSTEM_NO of the reporting system, when no package gives it (DATA_KEY must start with it). */
  systemNo?: string;
}

/** A file that cannot be read (missing, a directory, no permission). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`cannot read ${file}: ${(cause as Error).message ?? cause}`, { cause });
    this.name = "InputError";
  }
}

export function emptySummary(): ValidationSummary {
  return { files: 0, records: 0, recordsWithErrors: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
}

/** Adds `b`'s counts to `a`. */
export function addSummary(a: ValidationSummary, b: ValidationSummary): ValidationSummary {
  a.files += b.files;
  a.records += b.records;
  a.recordsWithErrors += b.recordsWithErrors;
  a.errors += b.errors;
  a.warnings += b.warnings;
  a.infos += b.infos;
  for (const [rule, n] of Object.entries(b.byRule)) a.byRule[rule] = (a.byRule[rule] ?? 0) + n;
  return a;
}

/** Counts the findings of one record (`isRecord`) or of a package header. */
function count(summary: ValidationSummary, findings: Finding[], isRecord: boolean): Finding[] {
  if (isRecord) summary.records++;
  let hasError = false;
  for (const f of findings) {
    if (f.severity === "error") {
      summary.errors++;
      hasError = true;
    } else if (f.severity === "warning") summary.warnings++;
    else summary.infos++;
    summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
  }
  if (hasError && isRecord) summary.recordsWithErrors++;
  return findings;
}

function stream(source: (summary: ValidationSummary) => AsyncIterable<Finding>): FindingStream {
  const summary = emptySummary();
  return { summary, [Symbol.asyncIterator]: () => source(summary)[Symbol.asyncIterator]() };
}

/** Whether a line holds nothing but white space (a record line starts with "{" or another non-space). */
function isBlank(line: string): boolean {
  const c = line.charCodeAt(0);
  return line.length === 0 || ((c === 0x20 || c === 0x09 || c === 0x0d) && line.trim().length === 0);
}

/** The findings of NDJSON lines, one record per line; blank lines are skipped. */
async function* ndjsonFindings(checker: RecordChecker, lines: AsyncIterable<string>, options: InputOptions, summary: ValidationSummary): AsyncGenerator<Finding> {
  summary.files++;
  let line = 0;
  let recordIndex = 0;
  for await (let text of lines) {
    line++;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) continue;
    const ctx: RecordContext = { file: options.file, line, recordIndex: recordIndex++, systemNo: options.systemNo };
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (e) {
      yield* count(summary, [checker.finding("json-syntax", ctx, "", { line, detail: (e as Error).message })], true);
      continue;
    }
    const findings = checker.checkRecord(record, ctx);
    if (findings.length > 0) yield* count(summary, findings, true);
    else summary.records++;
  }
}

/** Validates NDJSON lines, one record per line; blank lines are skipped. */
export function validateLines(checker: RecordChecker, lines: AsyncIterable<string>, options: InputOptions = {}): FindingStream {
  return stream((summary) => ndjsonFindings(checker, lines, options, summary));
}

/** Validates an NDJSON stream. */
export function validateNdjsonStream(checker: RecordChecker, input: NodeJS.ReadableStream, options: InputOptions = {}): FindingStream {
  return validateLines(checker, createInterface({ input, crlfDelay: Infinity }), options);
}

/**
 * Lines of a JSON document held in memory, found only when a finding needs one: one scan gives where
 * each record starts (the root array's elements, or those of the root object's "records"), a second,
 * within the record, where the finding's path points (its nearest existing ancestor for a missing field).
 */
export class JsonLocator {
  private starts?: number[];
  private newlines?: number[];

  constructor(
    private readonly text: string,
    /** Records are the root array's elements (undefined), the root itself (null), or the array under this key. */
    private readonly recordsKey?: string | null,
  ) {}

  /** The 1-based line of `pointer` inside record `recordIndex` (or inside the root, without one). */
  line(recordIndex: number | undefined, pointer: string): number {
    const from = recordIndex === undefined || this.recordsKey === null ? skipSpace(this.text, 0) : this.recordStarts()[recordIndex];
    if (from === undefined) return 1;
    const segments = pointer === "" ? [] : pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    return this.lineAt(offsetOf(this.text, from, segments));
  }

  /** The 1-based line of character `offset`. */
  lineAt(offset: number): number {
    const nl = (this.newlines ??= [...this.text.matchAll(/\n/g)].map((m) => m.index));
    let lo = 0;
    let hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** Where each record starts: one scan of the text, tracking depth and the root object's keys. */
  private recordStarts(): number[] {
    if (this.starts) return this.starts;
    const { text, recordsKey } = this;
    const starts: number[] = [];
    let depth = 0;
    let container = -1;
    let awaiting = false;
    let lastKey = "";
    let currentKey = "";
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x20 || c === 0x09 || c === 0x0d) continue;
      if (awaiting && depth === container && c !== 0x2c /* , */ && c !== 0x5d /* ] */) {
        starts.push(i);
        awaiting = false;
      }
      if (c === 0x22 /* " */) {
        const end = stringEnd(text, i);
        if (depth === 1) lastKey = text.slice(i + 1, end - 1);
        i = end - 1;
      } else if (c === 0x3a /* : */ && depth === 1) currentKey = lastKey;
      else if (c === 0x2c && depth === container) awaiting = true;
      else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        depth++;
        if (c === 0x5b && container < 0 && (recordsKey === undefined ? depth === 1 : depth === 2 && currentKey === recordsKey)) {
          container = depth;
          awaiting = true;
        }
      } else if (c === 0x7d /* } */ || c === 0x5d) {
        if (depth === container) awaiting = false;
        depth--;
      }
    }
    return (this.starts = starts);
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** The offset just after the string that starts at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return text.length;
}

/** The offset just after the JSON value that starts at `i`. */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    while (i < text.length && !",}] \n\r\t".includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x22) j = stringEnd(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if ((d === 0x7d || d === 0x5d) && --depth === 0) return j + 1;
  }
  return text.length;
}

/** The offset of the value at `segments` inside the JSON value starting at `i`; the deepest existing ancestor's when the path is missing. */
function offsetOf(text: string, i: number, segments: string[]): number {
  if (segments.length === 0) return i;
  const [seg, ...rest] = segments as [string, ...string[]];
  const open = text.charCodeAt(i);
  if (open !== 0x7b && open !== 0x5b) return i;
  let j = skipSpace(text, i + 1);
  for (let index = 0; j < text.length && text.charCodeAt(j) !== 0x7d && text.charCodeAt(j) !== 0x5d; index++) {
    let name = String(index);
    if (open === 0x7b) {
      const end = stringEnd(text, j);
      name = JSON.parse(text.slice(j, end)) as string;
      j = skipSpace(text, skipSpace(text, end) + 1); // past the colon
    }
    if (name === seg) return offsetOf(text, j, rest);
    j = skipSpace(text, valueEnd(text, j));
    if (text.charCodeAt(j) === 0x2c) j = skipSpace(text, j + 1);
  }
  return i;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether a parsed JSON object is a report package rather than a single record. */
export const isPackageLike = (v: Record<string, unknown>): boolean => "records" in v || "packageId" in v;

/** Validates a JSON document held in memory: a package, an array of records or one record. */
export function* validateJsonText(checker: RecordChecker, text: string, options: InputOptions, summary: ValidationSummary): Generator<Finding> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    const line = at ? new JsonLocator(text).lineAt(Number(at[1])) : 1;
    yield* count(summary, [checker.finding("json-syntax", { file: options.file, line }, "", { line, detail: message })], true);
    return;
  }
  yield* validateJsonValue(checker, value, { ...options, text }, summary);
}

/** Validates a parsed JSON value: a package, an array of records or one record (`text`, when given, yields line numbers). */
export function* validateJsonValue(
  checker: RecordChecker,
  value: unknown,
  options: InputOptions & { text?: string },
  summary: ValidationSummary,
): Generator<Finding> {
  const { file, text } = options;
  if (!Array.isArray(value) && !isObject(value)) {
    const detail = JSON.stringify(value)?.slice(0, 80) ?? String(value);
    yield* count(summary, [checker.finding("input-unrecognized", { file, line: 1 }, "", { detail })], false);
    return;
  }
  const isPackage = isObject(value) && isPackageLike(value);
  const locator = text === undefined ? undefined : new JsonLocator(text, Array.isArray(value) ? undefined : isPackage ? "records" : null);
  const lineIn = (recordIndex?: number) => locator && ((path: string) => locator.line(recordIndex, path));
  let systemNo = options.systemNo;
  let records: unknown[] = [value];
  if (Array.isArray(value)) records = value;
  else if (isPackage) {
    yield* count(summary, checker.checkPackageHeader(value, { file, line: lineIn() }), false);
    if (typeof value.SYSTEM_NO === "string") systemNo = value.SYSTEM_NO;
    records = Array.isArray(value.records) ? value.records : [];
  }
  for (let i = 0; i < records.length; i++)
    yield* count(summary, checker.checkRecord(records[i], { file, line: lineIn(i), recordIndex: i, systemNo }), true);
}

export type InputKind = "ndjson" | "json";

/**
 * NDJSON or a JSON document? By the name first (.ndjson, .jsonl), else by the content: a file whose
 * first line is a whole JSON object that is not a package is NDJSON; anything else is one JSON document.
 * A pipe or other stream that is not a regular file cannot be looked into twice: it is read as NDJSON.
 */
export async function detectKind(path: string): Promise<InputKind> {
  const ext = extname(path).toLowerCase();
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson";
  const handle = await open(path, "r");
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory`), { code: "EISDIR" });
    if (!stat.isFile()) return "ndjson";
    const buf = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.toString("utf8", 0, bytesRead).replace(/^\uFEFF/, "");
    const start = head.search(/\S/);
    if (start < 0 || head[start] !== "{") return "json";
    const end = head.indexOf("\n", start);
    if (end < 0) return "json"; // one line, or a first line longer than the window: a JSON document
    try {
      const first = JSON.parse(head.slice(start, end)) as unknown;
      return isObject(first) && !isPackageLike(first) && head.slice(end).trim().length > 0 ? "ndjson" : "json";
    } catch {
      return "json";
    }
  } finally {
    await handle.close();
  }
}

/** Validates a file of any of the input kinds. Throws InputError when it cannot be read. */
export function validateFileWith(checker: RecordChecker, path: string, options: InputOptions = {}): FindingStream {
  const file = options.file ?? path;
  return stream(async function* (summary) {
    let kind: InputKind;
    try {
      kind = await detectKind(path);
    } catch (e) {
      throw new InputError(file, e);
    }
    if (kind === "ndjson") {
      const input = createReadStream(path);
      try {
        yield* ndjsonFindings(checker, createInterface({ input, crlfDelay: Infinity }), { ...options, file }, summary);
      } catch (e) {
        throw (e as NodeJS.ErrnoException).code ? new InputError(file, e) : e;
      } finally {
        input.destroy();
      }
      return;
    }
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (e) {
      throw new InputError(file, e);
    }
    summary.files++;
    yield* validateJsonText(checker, text, { ...options, file }, summary);
  });
}
