/**
 * Reconciliation (对账): the digests of the channel document, a sender's manifest built from the records
 * it holds, and the platform's comparison of a manifest with what it holds. Pure functions, used by the
 * platform's intake and by the vendors' publisher alike.
 */
import { createHash } from "node:crypto";
import canonicalizeModule from "canonicalize";
import type { BucketReport, ManifestBucket, ManifestItem, ReconciliationManifest, ReconciliationReport, ReportRecord } from "../../generated/sdk/channel.ts";

const canonicalize = canonicalizeModule as unknown as (v: unknown) => string | undefined;

const sha256 = (text: string | Uint8Array) => `sha256:${createHash("sha256").update(text).digest("hex")}`;

/** `sha256:` + the hex SHA-256 of the record's RFC 8785 canonical JSON. */
export function recordDigest(record: unknown): string {
  return sha256(canonicalize(record) ?? "");
}

/** The day a record counts for: the first 8 digits of its DATA_TIMESTAMP (yyyyMMdd), if it has one. */
export function recordDay(record: ReportRecord): string | undefined {
  const ts = record.context?.DATA_TIMESTAMP;
  return typeof ts === "string" && /^\d{14}$/.test(ts) ? ts.slice(0, 8) : undefined;
}

/** What reconciliation needs of one held record: the latest version of its DATA_KEY. */
export interface HeldItem {
  DATA_KEY: string;
  DATA_NO: number;
  day: string;
  digest: string;
}

export function heldItem(record: ReportRecord, digest?: string): HeldItem | undefined {
  const day = recordDay(record);
  return day ? { DATA_KEY: record.DATA_KEY, DATA_NO: record.DATA_NO, day, digest: digest ?? recordDigest(record) } : undefined;
}

const byKey = (a: { DATA_KEY: string }, b: { DATA_KEY: string }) => (a.DATA_KEY < b.DATA_KEY ? -1 : a.DATA_KEY > b.DATA_KEY ? 1 : 0);

/** `sha256:` + the hex SHA-256 of `DATA_KEY digest\n` lines sorted by DATA_KEY (code-point order). */
export function bucketDigest(items: readonly ManifestItem[]): string {
  return sha256([...items].sort(byKey).map((i) => `${i.DATA_KEY} ${i.digest}\n`).join(""));
}

const bucketId = (day: string, dataNo: number) => `${day}/${dataNo}`;

/** Groups items into buckets per day and DATA_NO, for the given days only, sorted by day then DATA_NO. */
export function buildBuckets(items: Iterable<HeldItem>, days: readonly string[], withItems = true): ManifestBucket[] {
  const wanted = new Set(days);
  const groups = new Map<string, { day: string; DATA_NO: number; items: ManifestItem[] }>();
  for (const i of items) {
    if (!wanted.has(i.day)) continue;
    const id = bucketId(i.day, i.DATA_NO);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { day: i.day, DATA_NO: i.DATA_NO, items: [] }));
    g.items.push({ DATA_KEY: i.DATA_KEY, digest: i.digest });
  }
  return [...groups.values()]
    .sort((a, b) => (a.day === b.day ? a.DATA_NO - b.DATA_NO : a.day < b.day ? -1 : 1))
    .map((g) => {
      const sorted = g.items.sort(byKey);
      return { day: g.day, DATA_NO: g.DATA_NO, count: sorted.length, digest: bucketDigest(sorted), ...(withItems ? { items: sorted } : {}) };
    });
}

/** A sender's manifest of the records it holds (the latest version of each DATA_KEY) for `days`. */
export function buildManifest(o: { systemNo: string; records: Iterable<ReportRecord>; days: string[]; withItems?: boolean; manifestId?: string; now?: Date }): ReconciliationManifest {
  const items: HeldItem[] = [];
  for (const r of o.records) {
    const i = heldItem(r);
    if (i) items.push(i);
  }
  return {
    manifestId: o.manifestId ?? crypto.randomUUID(),
    systemNo: o.systemNo,
    days: [...o.days].sort(),
    createdAt: (o.now ?? new Date()).toISOString(),
    buckets: buildBuckets(items, o.days, o.withItems ?? true),
  };
}

/** The day before `date` in Beijing time, as yyyyMMdd: the day a daily manifest covers. */
export function previousDayBeijing(date: Date = new Date()): string {
  const beijing = new Date(date.getTime() + 8 * 3600_000 - 24 * 3600_000);
  return beijing.toISOString().slice(0, 10).replace(/-/g, "");
}

/** Problems that make a manifest unusable, beyond its JSON Schema: each a reason for intake.manifest-invalid. */
export function manifestInconsistencies(m: ReconciliationManifest): string[] {
  const out: string[] = [];
  const days = new Set(m.days);
  const seen = new Set<string>();
  for (const [i, b] of m.buckets.entries()) {
    if (!days.has(b.day)) out.push(`buckets[${i}]: day ${b.day} is not among days`);
    const id = bucketId(b.day, b.DATA_NO);
    if (seen.has(id)) out.push(`buckets[${i}]: a second bucket for day ${b.day} and DATA_NO ${b.DATA_NO}`);
    seen.add(id);
    if (b.items) {
      if (b.items.length !== b.count) out.push(`buckets[${i}]: count ${b.count} but ${b.items.length} items`);
      else if (bucketDigest(b.items) !== b.digest) out.push(`buckets[${i}]: the digest is not the digest of its items`);
    }
  }
  return out;
}

/** The platform's answer to a manifest, given the platform's held items of the manifest's system. */
export function compareManifest(m: ReconciliationManifest, platformItems: Iterable<HeldItem>, now: Date = new Date()): ReconciliationReport {
  const platform = new Map(buildBuckets(platformItems, m.days, true).map((b) => [bucketId(b.day, b.DATA_NO), b]));
  const sender = new Map(m.buckets.map((b) => [bucketId(b.day, b.DATA_NO), b]));
  const ids = [...new Set([...sender.keys(), ...platform.keys()])].sort((a, b) => {
    const [da, na] = a.split("/");
    const [db, nb] = b.split("/");
    return da === db ? Number(na) - Number(nb) : da! < db! ? -1 : 1;
  });
  const buckets: BucketReport[] = ids.map((id) => {
    const s = sender.get(id);
    const p = platform.get(id);
    const [day, dataNo] = id.split("/") as [string, string];
    const pItems = p?.items ?? [];
    const report: BucketReport = {
      day,
      DATA_NO: Number(dataNo),
      status: "match",
      senderCount: s?.count ?? 0,
      platformCount: pItems.length,
      platformDigest: p?.digest ?? bucketDigest([]),
      missing: [],
      differing: [],
      unexpected: [],
      itemsNeeded: false,
    };
    if ((s?.digest ?? bucketDigest([])) === report.platformDigest && report.senderCount === report.platformCount) return report;
    report.status = "differ";
    if (s && !s.items) {
      report.itemsNeeded = true;
      return report;
    }
    const mine = new Map(pItems.map((i) => [i.DATA_KEY, i.digest]));
    const theirs = new Map((s?.items ?? []).map((i) => [i.DATA_KEY, i.digest]));
    for (const [key, digest] of theirs) {
      const held = mine.get(key);
      if (held === undefined) report.missing.push(key);
      else if (held !== digest) report.differing.push(key);
    }
    for (const key of mine.keys()) if (!theirs.has(key)) report.unexpected.push(key);
    return report;
  });
  return {
    manifestId: m.manifestId,
    systemNo: m.systemNo,
    checkedAt: now.toISOString(),
    status: buckets.some((b) => b.status === "differ") ? "differ" : "match",
    buckets,
    findings: [],
  };
}
