/**
 * Reconciliation as the channel document defines it: record and bucket digests, a sender's manifest,
 * the platform's comparison naming missing, differing and unexpected DATA_KEYs, and the consistency
 * checks of a manifest.
 */
import { describe, expect, it } from "vitest";
import type { ReportRecord } from "../../generated/sdk/channel.ts";
import { bucketDigest, buildManifest, compareManifest, heldItem, manifestInconsistencies, previousDayBeijing, recordDigest } from "../../src/platform/reconciliation.ts";
import { SYSTEM_NO, variant } from "../platform/fixtures.ts";

const DAY = "20261104";
const at = (day: string) => `${day}101010`;
const rec = (n: number, day = DAY, name = "标段") => variant(502, n, { DATA_TIMESTAMP: at(day), BID_SECTION_NAME: name });
const items = (records: ReportRecord[]) => records.map((r) => heldItem(r)!);

describe("digests", () => {
  it("a record's digest does not depend on the order of its keys", () => {
    const r = rec(1);
    const shuffled = JSON.parse(JSON.stringify({ context: r.context, DATA_KEY: r.DATA_KEY, DATA_TYPE: r.DATA_TYPE, DATA_EN: r.DATA_EN, DATA_NO: r.DATA_NO }));
    expect(recordDigest(shuffled)).toBe(recordDigest(r));
    expect(recordDigest(rec(1, DAY, "other"))).not.toBe(recordDigest(r));
    expect(recordDigest(r)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("a bucket's digest does not depend on the order of its items", () => {
    const list = items([rec(1), rec(2), rec(3)]);
    expect(bucketDigest([...list].reverse())).toBe(bucketDigest(list));
  });

  it("the day of a manifest is the day before, Beijing time", () => {
    expect(previousDayBeijing(new Date("2026-11-27T17:00:00Z"))).toBe("20261127");
    expect(previousDayBeijing(new Date("2026-11-27T15:59:00Z"))).toBe("20261126");
  });
});

interface Row {
  name: string;
  sender: ReportRecord[];
  platform: ReportRecord[];
  withItems?: boolean;
  want: { status: "match" | "differ"; missing?: string[]; differing?: string[]; unexpected?: string[]; itemsNeeded?: boolean };
}

const key = (n: number) => rec(n).DATA_KEY;
const rows: Row[] = [
  { name: "the same records match", sender: [rec(1), rec(2)], platform: [rec(2), rec(1)], want: { status: "match" } },
  { name: "a record the platform lacks is missing", sender: [rec(1), rec(2)], platform: [rec(1)], want: { status: "differ", missing: [key(2)] } },
  { name: "a record with other content differs", sender: [rec(1, DAY, "new")], platform: [rec(1, DAY, "old")], want: { status: "differ", differing: [key(1)] } },
  { name: "a record only the platform holds is unexpected", sender: [rec(1)], platform: [rec(1), rec(3)], want: { status: "differ", unexpected: [key(3)] } },
  { name: "a differing bucket without items asks for them", sender: [rec(1), rec(2)], platform: [rec(1)], withItems: false, want: { status: "differ", itemsNeeded: true } },
  { name: "a matching bucket without items matches", sender: [rec(1)], platform: [rec(1)], withItems: false, want: { status: "match" } },
  { name: "records of other days are left out", sender: [rec(1)], platform: [rec(1), rec(5, "20261105")], want: { status: "match" } },
  { name: "nothing on either side matches", sender: [], platform: [], want: { status: "match" } },
];

describe("compareManifest", () => {
  it.each(rows)("$name", (row) => {
    const manifest = buildManifest({ systemNo: SYSTEM_NO, records: row.sender, days: [DAY], withItems: row.withItems });
    expect(manifestInconsistencies(manifest)).toEqual([]);
    const report = compareManifest(manifest, items(row.platform));
    expect(report.status).toBe(row.want.status);
    const all = (k: "missing" | "differing" | "unexpected") => report.buckets.flatMap((b) => b[k]);
    expect([all("missing"), all("differing"), all("unexpected")]).toEqual([row.want.missing ?? [], row.want.differing ?? [], row.want.unexpected ?? []]);
    expect(report.buckets.some((b) => b.itemsNeeded)).toBe(row.want.itemsNeeded ?? false);
  });
});

describe("manifestInconsistencies", () => {
  const good = () => buildManifest({ systemNo: SYSTEM_NO, records: [rec(1), rec(2)], days: [DAY] });
  it.each([
    ["a bucket of a day not listed", (m: ReturnType<typeof good>) => (m.days = ["20261101"]), /day 20261104 is not among days/],
    ["a count that is not the number of items", (m: ReturnType<typeof good>) => (m.buckets[0]!.count = 5), /count 5 but 2 items/],
    ["a digest that is not the items'", (m: ReturnType<typeof good>) => (m.buckets[0]!.digest = bucketDigest([])), /not the digest of its items/],
    ["two buckets of one day and DATA_NO", (m: ReturnType<typeof good>) => m.buckets.push({ ...m.buckets[0]! }), /a second bucket/],
  ])("finds %s", (_name, spoil, want) => {
    const m = good();
    spoil(m);
    expect(manifestInconsistencies(m).join("\n")).toMatch(want);
  });
});
