/**
 * Which version of each record the quality check judges. A trading system reports a record again
 * under the same DATA_KEY when it changes it (DATA_TYPE 2) or withdraws it (DATA_TYPE 3); the check
 * judges the data as it now stands: the last version of each DATA_KEY in input order, and nothing
 * of a record whose last version withdraws it. A defect fixed by a later version is not reported, and
 * a withdrawn record leaves no trace in the cross-record rules.
 *
 * A first, light pass over the inputs finds the last position of every DATA_KEY: NDJSON is neither
 * parsed nor decoded, only its bytes searched for the envelope's "DATA_KEY" member on each line (JSON
 * documents, rarely large, are parsed).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { RecordLocation } from "./engine.ts";
import { readInput } from "./input.ts";
import { detectKind } from "../validate/input.ts";

const NEEDLE = Buffer.from('"DATA_KEY"');
const [QUOTE, COLON, SPACE, TAB, BACKSLASH, NEWLINE] = [0x22, 0x3a, 0x20, 0x09, 0x5c, 0x0a];

/** The DATA_KEY value of the member at `at` (the needle's start) up to `end`, or undefined when it is not a plain string. */
function keyAt(buf: Buffer, at: number, end: number): string | undefined {
  let i = at + NEEDLE.length;
  while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
  if (buf[i++] !== COLON) return undefined;
  while (i < end && (buf[i] === SPACE || buf[i] === TAB)) i++;
  if (buf[i++] !== QUOTE) return undefined;
  const close = buf.indexOf(QUOTE, i);
  if (close < 0 || close > end || buf.subarray(i, close).includes(BACKSLASH)) return undefined;
  return buf.toString("utf8", i, close);
}

/** Calls `onKey` with each line number (1-based, as readInput counts) and the first DATA_KEY on it. */
async function forEachKeyLine(file: string, onKey: (line: number, key: string) => void): Promise<void> {
  let line = 0;
  /** The complete line buf[start, end). */
  const onLine = (buf: Buffer, start: number, end: number) => {
    line++;
    const at = buf.indexOf(NEEDLE, start);
    if (at < 0 || at >= end) return;
    const key = keyAt(buf, at, end);
    if (key !== undefined) onKey(line, key);
  };
  // As input.ts's forEachLine splits lines, without copying whole chunks.
  let carry: Buffer | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    let nl = chunk.indexOf(NEWLINE);
    if (carry) {
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const first = Buffer.concat([carry, chunk.subarray(0, nl)]);
      onLine(first, 0, first.length);
      carry = undefined;
      start = nl + 1;
      nl = chunk.indexOf(NEWLINE, start);
    }
    while (nl >= 0) {
      onLine(chunk, start, nl);
      start = nl + 1;
      nl = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
  }
  if (carry) onLine(carry, 0, carry.length);
}

/** Positions of different files lie this far apart (more lines or records than any file has). */
const FILE_STRIDE = 2 ** 31;

/** The position of a record in the whole input: its file, then its line (NDJSON) or its index (a JSON document). */
export const positionOf = (fileIndex: number, loc: Pick<RecordLocation, "line" | "index">): number =>
  fileIndex * FILE_STRIDE + (typeof loc.line === "number" ? loc.line : loc.index);

/** A 53-bit hash of a string (cyrb53, public domain). */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The last position of each DATA_KEY. A million keys as strings in a Map would cost the main pass
 * dearly in garbage collection, so the table holds 53-bit hashes and positions in typed arrays, and
 * keeps exact keys only for what repeats a hash already seen: the versions after the first (and the
 * rare key that only shares a hash). That is enough to answer exactly (see isLatest).
 */
export class LatestVersions {
  private hashes = new Float64Array(1 << 16);
  private positions = new Float64Array(1 << 16);
  private size = 0;
  /** Keys met at a hash seen before, with their last position. */
  private readonly repeated = new Map<string, number>();

  /** `hash` is for the tests, which make keys collide on purpose. */
  constructor(private readonly hash: (key: string) => number = hash53) {}

  /**
   * The slot of `h`: where it is, or the empty one where it would go. Hash 0 marks an empty slot, so
   * callers store a key that hashes to 0 as 1 (the exact keys of `repeated` tell such keys apart).
   */
  private slot(h: number): number {
    const mask = this.hashes.length - 1;
    let i = h % (mask + 1);
    while (this.hashes[i] !== 0 && this.hashes[i] !== h) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const [hashes, positions] = [this.hashes, this.positions];
    this.hashes = new Float64Array(hashes.length * 2);
    this.positions = new Float64Array(hashes.length * 2);
    for (let i = 0; i < hashes.length; i++)
      if (hashes[i] !== 0) {
        const j = this.slot(hashes[i]!);
        this.hashes[j] = hashes[i]!;
        this.positions[j] = positions[i]!;
      }
  }

  /** Notes a version of `key` at `position` (positions must come in input order). */
  note(key: string, position: number): void {
    const h = this.hash(key) || 1;
    const i = this.slot(h);
    if (this.hashes[i] === h) this.repeated.set(key, position);
    else {
      this.hashes[i] = h;
      if (++this.size * 2 > this.hashes.length) {
        this.positions[i] = position;
        this.grow();
        return;
      }
    }
    this.positions[i] = position;
  }

  /**
   * Whether the record at `position` is the last version of `key` (a key never noted is). It is when
   * nothing with its hash came after it; else when its key never repeated a hash (what came after was
   * another key), or its key's last repetition is this record.
   */
  isLatest(key: string, position: number): boolean {
    const h = this.hash(key) || 1;
    const i = this.slot(h);
    if (this.hashes[i] !== h || this.positions[i] === position) return true;
    const last = this.repeated.get(key);
    return last === undefined || last === position;
  }

  /**
   * The last positions of the keys of files, in the order checkQuality reads them. An input that is
   * not a regular file (a pipe, /dev/stdin) can be read only once: it is left out here, and its records
   * are all judged.
   */
  static async ofFiles(files: string[]): Promise<LatestVersions> {
    const v = new LatestVersions();
    for (const [i, file] of files.entries()) {
      if (!(await stat(file)).isFile()) continue;
      if ((await detectKind(file)) === "ndjson") await forEachKeyLine(file, (line, key) => v.note(key, positionOf(i, { line, index: 0 })));
      else
        await readInput(
          file,
          (record, loc) => {
            const key = (record as { DATA_KEY?: unknown } | null)?.DATA_KEY;
            if (typeof key === "string") v.note(key, positionOf(i, loc));
          },
          () => {},
        );
    }
    return v;
  }

  /** The last positions of the keys of records held in memory (position = index). */
  static ofRecords(records: readonly unknown[]): LatestVersions {
    const v = new LatestVersions();
    records.forEach((record, index) => {
      const key = (record as { DATA_KEY?: unknown } | null)?.DATA_KEY;
      if (typeof key === "string") v.note(key, index);
    });
    return v;
  }
}
