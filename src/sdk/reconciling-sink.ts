/**
 * Reconciliation as a system under certification does it (sandbox mode). A production system posts
 * the previous day's manifest from its database once a day; the conformance runner cannot wait a day,
 * so a sandbox system reconciles right after each burst of pushes: once they are delivered it posts
 * the manifest of the records it has handed to the channel (the latest version of each DATA_KEY), for
 * every day they fall on, and when the reply names missing or differing records it pushes them again
 * as new messages and posts the manifest again. Covering only what it handed over, it never takes a
 * push still on its way for a lost one.
 */
import type { ReportRecord } from "../../generated/sdk/channel.ts";
import { recordDay } from "../platform/reconciliation.ts";
import type { Publisher } from "./publisher.ts";
import type { RecordEvent, RecordSink } from "./record-sink.ts";

export interface ReconcilingSinkOptions {
  /** Post manifests at all (default true). */
  reconcile?: boolean;
  /** Push again what a reply names missing or differing (default true). */
  resend?: boolean;
  /** Manifests posted per burst at most, while replies keep naming records (default 3). */
  maxRounds?: number;
}

/** A RecordSink that publishes every record and reconciles once a burst of pushes is delivered. */
export class ReconcilingSink implements RecordSink {
  private running?: Promise<void>;
  private dirty = false;
  private closed = false;
  /** The latest version of each DATA_KEY handed to the channel. */
  private readonly handed = new Map<string, ReportRecord>();

  constructor(
    private readonly publisher: Publisher,
    private readonly o: ReconcilingSinkOptions = {},
  ) {}

  async publish(e: RecordEvent): Promise<void> {
    if (this.closed) return;
    this.handed.set(e.record.DATA_KEY, e.record as ReportRecord);
    this.publisher.publish(e.record as ReportRecord, { occurredAt: e.occurredAt, ...(e.tenderProjectCode ? { orderingKey: e.tenderProjectCode } : {}) });
    this.dirty = true;
    if (this.o.reconcile !== false) this.running ??= this.reconcileLoop().finally(() => (this.running = undefined));
  }

  private async reconcileLoop(): Promise<void> {
    while (this.dirty && !this.closed) {
      this.dirty = false;
      await this.publisher.drain();
      for (let round = 0; round < (this.o.maxRounds ?? 3) && !this.closed; round++) {
        const records = [...this.handed.values()];
        const days = [...new Set(records.map(recordDay).filter((d): d is string => d !== undefined))];
        if (days.length === 0) break;
        // A refused manifest is tried again with the next burst.
        const { report } = await this.publisher.reconcile(records, days).catch(() => ({ report: undefined }));
        if (!report || report.status === "match" || this.o.resend === false) break;
        this.publisher.resend(report, (k) => this.handed.get(k));
        await this.publisher.drain();
      }
    }
  }

  /** Stops reconciling and stops the publisher (what is undelivered stays in its outbox). */
  async close(): Promise<void> {
    this.closed = true;
    await this.publisher.stop();
  }
}
