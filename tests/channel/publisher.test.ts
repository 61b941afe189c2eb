/**
 * The vendors' publisher against the mock platform on loopback: gapless numbering that survives a
 * restart, signatures the platform verifies, signed receipts, retries with back-off and jitter, a
 * durable outbox through an outage, one message per tender project in flight, what it does on each
 * receipt, and reconciliation.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateSigningKey } from "../../src/auth/index.ts";
import type { IntakeEvent } from "../../src/platform/index.ts";
import type { Delivery, DeliveryProblem } from "../../src/sdk/publisher.ts";
import { CLIENT, SYSTEM_NO, testPlatform, variant, type TestPlatform } from "../platform/fixtures.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "ywjy-publisher-"));
  dirs.push(d);
  return d;
};
let open: TestPlatform[] = [];
afterEach(async () => {
  await Promise.all(open.map((t) => t.close()));
  open = [];
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const platform = async (...a: Parameters<typeof testPlatform>) => {
  const t = await testPlatform(...a);
  open.push(t);
  return t;
};

/** Records of two tender projects: sections of project A (…001) and B (…002). */
const sectionA = (n: number) => variant(502, n);
const sectionB = (n: number) => variant(502, n, { TENDER_PROJECT_CODE: "E3502032026110001002", BID_SECTION_CODE: "E3502032026110001002001" });

const pushes = (t: TestPlatform) => {
  const events: Array<Extract<IntakeEvent, { type: "push" }>> = [];
  t.platform.intake.onEvent((e) => e.type === "push" && events.push(e));
  return events;
};
const until = async (cond: () => boolean) => {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
};

