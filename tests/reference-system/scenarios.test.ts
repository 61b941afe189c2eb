/**
 * The conformance scenarios on the reference system: each produces exactly the records and audit
 * actions its catalogue entry lists, every record passes the data contracts (the validator of
 * `ywjy validate`), records go to the RecordSink in order after they are stored, a second run updates
 * (DATA_TYPE 2) under the same keys, and the state — records, trails and clock — survives a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCENARIO_CATALOGUE, verifyAuditChain, type RecordEvent } from "../../src/sdk/index.ts";
import { validateRecord } from "../../src/validate/index.ts";
import { expectConforms, SECTION, startTestSystem, tempDir, TP, type TestSystem } from "./helpers.ts";

const events: RecordEvent[] = [];
let t: TestSystem;
const data = tempDir();
const results = new Map<string, any>();

beforeAll(async () => {
  t = await startTestSystem({ dataDir: data.dir, sink: { publish: async (e) => void events.push(e) } });
  for (const s of SCENARIO_CATALOGUE.scenarios) {
    const a = await t.run(s.name);
    expect(a.status, a.text).toBe(200);
    expectConforms("runScenario", a);
    results.set(s.name, a.body);
  }
});
afterAll(async () => {
  await t.close();
  data.remove();
});

describe.each(SCENARIO_CATALOGUE.scenarios.map((s) => [s.name, s] as const))("scenario %s", (name, def) => {
  it("produces the records of its effects, in order, as new records", () => {
    const r = results.get(name);
    const expected = def.effects.flatMap((e) => Array.from({ length: e.count }, () => e.DATA_NO));
    expect(r.records.map((x: { DATA_NO: number }) => x.DATA_NO)).toEqual(expected);
    expect(r.records.every((x: { DATA_TYPE: string }) => x.DATA_TYPE === "1")).toBe(true);
    expect(r.tenderProjectCode).toBe(TP);
  });

  it("logs one audit entry per record with its effect's action", () => {
    const r = results.get(name);
    const actions = def.effects.flatMap((e) => Array.from({ length: e.count }, () => e.action));
    expect(r.audit.map((e: { action: string }) => e.action)).toEqual(actions);
    expect(r.audit.map((e: { object: { DATA_KEY: string } }) => e.object.DATA_KEY)).toEqual(r.records.map((x: { DATA_KEY: string }) => x.DATA_KEY));
  });

  it("stores records that pass the data contracts", async () => {
    const r = results.get(name);
    for (const { DATA_NO, DATA_KEY } of r.records) {
      const a = await t.call(`/data-sets/${DATA_NO}/records/${DATA_KEY}`);
      expect(a.status).toBe(200);
      expect(validateRecord(a.body.record).filter((f) => f.severity === "error")).toEqual([]);
    }
  });
});

describe("the lifecycle as a whole", () => {
  it("keeps the sections apart: open-bids is section 001's, report-exception section 002's", () => {
    const contextOf = (name: string) => results.get(name).records.map((r: { DATA_KEY: string }) => t.system.store.get(r.DATA_KEY)!.record.context);
    expect(contextOf("open-bids").every((c: Record<string, string>) => (c.BID_SECTION_CODE ?? c.BID_SECTION_CODES) === SECTION)).toBe(true);
    expect(contextOf("report-exception")[0].BID_SECTION_CODE).toBe(`${TP}002`);
  });

  it("hands every record to the sink once, in order, after storing it", () => {
    const all = SCENARIO_CATALOGUE.scenarios.flatMap((s) => results.get(s.name).records);
    expect(events.map((e) => e.record.DATA_KEY)).toEqual(all.map((r: { DATA_KEY: string }) => r.DATA_KEY));
    expect(events.map((e) => e.occurredAt)).toEqual(all.map((r: { updatedAt: string }) => r.updatedAt));
    expect(events.every((e) => e.tenderProjectCode === TP)).toBe(true);
  });

  it("updates the same records when a scenario runs again, and extends the chain", async () => {
    const before = results.get("publish-award");
    const again = await t.run("publish-award");
    expect(again.body.records.map((r: { DATA_KEY: string; DATA_TYPE: string }) => [r.DATA_KEY, r.DATA_TYPE])).toEqual(
      before.records.map((r: { DATA_KEY: string }) => [r.DATA_KEY, "2"]),
    );
    const trail = await t.call(`/tender-projects/${TP}/audit-trail`);
    expect(verifyAuditChain(trail.body.entries)).toMatchObject({ ok: true });
    expect(trail.body.entries.at(-1).object).toMatchObject({ DATA_TYPE: "2" });
  });

  it("keeps records, audit trails and the clock across a restart", async () => {
    const records = (await t.call("/data-sets/507/records")).body;
    const trail = (await t.call(`/tender-projects/${TP}/audit-trail`)).body;
    await t.close();
    t = await startTestSystem({ dataDir: data.dir });
    expect((await t.call("/data-sets/507/records")).body).toEqual(records);
    expect((await t.call(`/tender-projects/${TP}/audit-trail`)).body).toEqual(trail);
    const next = await t.run("sign-contract");
    expect(next.body.records[0].DATA_TYPE).toBe("2");
    expect(Date.parse(next.body.records[0].updatedAt)).toBeGreaterThan(Date.parse(trail.entries.at(-1).at));
    const after = (await t.call(`/tender-projects/${TP}/audit-trail`)).body;
    expect(after.entries.slice(0, trail.entries.length)).toEqual(trail.entries);
    expect(verifyAuditChain(after.entries)).toMatchObject({ ok: true, length: trail.entries.length + 1 });
  });
});
