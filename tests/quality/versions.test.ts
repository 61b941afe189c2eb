// The quality check judges the last version of each DATA_KEY: a later DATA_TYPE 2 replaces an earlier
// version (its defects go with it), a last DATA_TYPE 3 withdraws the record from every rule.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkQuality, checkRecords } from "../../src/quality/index.ts";
import { LatestVersions } from "../../src/quality/versions.ts";

const CONTEXT = {
  PLATFORM_CODE: "91350200MA2YQ3JK4G",
  PUB_SERVICE_PLAT_CODE: "12350200MB0112345X",
  DATA_TIMESTAMP: "20261201100000",
  TRADE_PLAT: "E3502000001",
  PUB_SERVICE_PLAT: "P3502000001",
  TENDER_PROJECT_CODE: "E3502032026110001001",
  BID_SECTION_CODE: "E3502032026110001001001",
  UNIFIED_DEAL_CODE: "A01-913502001234567890-20261201-000001-X",
  BIDDER_NAME: "厦门市某建设工程有限公司",
  BIDDER_ORG_CODE: "913502001234567890",
  BID_EVALUATION_REPORT: "合格",
};
const KEY = "0201520Q00000000000002";
/** A bid evaluation record (520); `broken` leaves out a mandatory field (QC-MANDATORY). */
const version = (DATA_TYPE: string, broken: boolean) => ({ DATA_NO: 520, DATA_TYPE, DATA_KEY: KEY, context: broken ? { ...CONTEXT, BIDDER_NAME: " " } : CONTEXT });
/** Another record that stays as it is, so that the rule always has something to check. */
const other = { DATA_NO: 520, DATA_TYPE: "1", DATA_KEY: "0201520Q00000000000003", context: CONTEXT };

const cases: Array<[string, object[], { findings: string[]; superseded: number; deletes: number }]> = [
  ["a defect fixed by a later change is not reported", [version("1", true), other, version("2", false)], { findings: [], superseded: 1, deletes: 0 }],
  ["a defect a later change brings in is reported once", [version("1", false), other, version("2", true)], { findings: [`${KEY} /context/BIDDER_NAME`], superseded: 1, deletes: 0 }],
  ["a withdrawn record is not judged, whatever its earlier versions held", [version("1", true), version("2", true), other, version("3", true)], { findings: [], superseded: 2, deletes: 1 }],
  ["a record reported again after its withdrawal is judged", [version("1", false), version("3", false), version("1", true)], { findings: [`${KEY} /context/BIDDER_NAME`], superseded: 2, deletes: 0 }],
  ["a record reported once is judged as it is", [version("1", true)], { findings: [`${KEY} /context/BIDDER_NAME`], superseded: 0, deletes: 0 }],
];

const summarise = (r: ReturnType<typeof checkRecords>) => ({
  findings: r.findings.filter((f) => f.ruleId === "QC-MANDATORY").map((f) => `${f.DATA_KEY} ${f.path}`),
  superseded: r.summary.superseded,
  deletes: r.summary.deletes,
});

