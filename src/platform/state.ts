/**
 * What the intake holds: per SYSTEM_NO the messages by event id and sequence number (the sequence
 * tracker: how far the sequence is applied, which messages are held above a gap), and the stored
 * records, the latest version of each DATA_KEY. In memory; src/platform/journal.ts makes it durable.
 */
import type { Finding, ReportRecord, SequenceGap } from "../../generated/sdk/channel.ts";
import { heldItem, type HeldItem } from "./reconciliation.ts";

/** One message that used up its sequence number: stored (held or applied) or rejected for its content. */
export interface MessageEntry {
  receiptId: string;
  eventId: string;
  systemNo: string;
  sequence: number;
  bodyDigest: string;
  contentType: string;
  orderingKey: string;
  occurredAt: string;
  receivedAt: string;
  verdict: "stored" | "rejected";
  /** The records, for a stored message, and their digests (reconciliation's record digest). */
  records: ReportRecord[];
  digests: string[];
  /** Errors of a rejected message; warnings of a stored one. */
  findings: Finding[];
  /** When it was applied (stored messages, once every earlier number has a verdict). */
  acceptedAt?: string;
}

export interface StoredRecord {
  record: ReportRecord;
  systemNo: string;
  sequence: number;
  eventId: string;
  occurredAt: string;
  receivedAt: string;
  acceptedAt?: string;
  state: "held" | "accepted";
  /** How many versions of this DATA_KEY the platform has received. */
  versions: number;
  item?: HeldItem;
}

export class SystemState {
  appliedThrough = 0;
  highestReceived = 0;
  readonly byEvent = new Map<string, MessageEntry>();
  readonly bySequence = new Map<number, MessageEntry>();
  /** Entries above appliedThrough, waiting for a gap to fill. */
  readonly pending = new Map<number, MessageEntry>();

  constructor(readonly systemNo: string) {}

  insert(e: MessageEntry): void {
    this.byEvent.set(e.eventId, e);
    this.bySequence.set(e.sequence, e);
    if (e.sequence > this.appliedThrough) this.pending.set(e.sequence, e);
    this.highestReceived = Math.max(this.highestReceived, e.sequence);
  }

  /**
   * Moves appliedThrough over every message that has a verdict, in sequence order; calls `apply` for
   * each stored message it passes that is not applied yet.
   */
  advance(apply: (e: MessageEntry) => void): void {
    for (let e = this.pending.get(this.appliedThrough + 1); e; e = this.pending.get(this.appliedThrough + 1)) {
      if (e.verdict === "stored" && !e.acceptedAt) apply(e);
      this.pending.delete(e.sequence);
      this.appliedThrough = e.sequence;
    }
  }

  /** The open gaps below sequence number `upTo` (all when absent), in order. */
  gaps(now: Date, staleAfterMs: number, upTo = Infinity): SequenceGap[] {
    const held = [...this.pending.keys()].filter((s) => s <= upTo).sort((a, b) => a - b);
    const out: SequenceGap[] = [];
    let next = this.appliedThrough + 1;
    for (const s of held) {
      if (s > next) {
        const since = this.pending.get(s)!.receivedAt;
        out.push({ from: next, to: s - 1, since, stale: now.getTime() - Date.parse(since) > staleAfterMs });
      }
      next = s + 1;
    }
    return out;
  }

  held(): number[] {
    return [...this.pending.values()].filter((e) => e.verdict === "stored").map((e) => e.sequence).sort((a, b) => a - b);
  }
}

export interface RecordFilter {
  systemNo?: string;
  DATA_NO?: number;
  DATA_KEY?: string;
  state?: "held" | "accepted";
}

/** The latest version (highest sequence number) of each DATA_KEY the platform has stored. */
export class RecordStore {
  private readonly byKey = new Map<string, StoredRecord>();

  put(e: MessageEntry): void {
    e.records.forEach((record, i) => {
      const old = this.byKey.get(record.DATA_KEY);
      const versions = (old?.versions ?? 0) + 1;
      if (old && old.sequence > e.sequence) {
        old.versions = versions;
        return;
      }
      this.byKey.set(record.DATA_KEY, {
        record,
        systemNo: e.systemNo,
        sequence: e.sequence,
        eventId: e.eventId,
        occurredAt: e.occurredAt,
        receivedAt: e.receivedAt,
        state: "held",
        versions,
        item: heldItem(record, e.digests[i]),
      });
    });
  }

  markAccepted(e: MessageEntry): void {
    for (const record of e.records) {
      const s = this.byKey.get(record.DATA_KEY);
      if (s && s.sequence === e.sequence) {
        s.state = "accepted";
        s.acceptedAt = e.acceptedAt;
      }
    }
  }

  get(dataKey: string): StoredRecord | undefined {
    return this.byKey.get(dataKey);
  }

  find(f: RecordFilter = {}): StoredRecord[] {
    if (f.DATA_KEY) {
      const one = this.byKey.get(f.DATA_KEY);
      return one && matches(one, f) ? [one] : [];
    }
    return [...this.byKey.values()].filter((s) => matches(s, f));
  }

  itemsOf(systemNo: string): HeldItem[] {
    const out: HeldItem[] = [];
    for (const s of this.byKey.values()) if (s.systemNo === systemNo && s.item) out.push(s.item);
    return out;
  }

  get size(): number {
    return this.byKey.size;
  }
}

const matches = (s: StoredRecord, f: RecordFilter) =>
  (f.systemNo === undefined || s.systemNo === f.systemNo) && (f.DATA_NO === undefined || s.record.DATA_NO === f.DATA_NO) && (f.state === undefined || s.state === f.state);
