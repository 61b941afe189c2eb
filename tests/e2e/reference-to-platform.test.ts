/**
 * End to end over loopback: the reference trading system runs every scenario of the access standard
 * and pushes each record it makes through the publisher (its RecordSink) to the mock city platform.
 *
 * Every scenario's records arrive valid, signed and in sequence; a repeated delivery is stored once;
 * messages that arrive out of sequence are held and applied in order; during an outage nothing is lost
 * and after it nothing is stored twice; a bad signature and a malformed record are refused with
 * findings; reconciliation names exactly the keys the platform misses.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startReferenceSystem, type DefectName, type ReferenceSystem } from "../../conformance/reference-system/index.ts";
import { SCENARIO_CATALOGUE } from "../../generated/sdk/access.ts";
import { CHANNEL_HEADERS, type ReportRecord } from "../../generated/sdk/channel.ts";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";
import { startMockPlatform, type IntakeEvent, type MockPlatform } from "../../src/platform/index.ts";
import { recordDay } from "../../src/platform/reconciliation.ts";
import { Publisher, publisherSink, type Delivery, type DeliveryProblem, type PublisherOptions } from "../../src/sdk/publisher.ts";
import { clientToken } from "../platform/fixtures.ts";

const SYSTEM_NO = "0201";
const SYSTEM_CLIENT = { clientId: `system-${SYSTEM_NO}`, clientSecret: "system-0201-secret" };
const RUNNER = { clientId: "runner", clientSecret: "runner-secret" };
const SCENARIOS = SCENARIO_CATALOGUE.scenarios.map((s) => s.name);

interface Rig {
  platform: MockPlatform;
  system: ReferenceSystem;
  publisher: Publisher;
  key: SigningKey;
  pushes: Array<Extract<IntakeEvent, { type: "push" }>>;
  deliveries: Delivery[];
  problems: DeliveryProblem[];
  /** Runs a scenario through the conformance hook; returns the DATA_KEYs it made or changed. */
  run(name: string): Promise<string[]>;
  /** The system's current record of each DATA_KEY (from its query API). */
  systemRecords(keys: Iterable<string>): Promise<ReportRecord[]>;
}