describe("the last version of each DATA_KEY", () => {
  const dir = mkdtempSync(join(tmpdir(), "ywjy-quality-versions-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(cases)("%s (records in memory)", (_name, records, want) => {
    expect(summarise(checkRecords(records, { rules: ["QC-MANDATORY"] }))).toEqual(want);
  });

  it.each(cases)("%s (NDJSON)", async (name, records, want) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.ndjson`);
    // A blank line and a malformed one do not shift what counts as the last version.
    writeFileSync(file, ["", ...records.map((r) => JSON.stringify(r)), "{not json"].join("\n"));
    const r = await checkQuality([file], { rules: ["QC-MANDATORY"] });
    expect(summarise(r)).toEqual(want);
    expect(r.summary.unreadable).toBe(1);
  });

  it("finds the versions on lines that straddle the reader's 1 MB chunks", async () => {
    const file = join(dir, "long-lines.ndjson");
    const long = (r: ReturnType<typeof version>) => ({ ...r, context: { ...r.context, BID_EVALUATION_REPORT: "合格".repeat(300_000) } });
    writeFileSync(file, [JSON.stringify(long(version("1", true))), JSON.stringify(long(other)), JSON.stringify(version("2", false))].join("\r\n"));
    expect(summarise(await checkQuality([file], { rules: ["QC-MANDATORY"] }))).toEqual({ findings: [], superseded: 1, deletes: 0 });
  });

  it("reads a pipe only once, judging every version on it", async () => {
    const fifo = join(dir, "pipe.ndjson");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", 'cat > "$0"', fifo], { stdio: ["pipe", "ignore", "ignore"] });
    writer.stdin.end([version("1", true), other, version("2", false)].map((r) => JSON.stringify(r)).join("\n") + "\n");
    const r = await checkQuality([fifo], { rules: ["QC-MANDATORY"] });
    expect(summarise(r)).toEqual({ findings: [`${KEY} /context/BIDDER_NAME`], superseded: 0, deletes: 0 });
    expect(r.summary.records).toBe(3);
  });

  it("follows the versions across files, in the order the files are read", async () => {
    const sub = join(dir, "across");
    mkdirSync(sub);
    const pkg = { packageId: "XM-0201-20261201-001", specVersion: "0.1.0", SYSTEM_NO: "0201", PLATFORM_CODE: "91350200MA2YQ3JK4G", createdAt: "2026-12-01T10:00:00+08:00" };
    writeFileSync(join(sub, "a.json"), JSON.stringify({ ...pkg, records: [version("1", true), other] }));
    writeFileSync(join(sub, "b.ndjson"), JSON.stringify(version("2", false)) + "\n");
    expect(summarise(await checkQuality([sub], { rules: ["QC-MANDATORY"] }))).toEqual({ findings: [], superseded: 1, deletes: 0 });
  });
});

it("still judges how an add was reported once a later version changed it: its reporting lag stands", () => {
  const add = { DATA_NO: 513, DATA_KEY: "0201513Q00000000000002", DATA_TYPE: "1", context: { NOTICE_SEND_TIME: "20261201090000", DATA_TIMESTAMP: "20261203090000" } };
  const change = { ...add, DATA_TYPE: "2", context: { ...add.context, DATA_TIMESTAMP: "20261204090000" } };
  const withdrawal = { ...add, DATA_TYPE: "3", context: { ...add.context, DATA_TIMESTAMP: "20261205090000" } };
  for (const records of [[add, change], [add, change, withdrawal]]) {
    const r = checkRecords(records, { rules: ["QT-REPORT-LAG"] });
    expect(r.findings.map((f) => [f.ruleId, f.DATA_KEY, f.path])).toEqual([["QT-REPORT-LAG", add.DATA_KEY, "/context/DATA_TIMESTAMP"]]);
    expect(r.findings[0]!.message.en).toContain("48 hours later");
  }
});

describe("LatestVersions", () => {
  // 30,000 keys, a third of them reported again (some several times), in a shuffled order.
  const keys: string[] = [];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 30_000; i++) keys.push(`0201502${String(i).padStart(15, "0")}`);
  for (let i = 0; i < 15_000; i++) keys.push(keys[next() % 10_000]!);
  const expected = new Map<string, number>();
  keys.forEach((k, p) => expected.set(k, p));

  it.each([
    ["its own hash", undefined],
    ["a hash under which every key collides", () => 7],
    ["a hash of 0 for every key (0 marks an empty slot)", () => 0],
    ["a hash of three values", (k: string) => k.charCodeAt(k.length - 1) % 3],
  ] as Array<[string, ((k: string) => number) | undefined]>)("answers exactly as a map of every key would, with %s", (_name, hash) => {
    const v = new LatestVersions(hash);
    keys.forEach((k, p) => v.note(k, p));
    const wrong = keys.map((k, p) => [k, p] as const).filter(([k, p]) => v.isLatest(k, p) !== (expected.get(k) === p));
    expect(wrong).toEqual([]);
    expect(v.isLatest("0201502999999999999999", 0)).toBe(true);
  });
});
