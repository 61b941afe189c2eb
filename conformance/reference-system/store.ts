/**
 * The reference system's state: the latest version of every report record with its updatedAt, and one
 * hash-chained audit trail per tender project. In memory, persisted after every change as one JSON file
 * (written to a temporary file, flushed, then renamed over the old one, so a crash leaves the old or the
 * new state, never half of one) and read back at start.
 *
 * Ordering and paging: every add or change gets an updatedAt strictly later than any before it (the
 * store's clock never repeats or goes back, even across restarts), so records are kept per DATA_NO in
 * (updatedAt, DATA_KEY) order by appending, and a record added while a client pages sorts after every
 * cursor already handed out — a full traversal sees every record exactly once.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { join } from "node:path";
import { nextAuditEntry, type AuditEntry, type AuditEntryInput, type components } from "ywjy/sdk";

/** A report record as the access API returns it. */
export type ApiRecord = components["schemas"]["RecordItem"]["record"];

export interface StoredRecord {
  updatedAt: string;
  record: ApiRecord;
  /** The tender project the record belongs to (its audit trail), when it has one. */
  tenderProjectCode?: string;
}

interface StateFile {
  format: "ywjy-reference-system-state";
  version: 1;
  /** The store clock: the last updatedAt handed out, in ms since the epoch. */
  clock: number;
  records: StoredRecord[];
  trails: Record<string, AuditEntry[]>;
}

export interface Position {
  updatedAt: number;
  key: string;
}

const after = (a: Position, b: Position) => a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.key > b.key);

export class Store {
  private clock = 0;
  private readonly byKey = new Map<string, StoredRecord>();
  /** Per DATA_NO, in (updatedAt, DATA_KEY) order. */
  private readonly byDataNo = new Map<number, StoredRecord[]>();
  private readonly trails = new Map<string, AuditEntry[]>();
  readonly file?: string;

  constructor(
    dataDir: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      this.file = join(dataDir, "state.json");
      if (existsSync(this.file)) this.load(this.file);
    }
  }

  private load(file: string): void {
    let state: StateFile;
    try {
      state = JSON.parse(readFileSync(file, "utf8")) as StateFile;
    } catch (e) {
      throw new Error(`${file}: not a readable state file (${(e as Error).message})`);
    }
    if (state.format !== "ywjy-reference-system-state" || state.version !== 1) throw new Error(`${file}: not a reference-system state file of version 1`);
    this.clock = state.clock;
    for (const r of state.records) this.index(r);
    for (const [code, entries] of Object.entries(state.trails)) this.trails.set(code, entries);
  }

  /** Writes the state atomically (no-op without a data directory). */
  persist(): void {
    if (!this.file) return;
    const state: StateFile = {
      format: "ywjy-reference-system-state",
      version: 1,
      clock: this.clock,
      records: [...this.byKey.values()],
      trails: Object.fromEntries(this.trails),
    };
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, JSON.stringify(state));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }

  /** The next updatedAt: now, or 1 ms after the last one when the clock has not moved past it. */
  tick(): string {
    this.clock = Math.max(this.now(), this.clock + 1);
    return new Date(this.clock).toISOString();
  }

  private index(r: StoredRecord): void {
    const list = this.byDataNo.get(r.record.DATA_NO) ?? [];
    list.push(r);
    this.byDataNo.set(r.record.DATA_NO, list);
    this.byKey.set(r.record.DATA_KEY, r);
  }

  /** Adds or replaces a record (by DATA_KEY) with a fresh updatedAt; returns what was stored. */
  put(record: ApiRecord, tenderProjectCode?: string): StoredRecord {
    const old = this.byKey.get(record.DATA_KEY);
    if (old) {
      const list = this.byDataNo.get(old.record.DATA_NO)!;
      list.splice(list.indexOf(old), 1);
    }
    const stored: StoredRecord = { updatedAt: this.tick(), record, ...(tenderProjectCode ? { tenderProjectCode } : {}) };
    this.index(stored);
    return stored;
  }

  get(key: string): StoredRecord | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  dataNos(): number[] {
    return [...this.byDataNo.keys()].filter((n) => this.byDataNo.get(n)!.length > 0).sort((a, b) => a - b);
  }

  count(dataNo: number): { count: number; lastUpdatedAt?: string } {
    const list = this.byDataNo.get(dataNo) ?? [];
    return { count: list.length, ...(list.length ? { lastUpdatedAt: list[list.length - 1]!.updatedAt } : {}) };
  }

  /**
   * Up to `limit` records of a data set in (updatedAt, DATA_KEY) order, after the position `from`
   * (exclusive; a cursor, which is never before `since`), else updated after `since` (exclusive);
   * `more` says whether any follow.
   */
  page(dataNo: number, o: { since?: number; from?: Position; limit: number }): { items: StoredRecord[]; more: boolean } {
    const list = this.byDataNo.get(dataNo) ?? [];
    const start: Position = o.from ?? { updatedAt: o.since ?? -Infinity, key: "\uffff" };
    // Binary search for the first record after `start`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = list[mid]!;
      if (after({ updatedAt: Date.parse(r.updatedAt), key: r.record.DATA_KEY }, start)) hi = mid;
      else lo = mid + 1;
    }
    return { items: list.slice(lo, lo + o.limit), more: lo + o.limit < list.length };
  }

  trail(tenderProjectCode: string): AuditEntry[] | undefined {
    return this.trails.get(tenderProjectCode);
  }

  /** Appends an audit entry to the tender project's trail; `corrupt` spoils it before it is stored (a defect switch). */
  appendAudit(input: AuditEntryInput, corrupt?: (e: AuditEntry) => AuditEntry): AuditEntry {
    const chain = this.trails.get(input.tenderProjectCode) ?? [];
    let entry = nextAuditEntry(chain, input);
    if (corrupt) entry = corrupt(entry);
    chain.push(entry);
    this.trails.set(input.tenderProjectCode, chain);
    return entry;
  }
}
