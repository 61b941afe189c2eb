/**
 * Sequence numbers and out-of-order arrival, as the channel document says: a message ahead of a gap is
 * stored and held (202, with the missing numbers), held messages are applied in sequence order once the
 * gap fills, a gap open longer than gapStaleAfter is reported, and a repeated delivery is stored once.
 */
import { describe, expect, it } from "vitest";
import { CHANNEL_HEADERS, CHANNEL_PATHS, type Receipt, type SequenceStatus } from "../../generated/sdk/channel.ts";
import { clientToken, message, SYSTEM_NO, testPlatform, variant } from "./fixtures.ts";

describe("sequence and out-of-order arrival", () => {
  it("holds messages ahead of a gap and applies them in sequence order when it fills", async () => {
    const t = await testPlatform();
    try {
      const [m1, m2, m3] = await Promise.all([1, 2, 3].map((n) => message({ key: t.key, body: variant(502, n), sequence: n })));
      const r2 = await t.post(m2!);
      expect(r2.status).toBe(202);
      expect(r2.body.status).toBe("held");
      expect(r2.body.missingSequences).toEqual([{ from: 1, to: 1 }]);
      expect(t.platform.intake.records({ systemNo: SYSTEM_NO, state: "held" }).map((s) => s.sequence)).toEqual([2]);
      const r3 = await t.post(m3!);
      expect([r3.status, r3.body.missingSequences]).toEqual([202, [{ from: 1, to: 1 }]]);
      expect(t.platform.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: 0, highestReceived: 3, held: [2, 3], gaps: [{ from: 1, to: 1, stale: false }], findings: [] });

      const r1 = await t.post(m1!);
      expect([r1.status, r1.body.status, r1.body.appliedThrough]).toEqual([200, "accepted", 3]);
      expect(t.platform.intake.records({ systemNo: SYSTEM_NO, state: "accepted" }).length).toBe(3);
      // The held message, delivered again, now answers accepted — stored once.
      const again = await t.post(m2!);
      expect([again.status, again.body.status, again.body.duplicate, again.body.receiptId]).toEqual([200, "accepted", true, r2.body.receiptId]);
      expect(t.platform.intake.records({ DATA_KEY: variant(502, 2).DATA_KEY })[0]!.versions).toBe(1);
    } finally {
      await t.close();
    }
  });

  it("keeps the version of the higher sequence number, whatever the arrival order", async () => {
    const t = await testPlatform();
    try {
      const first = variant(502, 7, { BID_SECTION_NAME: "version 1" });
      const second = { ...variant(502, 7, { BID_SECTION_NAME: "version 2" }), DATA_TYPE: "2" };
      expect((await t.post(await message({ key: t.key, body: second, sequence: 2 }))).status).toBe(202);
      expect((await t.post(await message({ key: t.key, body: first, sequence: 1 }))).status).toBe(200);
      const stored = t.platform.intake.records({ DATA_KEY: first.DATA_KEY })[0]!;
      expect([stored.sequence, stored.record.context.BID_SECTION_NAME, stored.versions, stored.state]).toEqual([2, "version 2", 2, "accepted"]);
    } finally {
      await t.close();
    }
  });

  it("moves past a number whose message was rejected for its content", async () => {
    const t = await testPlatform();
    try {
      const bad = variant(502, 2);
      delete (bad.context as Record<string, string | undefined>).BID_SECTION_NAME;
      expect((await t.post(await message({ key: t.key, body: variant(502, 1), sequence: 1 }))).status).toBe(200);
      expect((await t.post(await message({ key: t.key, body: variant(502, 3), sequence: 3 }))).status).toBe(202);
      const r2 = await t.post(await message({ key: t.key, body: bad, sequence: 2 }));
      expect([r2.status, r2.body.sequenceConsumed, r2.body.appliedThrough]).toEqual([422, true, 3]);
      expect(t.platform.intake.records({ systemNo: SYSTEM_NO, state: "accepted" }).map((s) => s.sequence).sort()).toEqual([1, 3]);
    } finally {
      await t.close();
    }
  });

  it("intake.gap-stale: reports a gap open longer than gapStaleAfter (and not before)", async () => {
    let offset = 0;
    const t = await testPlatform({ limits: { gapStaleAfterMs: 60_000 }, now: () => new Date(Date.now() + offset) });
    try {
      const m2 = await message({ key: t.key, body: variant(502, 2), sequence: 2 });
      expect((await t.post(m2)).body.findings).toEqual([]);
      expect(t.platform.intake.sequenceStatus(SYSTEM_NO).findings).toEqual([]);
      offset = 61_000;
      const status = t.platform.intake.sequenceStatus(SYSTEM_NO);
      expect(status.gaps).toEqual([expect.objectContaining({ from: 1, to: 1, stale: true })]);
      const f = status.findings[0]!;
      expect([f.ruleId, f.path, f.severity]).toEqual(["intake.gap-stale", `/headers/${CHANNEL_HEADERS.sequence}`, "warning"]);
      const again = (await t.post(m2)).body as Receipt;
      expect(again.findings.map((x) => [x.ruleId, x.severity])).toEqual([["intake.gap-stale", "warning"]]);
    } finally {
      await t.close();
    }
  });

  it("answers the sequence status over HTTP to the system's own client only", async () => {
    const t = await testPlatform({ clients: [{ clientId: "other", clientSecret: "other-secret", systemNo: "0202", jwks: { keys: [] } }] });
    try {
      await t.post(await message({ key: t.key, body: variant(502, 2), sequence: 2 }));
      const path = t.platform.intakeUrl + CHANNEL_PATHS.sequenceStatus.replace("{systemNo}", SYSTEM_NO);
      const own = await fetch(path, { headers: { authorization: `Bearer ${await t.token()}` } });
      expect(own.status).toBe(200);
      expect(((await own.json()) as SequenceStatus).held).toEqual([2]);
      const other = await fetch(path, { headers: { authorization: `Bearer ${await clientToken(t.platform, "other", "other-secret")}` } });
      expect(other.status).toBe(403);
      expect(((await other.json()) as Receipt).findings[0]!.ruleId).toBe("intake.system-not-of-client");
    } finally {
      await t.close();
    }
  });
});