const rigs: Rig[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) {
    await r.publisher.stop();
    await r.system.close();
    await r.platform.close();
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function rig(o: { defects?: DefectName[]; publisher?: Partial<PublisherOptions>; signingKey?: SigningKey; durable?: boolean } = {}): Promise<Rig> {
  const platform = await startMockPlatform();
  const key = await generateSigningKey();
  platform.register({ ...SYSTEM_CLIENT, systemNo: SYSTEM_NO, jwks: { keys: [key.publicJwk] } });
  const pushes: Rig["pushes"] = [];
  platform.intake.onEvent((e) => e.type === "push" && pushes.push(e));
  const deliveries: Delivery[] = [];
  const problems: DeliveryProblem[] = [];
  const dataDir = o.durable ? mkdtempSync(join(tmpdir(), "ywjy-e2e-")) : undefined;
  if (dataDir) dirs.push(dataDir);
  const publisher = new Publisher({
    platformUrl: platform.url,
    systemNo: SYSTEM_NO,
    ...SYSTEM_CLIENT,
    signingKey: o.signingKey ?? key,
    dataDir,
    retry: { initialDelayMs: 5, maxDelayMs: 40 },
    verifyReceipts: platform.auth.jwks(),
    onDelivery: (d) => deliveries.push(d),
    onProblem: (p) => problems.push(p),
    ...o.publisher,
  }).start();
  const system = await startReferenceSystem({ sandbox: true, platform: { issuer: platform.url, keys: platform.auth.jwks() }, sink: publisherSink(publisher), defects: o.defects, log: () => {} });
  platform.register({ ...RUNNER, scopes: ["records:read", "conformance:run"], audiences: [system.audience] });
  const call = async (path: string, init: RequestInit = {}) => {
    const token = await clientToken(platform, RUNNER.clientId, RUNNER.clientSecret, "records:read conformance:run");
    const r = await fetch(system.url + path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    return { status: r.status, body: (await r.json()) as any };
  };
  const r: Rig = {
    platform,
    system,
    publisher,
    key,
    pushes,
    deliveries,
    problems,
    async run(name) {
      const a = await call(`/conformance/scenarios/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(a.status, `${name}: ${JSON.stringify(a.body).slice(0, 300)}`).toBe(200);
      return (a.body.records as Array<{ DATA_KEY: string }>).map((x) => x.DATA_KEY);
    },
    async systemRecords(keys) {
      const out: ReportRecord[] = [];
      for (const k of new Set(keys)) {
        const a = await call(`/data-sets/${Number(k.slice(4, 7))}/records/${k}`);
        expect(a.status, k).toBe(200);
        out.push(a.body.record as ReportRecord);
      }
      return out;
    },
  };
  rigs.push(r);
  return r;
}

async function runAll(r: Rig): Promise<string[]> {
  const keys: string[] = [];
  for (const name of SCENARIOS) keys.push(...(await r.run(name)));
  await r.publisher.drain();
  return keys;
}

describe("reference system → mock platform", () => {
  it("every scenario's records arrive valid, signed and in sequence", async () => {
    const r = await rig();
    const keys = await runAll(r);
    expect(r.pushes.length).toBe(keys.length);
    expect(r.pushes.every((p) => p.receipt.status !== "rejected")).toBe(true);
    expect(r.pushes.map((p) => p.receipt.findings).flat()).toEqual([]);
    // Signed: the intake stores only what verifies against the system's registered key.
    expect(new Set(r.pushes.map((p) => p.headers[CHANNEL_HEADERS.signature])).size).toBe(keys.length);
    // In sequence: 1…n without gaps, all applied.
    expect(r.pushes.map((p) => p.receipt.sequence).sort((a, b) => a! - b!)).toEqual(keys.map((_, i) => i + 1));
    expect(r.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: keys.length, held: [], gaps: [] });
    // What the platform holds is what the system holds.
    const stored = r.platform.intake.records({ systemNo: SYSTEM_NO, state: "accepted" });
    expect(stored.map((s) => s.record.DATA_KEY).sort()).toEqual([...new Set(keys)].sort());
    const theirs = await r.systemRecords(keys);
    for (const rec of theirs) expect(r.platform.intake.records({ DATA_KEY: rec.DATA_KEY })[0]!.record).toEqual(rec);
    // Each message is timely and its receipt signed (the publisher verified every one).
    expect(r.deliveries.every((d) => d.receipt.timely !== false)).toBe(true);
    expect(r.problems).toEqual([]);
  }, 60_000);

  it("stores a repeated delivery once, and holds messages that arrive out of sequence until the gap fills", async () => {
    const r = await rig({ publisher: { concurrency: 4 } });
    // The answer to message 2 is lost (the sender retries it); message 1 fails until message 2 is in
    // (a later message overtakes it).
    r.platform.faults.add({ action: "drop-response", match: { sequences: [2] }, times: 1 });
    const slow = r.platform.faults.add({ action: "fail", status: 503, match: { sequences: [1] } });
    r.platform.intake.onEvent((e) => e.type === "push" && e.receipt.sequence === 2 && r.platform.faults.remove(slow.id));
    const keys = await runAll(r);
    const twice = r.pushes.filter((p) => p.receipt.sequence === 2);
    expect(twice.map((p) => p.receipt.duplicate)).toEqual([false, true]);
    expect(new Set(twice.map((p) => p.headers[CHANNEL_HEADERS.eventId])).size).toBe(1);
    expect(r.pushes.some((p) => p.receipt.status === "held")).toBe(true);
    expect(r.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: keys.length, held: [], gaps: [] });
    const stored = r.platform.intake.records({ systemNo: SYSTEM_NO });
    expect(stored.every((s) => s.state === "accepted")).toBe(true);
    const made = new Map<string, number>();
    for (const k of keys) made.set(k, (made.get(k) ?? 0) + 1);
    for (const s of stored) expect(s.versions, s.record.DATA_KEY).toBe(made.get(s.record.DATA_KEY));
  }, 60_000);

  it("loses nothing during a platform outage and stores nothing twice after it", async () => {
    const r = await rig({ durable: true });
    const first = await r.run(SCENARIOS[0]!);
    await r.publisher.drain();
    const outage = r.platform.faults.add({ action: "fail", status: 503, retryAfterSeconds: 0 });
    const during: string[] = [];
    for (const name of SCENARIOS.slice(1)) during.push(...(await r.run(name)));
    while (r.problems.length < 3) await new Promise((res) => setTimeout(res, 10));
    expect(r.platform.intake.records({ systemNo: SYSTEM_NO }).length).toBe(new Set(first).size);
    expect(r.publisher.pending).toBe(during.length);
    r.platform.faults.remove(outage.id);
    await r.publisher.drain();
    const all = [...first, ...during];
    expect(r.platform.intake.records({ systemNo: SYSTEM_NO }).map((s) => s.record.DATA_KEY).sort()).toEqual([...new Set(all)].sort());
    expect(r.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: all.length, highestReceived: all.length, gaps: [] });
    const accepted = r.pushes.filter((p) => p.receipt.status !== "rejected" && !p.receipt.duplicate);
    expect(accepted.length).toBe(all.length);
  }, 60_000);

  it("refuses a bad signature with findings, and delivers once the system's key is registered", async () => {
    const wrong = await generateSigningKey();
    const r = await rig({ signingKey: wrong });
    const keys = await r.run(SCENARIOS[0]!);
    while (r.problems.length < 1) await new Promise((res) => setTimeout(res, 10));
    const refusal = r.pushes.find((p) => p.receipt.status === "rejected")!;
    expect([refusal.status, refusal.receipt.sequenceConsumed]).toEqual([403, false]);
    expect(refusal.receipt.findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([["intake.signature-invalid", "/headers/Ywjy-Signature", "error"]]);
    expect(r.platform.intake.records()).toEqual([]);
    r.platform.register({ ...SYSTEM_CLIENT, systemNo: SYSTEM_NO, jwks: { keys: [r.key.publicJwk, wrong.publicJwk] } });
    await r.publisher.drain();
    expect(r.platform.intake.sequenceStatus(SYSTEM_NO).appliedThrough).toBe(keys.length);
  }, 60_000);

  it("rejects a malformed record with the validator's findings and goes on with the rest", async () => {
    const r = await rig({ defects: ["invalid-payload"] });
    await runAll(r);
    const rejected = r.deliveries.filter((d) => d.status === "rejected");
    expect(rejected.length).toBeGreaterThan(0);
    for (const d of rejected) {
      expect(d.httpStatus).toBe(422);
      expect(d.receipt.sequenceConsumed).toBe(true);
      expect(d.receipt.findings.length).toBeGreaterThan(0);
      for (const f of d.receipt.findings) {
        expect(f.severity === "error" || f.severity === "warning").toBe(true);
        expect(f.path).toMatch(/^\//);
        expect(f.recordIndex).toBe(0);
        expect(f.DATA_KEY).toBe(d.item.dataKeys[0]);
      }
    }
    const status = r.platform.intake.sequenceStatus(SYSTEM_NO);
    expect([status.appliedThrough, status.gaps]).toEqual([r.deliveries.length, []]);
  }, 60_000);

  it("reconciliation names exactly the keys the platform misses; after re-sending them it matches", async () => {
    const r = await rig({ defects: ["missing-push"] });
    const made: string[] = [];
    for (const name of SCENARIOS) made.push(...(await r.run(name)));
    await r.publisher.drain();
    const pushed = new Set(r.pushes.map((p) => p.receipt.records?.[0]?.DATA_KEY));
    const missing = [...new Set(made)].filter((k) => !pushed.has(k)).sort();
    expect(missing.length).toBeGreaterThan(0);
    const held = await r.systemRecords(made);
    const days = [...new Set(held.map((x) => recordDay(x)!))];
    const { report } = await r.publisher.reconcile(held, days);
    expect(report.status).toBe("differ");
    expect(report.buckets.flatMap((b) => b.missing).sort()).toEqual(missing);
    expect(report.buckets.flatMap((b) => [...b.differing, ...b.unexpected])).toEqual([]);
    r.publisher.resend(report, (k) => held.find((x) => x.DATA_KEY === k));
    await r.publisher.drain();
    expect((await r.publisher.reconcile(held, days)).report.status).toBe("match");
  }, 60_000);
});
