/**
 * Where the reference system's scenario records come from. A RecordFactory gives, for a scenario and
 * its codes, the records in the order of the scenario's effects: each a DATA_NO, a context that passes
 * the data contracts, and the business key the record's DATA_KEY is derived from (the same business
 * key always yields the same DATA_KEY, so running a scenario again updates its records).
 */
import { createHash } from "node:crypto";
import type { ScenarioCodes, ScenarioDefinition } from "ywjy/sdk";

export interface ScenarioRecordDraft {
  DATA_NO: number;
  /** A key unique within the data set, e.g. the section code plus the bidder's rank. */
  businessKey: string;
  context: Record<string, string>;
  /** The tender project whose audit trail logs the record. */
  tenderProjectCode: string;
}

export interface RecordFactory {
  /** PLATFORM_CODE the records carry (the discovery document gives the same). */
  readonly platformCode: string;
  build(scenario: ScenarioDefinition, codes: ScenarioCodes): ScenarioRecordDraft[];
}

/** DATA_KEY: SYSTEM_NO (4) + DATA_NO (3 or 4) + 15 or 14 digits from a hash of the business key (22 in all). */
export function dataKeyOf(systemNo: string, dataNo: number, businessKey: string): string {
  const prefix = systemNo + String(dataNo);
  const digest = BigInt("0x" + createHash("sha256").update(`${dataNo}:${businessKey}`).digest("hex").slice(0, 24));
  const rest = 22 - prefix.length;
  return prefix + (digest % 10n ** BigInt(rest)).toString().padStart(rest, "0");
}
