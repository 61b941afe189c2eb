/**
 * The Java publisher against the real mock platform (`ywjy mock-platform`, a separate process on loopback):
 * a key made by the Java SDK is registered; every record is signed, numbered without gaps and delivered
 * with receipts whose signatures the Java side verifies; a 503 with Retry-After is retried no sooner than
 * it says; an invalid record is rejected with the platform's findings (the Java validator found the same);
 * the sequence continues after a restart (file outbox); reconciliation matches.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { example, exampleFiles } from "../validate/helpers.ts";
import { buildJava, runJava, type JavaBuild } from "./java-build.ts";
import { startPlatformProcess, type PlatformProcess } from "./mock-platform-process.ts";

const SYSTEM_NO = "0201";
const CLIENT_ID = "java-vendor-0201";
const SECRET = "java-vendor-secret-0201";

type Line = Record<string, any>;

describe("the Java publisher against ywjy mock-platform", () => {
  let build: JavaBuild;
  let platform: PlatformProcess;
  let dir: string;

  beforeAll(async () => {
    build = buildJava();
    dir = mkdtempSync(join(tmpdir(), "ywjy-java-publisher-"));
    const key = await runJava(build, "cn.xiamen.ggzy.ywjy.examples.PushRecords", ["new-key", join(dir, "push-key.json")]);
    expect(key.stderr).toBe("");
    const jwks = JSON.parse(key.stdout);
    writeFileSync(join(dir, "platform.json"), JSON.stringify({ clients: [{ clientId: CLIENT_ID, clientSecret: SECRET, systemNo: SYSTEM_NO, jwks }] }));
    platform = await startPlatformProcess(join(dir, "platform.json"));
  }, 300_000);
  afterAll(async () => {
    await platform?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const push = async (records: unknown[], name: string, outbox = "outbox") => {
    const file = join(dir, `${name}.ndjson`);
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const args = ["push", "--platform", platform.url, "--system-no", SYSTEM_NO, "--client-id", CLIENT_ID, "--key", join(dir, "push-key.json"), "--data-dir", join(dir, outbox), file];
    const child = await runJava(build, "cn.xiamen.ggzy.ywjy.examples.PushRecords", args, undefined, { YWJY_CLIENT_SECRET: SECRET });
    expect(child.stderr, child.stdout).toBe("");
    expect(child.code).toBe(0);
    return child.stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);
  };

  it("signs, numbers and delivers every record, honours Retry-After, reports the platform's findings, and reconciles", async () => {
    const records: any[] = exampleFiles().map((f) => example(Number(f.split("-")[0])));
    const invalid = example(500);
    invalid.DATA_KEY = "0201500999999999999999";
    invalid.context.RELATE_CODE = "7";
    records.push(invalid);
    await platform.admin("/faults", { action: "fail", status: 503, retryAfterSeconds: 1, times: 1, match: { target: "reports", systemNo: SYSTEM_NO } });

    const lines = await push(records, "first");
    const deliveries = lines.filter((l) => l.event === "delivery");
    expect(deliveries).toHaveLength(records.length);
    expect(deliveries.map((d) => d.sequence).sort((a, b) => a - b)).toEqual(records.map((_, i) => i + 1));
    const rejected = deliveries.filter((d) => d.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.receipt.findings.map((f: Line) => [f.ruleId, f.path])).toEqual([["field-code", "/context/RELATE_CODE"]]);
    // The Java validator found the same before the push.
    const validation = lines.find((l) => l.event === "validation" && l.DATA_KEY === invalid.DATA_KEY)!;
    expect(validation.findings.map((f: Line) => [f.ruleId, f.path, f.message.en])).toEqual(rejected[0]!.receipt.findings.map((f: Line) => [f.ruleId, f.path, f.message.en]));
    expect(deliveries.filter((d) => d.status !== "rejected").every((d) => d.status === "accepted" || d.status === "held")).toBe(true);

    const unavailable = lines.filter((l) => l.event === "problem" && l.kind === "unavailable");
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatchObject({ httpStatus: 503 });
    expect(unavailable[0]!.retryInMs).toBeGreaterThanOrEqual(1000);
    expect(lines.filter((l) => l.event === "problem" && l.kind === "receipt-signature")).toEqual([]);

    const status = await platform.admin(`/systems/${SYSTEM_NO}/sequence`);
    expect(status).toMatchObject({ appliedThrough: records.length, held: [], gaps: [] });
    expect((await platform.admin(`/records?systemNo=${SYSTEM_NO}`)).count).toBe(records.length - 1);

    const reconciliation = lines.find((l) => l.event === "reconciliation")!;
    // The rejected record is not at the platform: its bucket differs and names it missing; the rest match.
    const buckets = reconciliation.report.buckets as Line[];
    expect(buckets.flatMap((b) => b.missing)).toEqual([invalid.DATA_KEY]);
    expect(buckets.filter((b) => b.missing.length === 0).every((b) => b.status === "match")).toBe(true);
    expect(buckets.flatMap((b) => [...b.differing, ...b.unexpected])).toEqual([]);
  }, 240_000);

  it("continues the sequence after a restart of the sender (file outbox)", async () => {
    const r = example(502);
    r.DATA_KEY = "0201502000000000000777";
    const lines = await push([r], "second");
    const delivery = lines.find((l) => l.event === "delivery")!;
    expect(delivery).toMatchObject({ status: "accepted", sequence: exampleFiles().length + 2 });
    expect(lines.find((l) => l.event === "done")!.sequenceStatus).toMatchObject({ appliedThrough: exampleFiles().length + 2, gaps: [] });
  }, 120_000);

  it("renumbers past what the platform holds when its numbering is out of step (409), as after restoring an old backup", async () => {
    const r = example(502);
    r.DATA_KEY = "0201502000000000000888";
    const highest = (await platform.admin(`/systems/${SYSTEM_NO}/sequence`)).highestReceived as number;
    const lines = await push([r], "third", "outbox-restored");
    expect(lines.filter((l) => l.event === "problem").map((l) => [l.kind, l.httpStatus])).toEqual([["renumbered", 409]]);
    expect(lines.find((l) => l.event === "delivery")).toMatchObject({ status: "accepted", sequence: highest + 1 });
    expect(await platform.admin(`/systems/${SYSTEM_NO}/sequence`)).toMatchObject({ appliedThrough: highest + 1, gaps: [] });
  }, 120_000);
});