describe("publisher", () => {
  it("numbers, signs and delivers every record; verifies the platform's receipts", async () => {
    const t = await platform();
    const deliveries: Delivery[] = [];
    const pub = t.publisher({ verifyReceipts: "discover", onDelivery: (d) => deliveries.push(d) }).start();
    for (let n = 1; n <= 4; n++) pub.publish(sectionA(n));
    pub.publish([sectionB(5), sectionB(6)]);
    await pub.drain();
    // Two tender projects travel side by side: a message may overtake an earlier one and be held.
    expect(deliveries.every((d) => d.status === "accepted" || d.status === "held")).toBe(true);
    expect(deliveries.map((d) => d.item.sequence).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(t.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: 5, held: [], gaps: [] });
    expect(t.platform.intake.records({ systemNo: SYSTEM_NO, state: "accepted" })).toHaveLength(6);
  });

  it("continues the sequence after a restart (file outbox)", async () => {
    const t = await platform();
    const dataDir = tempDir();
    const a = t.publisher({ dataDir }).start();
    a.publish(sectionA(1));
    a.publish(sectionA(2));
    await a.drain();
    await a.stop();
    const b = t.publisher({ dataDir }).start();
    expect(b.nextSequence).toBe(3);
    const id = b.publish(sectionA(3));
    expect((await b.delivered(id)).item.sequence).toBe(3);
    expect(readdirSync(join(dataDir, "outbox"))).toEqual([]);
    expect(existsSync(join(dataDir, "receipts.ndjson"))).toBe(true);
  });

  it("loses nothing during an outage and duplicates nothing after recovery, across a restart of the sender", async () => {
    const t = await platform();
    const dataDir = tempDir();
    const outage = t.platform.faults.add({ action: "fail", status: 503 });
    const problems: DeliveryProblem[] = [];
    const a = t.publisher({ dataDir, onProblem: (p) => problems.push(p) }).start();
    for (let n = 1; n <= 3; n++) a.publish(sectionA(n));
    for (let n = 4; n <= 5; n++) a.publish(sectionB(n));
    await until(() => problems.length >= 6);
    await a.stop();
    expect(problems.every((p) => p.kind === "unavailable" && p.httpStatus === 503)).toBe(true);
    expect(readdirSync(join(dataDir, "outbox"))).toHaveLength(5);
    expect(t.platform.intake.records()).toHaveLength(0);

    t.platform.faults.remove(outage.id);
    const b = t.publisher({ dataDir }).start();
    await b.drain();
    const stored = t.platform.intake.records({ systemNo: SYSTEM_NO });
    expect(stored.map((s) => s.record.DATA_KEY).sort()).toEqual([1, 2, 3, 4, 5].map((n) => (n <= 3 ? sectionA(n) : sectionB(n)).DATA_KEY).sort());
    expect(stored.every((s) => s.versions === 1 && s.state === "accepted")).toBe(true);
    expect(t.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: 5, highestReceived: 5, gaps: [] });
  });

  it("retries a lost answer with the same event id, number and signature; the platform stores it once", async () => {
    const t = await platform();
    const events = pushes(t);
    t.platform.faults.add({ action: "drop-response", times: 1 });
    const pub = t.publisher().start();
    const d = await pub.delivered(pub.publish(sectionA(1)));
    expect([d.status, d.receipt.duplicate]).toEqual(["accepted", true]);
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.headers["Ywjy-Event-Id"])).size).toBe(1);
    expect(new Set(events.map((e) => e.headers["Ywjy-Signature"])).size).toBe(1);
    expect(t.platform.intake.records({ DATA_KEY: sectionA(1).DATA_KEY })[0]!.versions).toBe(1);
  });

  it("backs off exponentially with full jitter and honours Retry-After", async () => {
    const t = await platform();
    t.platform.faults.add({ action: "fail", status: 503, times: 3 });
    t.platform.faults.add({ action: "fail", status: 429, retryAfterSeconds: 1, times: 1 });
    const problems: DeliveryProblem[] = [];
    const pub = t.publisher({ random: () => 0.999, retry: { initialDelayMs: 4, multiplier: 2, maxDelayMs: 12 }, onProblem: (p) => problems.push(p) }).start();
    await pub.delivered(pub.publish(sectionA(1)));
    expect(problems.map((p) => [p.httpStatus, Math.ceil(p.retryInMs)])).toEqual([
      [503, 4],
      [503, 8],
      [503, 12],
      [429, 1000],
    ]);
    const t2 = await platform();
    t2.platform.faults.add({ action: "fail", status: 503, times: 1 });
    const low: DeliveryProblem[] = [];
    const pub2 = t2.publisher({ random: () => 0.25, retry: { initialDelayMs: 40 }, onProblem: (p) => low.push(p) }).start();
    await pub2.delivered(pub2.publish(sectionA(1)));
    expect(low[0]!.retryInMs).toBe(10);
  });

  it("has one message per tender project in flight; other projects go on, arriving out of sequence and held", async () => {
    const t = await platform();
    const events = pushes(t);
    // The first message of project A fails until B's first message is in: B overtakes it.
    const slow = t.platform.faults.add({ action: "fail", status: 503, match: { sequences: [1] } });
    t.platform.intake.onEvent((e) => e.type === "push" && e.receipt.sequence === 2 && t.platform.faults.remove(slow.id));
    const pub = t.publisher({ concurrency: 2 }).start();
    pub.publish(sectionA(1));
    pub.publish(sectionA(2));
    pub.publish(sectionB(3));
    pub.publish(sectionB(4));
    await pub.drain();
    const order = events.map((e) => [e.headers["Ywjy-Ordering-Key"]!.slice(-3), e.receipt.sequence, e.receipt.status]);
    const a = order.filter((o) => o[0] === "001").map((o) => o[1]);
    expect(a).toEqual([...a].sort());
    expect(order.filter((o) => o[2] === "held").length).toBeGreaterThan(0);
    // A's second message left only after A's first was answered.
    expect(order.findIndex((o) => o[0] === "001" && o[1] === a[1])).toBeGreaterThan(order.findIndex((o) => o[0] === "001" && o[1] === a[0]));
    expect(t.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: 4, held: [] });
  });

  it("does not resend a message rejected for its content; keeps it for correction and goes on", async () => {
    const t = await platform();
    const dataDir = tempDir();
    const deliveries: Delivery[] = [];
    const pub = t.publisher({ dataDir, onDelivery: (d) => deliveries.push(d) }).start();
    const bad = sectionA(1);
    delete (bad.context as Record<string, string | undefined>).BID_SECTION_NAME;
    pub.publish(bad);
    pub.publish(sectionA(2));
    await pub.drain();
    expect(deliveries.map((d) => [d.item.sequence, d.status, d.httpStatus])).toEqual([
      [1, "rejected", 422],
      [2, "accepted", 200],
    ]);
    expect(deliveries[0]!.receipt.findings.map((f) => [f.ruleId, f.path])).toEqual([["field-mandatory", "/context/BID_SECTION_NAME"]]);
    expect(readdirSync(join(dataDir, "rejected"))).toHaveLength(1);
  });

  it("keeps a message refused for its signature and delivers it, same number, once the key is registered", async () => {
    const t = await platform();
    const wrongKey = await generateSigningKey();
    const problems: DeliveryProblem[] = [];
    const pub = t.publisher({ signingKey: wrongKey, onProblem: (p) => problems.push(p) }).start();
    const id = pub.publish(sectionA(1));
    await until(() => problems.length >= 2);
    expect(problems[0]!.kind).toBe("refused");
    expect(problems[0]!.findings!.map((f) => [f.ruleId, f.path, f.severity])).toEqual([["intake.signature-invalid", "/headers/Ywjy-Signature", "error"]]);
    t.platform.register({ ...CLIENT, systemNo: SYSTEM_NO, jwks: { keys: [t.key.publicJwk, wrongKey.publicJwk] } });
    const d = await pub.delivered(id);
    expect([d.status, d.item.sequence]).toEqual(["accepted", 1]);
  });

  it("renumbers past the platform's numbers when its own are out of step (409)", async () => {
    const t = await platform();
    const a = t.publisher().start();
    a.publish(sectionA(1));
    a.publish(sectionA(2));
    await a.drain();
    const problems: DeliveryProblem[] = [];
    const b = t.publisher({ onProblem: (p) => problems.push(p) }).start();
    const d = await b.delivered(b.publish(sectionA(3)));
    expect(problems.map((p) => [p.kind, p.httpStatus, p.findings?.[0]?.ruleId])).toEqual([["renumbered", 409, "intake.sequence-reused"]]);
    expect([d.status, d.item.sequence]).toEqual(["accepted", 3]);
  });

  it.each([
    ["records of two tender projects", () => [sectionA(1), sectionB(2)], /several tender projects/],
    ["a DATA_KEY of another system", () => [{ ...sectionA(1), DATA_KEY: "0202" + sectionA(1).DATA_KEY.slice(4) }], /does not start with SYSTEM_NO/],
    ["no records", () => [], /no records/],
  ])("refuses to queue %s", async (_name, records, want) => {
    const t = await platform();
    expect(() => t.publisher().publish(records())).toThrow(want);
  });

  it("reconciles, re-sends exactly the missing records, and then matches", async () => {
    const t = await platform();
    const held = [1, 2, 3].map((n) => variant(502, n, { DATA_TIMESTAMP: "20261104101010" }));
    const pub = t.publisher().start();
    pub.publish(held[0]!);
    pub.publish(held[1]!);
    await pub.drain();
    const { report } = await pub.reconcile(held, ["20261104"]);
    expect(report.status).toBe("differ");
    expect(report.buckets.flatMap((b) => b.missing)).toEqual([held[2]!.DATA_KEY]);
    const ids = pub.resend(report, (k) => held.find((r) => r.DATA_KEY === k));
    expect(ids).toHaveLength(1);
    await pub.drain();
    expect((await pub.reconcile(held, ["20261104"])).report.status).toBe("match");
  });
});
