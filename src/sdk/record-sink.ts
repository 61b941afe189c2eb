/**
 * The seam between a trading system and the reporting channel: every record the system adds, changes
 * or deletes is handed to a RecordSink, which delivers it to the platform (the push publisher of the
 * reporting channel implements one). The reference trading system takes a sink as an option and calls
 * it after the record is stored, in the order the records were made; the default sink does nothing.
 */
import type { ReportRecord } from "../../generated/sdk/reporting.ts";

export interface RecordEvent {
  /** The record as the query API returns it (the report record envelope). */
  record: ReportRecord;
  /** When the system stored the add or change (RFC 3339); equals the record's updatedAt in the query API. */
  occurredAt: string;
  /** The tender project the record belongs to, when it has one: delivery is ordered per tender project. */
  tenderProjectCode?: string;
}

export interface RecordSink {
  /** Delivers one event; resolves when the sink has taken responsibility for it (queued or delivered). */
  publish(event: RecordEvent): Promise<void>;
}

/** The sink of a system that pushes nowhere. */
export const noopRecordSink: RecordSink = { publish: async () => {} };
