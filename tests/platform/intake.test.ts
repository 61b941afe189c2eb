/**
 * The intake's rules, one row each: a message broken one way gets the receipt the channel document
 * says — HTTP status, rule ID, path and severity, and whether the sequence number is used up.
 * The first row is the passing case of every rule.
 */
import { describe, expect, it } from "vitest";
import { CHANNEL_HEADERS, CHANNEL_PATHS, INTAKE_RULES, type Receipt } from "../../generated/sdk/channel.ts";
import { generateSigningKey, type SigningKey } from "../../src/auth/index.ts";
import type { IntakeLimits } from "../../src/platform/index.ts";
import { clientToken, example, message, reportPackage, ruleIds, SYSTEM_NO, testPlatform, variant, type Message, type TestPlatform } from "./fixtures.ts";

interface Row {
  name: string;
  limits?: Partial<IntakeLimits>;
  /** Messages sent before the one under test. */
  before?: (key: SigningKey) => Promise<Message[]>;
  build: (key: SigningKey, t: TestPlatform) => Promise<Message>;
  /** Sends the message with another token than the system's. */
  token?: (t: TestPlatform) => Promise<string>;
  want: { status: number; status2?: string; ruleId?: string; path?: string; severity?: string; sequenceConsumed: boolean; recordIndex?: number };
}

const project = () => example(500);
const fixedEventId = "11111111-2222-4333-8444-555555555555";
const without = (m: Message, name: string): Message => ({ ...m, headers: Object.fromEntries(Object.entries(m.headers).filter(([k]) => k !== name)) });
const withHeader = (m: Message, name: string, value: string): Message => ({ ...m, headers: { ...m.headers, [name]: value } });

const rows: Row[] = [
  { name: "a valid record is accepted", build: (key) => message({ key, body: project(), sequence: 1 }), want: { status: 200, status2: "accepted", sequenceConsumed: true } },
  {
    name: "a package of valid records is accepted",
    build: (key) => message({ key, body: reportPackage([variant(501, 1), variant(502, 2)]), sequence: 1 }),
    want: { status: 200, status2: "accepted", sequenceConsumed: true },
  },
  {
    name: "intake.header-missing",
    build: async (key) => without(await message({ key, body: project(), sequence: 1 }), CHANNEL_HEADERS.eventId),
    want: { status: 400, ruleId: "intake.header-missing", path: `/headers/${CHANNEL_HEADERS.eventId}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.header-invalid (sequence 0)",
    build: async (key) => withHeader(await message({ key, body: project(), sequence: 1 }), CHANNEL_HEADERS.sequence, "0"),
    want: { status: 400, ruleId: "intake.header-invalid", path: `/headers/${CHANNEL_HEADERS.sequence}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.header-invalid (occurredAt without a time)",
    build: (key) => message({ key, body: project(), sequence: 1, occurredAt: "2026-11-27" }),
    want: { status: 400, ruleId: "intake.header-invalid", path: `/headers/${CHANNEL_HEADERS.occurredAt}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "a record whose tender project code needs percent-encoding in the header is accepted",
    build: (key) => message({ key, body: example(551), sequence: 1 }),
    want: { status: 200, status2: "accepted", sequenceConsumed: true },
  },
  {
    name: "intake.header-invalid (ordering key not percent-encoded UTF-8)",
    build: async (key) => withHeader(await message({ key, body: project(), sequence: 1 }), CHANNEL_HEADERS.orderingKey, "%E4%B8"),
    want: { status: 400, ruleId: "intake.header-invalid", path: `/headers/${CHANNEL_HEADERS.orderingKey}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.content-type",
    build: (key) => message({ key, body: project(), sequence: 1, contentType: "text/plain" }),
    want: { status: 400, ruleId: "intake.content-type", path: "/headers/Content-Type", severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.occurred-at-future",
    build: (key) => message({ key, body: project(), sequence: 1, occurredAt: new Date(Date.now() + 3600_000).toISOString() }),
    want: { status: 400, ruleId: "intake.occurred-at-future", path: `/headers/${CHANNEL_HEADERS.occurredAt}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.sequence-too-far-ahead",
    limits: { maxSequenceAhead: 5 },
    build: (key) => message({ key, body: project(), sequence: 6 }),
    want: { status: 400, ruleId: "intake.sequence-too-far-ahead", path: `/headers/${CHANNEL_HEADERS.sequence}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.system-unknown",
    build: (key) => message({ key, body: project(), sequence: 1, systemNo: "0299" }),
    want: { status: 403, ruleId: "intake.system-unknown", path: `/headers/${CHANNEL_HEADERS.systemNo}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.system-not-of-client",
    build: (key) => message({ key, body: project(), sequence: 1 }),
    token: async (t) => {
      t.platform.register({ clientId: "other", clientSecret: "other-secret", systemNo: "0202", jwks: { keys: [] } });
      return clientToken(t.platform, "other", "other-secret");
    },
    want: { status: 403, ruleId: "intake.system-not-of-client", path: `/headers/${CHANNEL_HEADERS.systemNo}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.signature-invalid (another key)",
    build: async () => message({ key: await generateSigningKey(), body: project(), sequence: 1 }),
    want: { status: 403, ruleId: "intake.signature-invalid", path: `/headers/${CHANNEL_HEADERS.signature}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.signature-invalid (body changed after signing)",
    build: async (key) => ({ ...(await message({ key, body: project(), sequence: 1 })), body: JSON.stringify(variant(500, 9)) }),
    want: { status: 403, ruleId: "intake.signature-invalid", path: `/headers/${CHANNEL_HEADERS.signature}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.signed-header-mismatch",
    build: (key) => message({ key, body: project(), sequence: 1, signed: { "ywjy-sequence": 2 } }),
    want: { status: 403, ruleId: "intake.signed-header-mismatch", path: `/headers/${CHANNEL_HEADERS.sequence}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.event-id-reused",
    before: async (key) => [await message({ key, body: project(), sequence: 1, eventId: fixedEventId })],
    build: (key) => message({ key, body: variant(500, 2), sequence: 2, eventId: fixedEventId }),
    want: { status: 409, ruleId: "intake.event-id-reused", path: `/headers/${CHANNEL_HEADERS.eventId}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.sequence-reused",
    before: async (key) => [await message({ key, body: project(), sequence: 1 })],
    build: (key) => message({ key, body: variant(500, 2), sequence: 1 }),
    want: { status: 409, ruleId: "intake.sequence-reused", path: `/headers/${CHANNEL_HEADERS.sequence}`, severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.too-large",
    limits: { maxMessageBytes: 200 },
    build: (key) => message({ key, body: project(), sequence: 1 }),
    want: { status: 413, ruleId: "intake.too-large", path: "/body", severity: "error", sequenceConsumed: false },
  },
  {
    name: "intake.body-not-json",
    build: (key) => message({ key, body: "{not json", sequence: 1, orderingKey: "x" }),
    want: { status: 422, ruleId: "intake.body-not-json", path: "/body", severity: "error", sequenceConsumed: true },
  },
  {
    name: "intake.too-many-records",
    limits: { maxPackageRecords: 1 },
    build: (key) => message({ key, body: reportPackage([variant(502, 1), variant(502, 2)]), sequence: 1 }),
    want: { status: 422, ruleId: "intake.too-many-records", path: "/records", severity: "error", sequenceConsumed: true },
  },
  {
    name: "intake.system-no-mismatch",
    build: (key) => message({ key, body: reportPackage([variant(502, 1)], "0202"), sequence: 1 }),
    want: { status: 422, ruleId: "intake.system-no-mismatch", path: "/SYSTEM_NO", severity: "error", sequenceConsumed: true },
  },
  {
    name: "intake.duplicate-data-key",
    build: (key) => message({ key, body: reportPackage([variant(502, 1), variant(502, 1)]), sequence: 1 }),
    want: { status: 422, ruleId: "intake.duplicate-data-key", path: "/DATA_KEY", severity: "error", sequenceConsumed: true, recordIndex: 1 },
  },
  {
    name: "intake.ordering-key-mismatch",
    build: (key) => message({ key, body: example(501), sequence: 1, orderingKey: "E3502032026110001999" }),
    want: { status: 422, ruleId: "intake.ordering-key-mismatch", path: "/context/TENDER_PROJECT_CODE", severity: "error", sequenceConsumed: true, recordIndex: 0 },
  },
  {
    name: "a record that breaks its data contract (validator rule field-mandatory)",
    build: (key) => {
      const r = project();
      delete (r.context as Record<string, string | undefined>).PROJECT_NAME;
      return message({ key, body: r, sequence: 1 });
    },
    want: { status: 422, ruleId: "field-mandatory", path: "/context/PROJECT_NAME", severity: "error", sequenceConsumed: true, recordIndex: 0 },
  },
  {
    name: "a DATA_KEY of another system (validator rule data-key-invalid)",
    build: (key) => {
      const r = project();
      r.DATA_KEY = "0202" + r.DATA_KEY.slice(4);
      return message({ key, body: r, sequence: 1, orderingKey: r.context.PROJECT_CODE });
    },
    want: { status: 422, ruleId: "data-key-invalid", path: "/DATA_KEY", severity: "error", sequenceConsumed: true, recordIndex: 0 },
  },
  {
    name: "intake.late (a warning on an accepted receipt)",
    build: (key) => message({ key, body: project(), sequence: 1, occurredAt: new Date(Date.now() - 3600_000).toISOString() }),
    want: { status: 200, status2: "accepted", ruleId: "intake.late", path: `/headers/${CHANNEL_HEADERS.occurredAt}`, severity: "warning", sequenceConsumed: true },
  },
];

describe("intake rules", () => {
  it.each(rows)("$name", async (row) => {
    const t = await testPlatform({ limits: row.limits });
    try {
      const before = (await row.before?.(t.key)) ?? [];
      for (const m of before) expect((await t.post(m)).status).toBe(200);
      const m = await row.build(t.key, t);
      const token = row.token ? await row.token(t) : await t.token();
      const r = await fetch(t.platform.intakeUrl + CHANNEL_PATHS.reports, { method: "POST", headers: { ...m.headers, authorization: `Bearer ${token}` }, body: m.body });
      const receipt = (await r.json()) as Receipt;
      expect(r.status, JSON.stringify(receipt.findings)).toBe(row.want.status);
      expect(receipt.sequenceConsumed).toBe(row.want.sequenceConsumed);
      expect(receipt.status).toBe(row.want.status2 ?? "rejected");
      if (!row.want.ruleId) expect(receipt.findings).toEqual([]);
      else {
        const f = receipt.findings.find((x) => x.ruleId === row.want.ruleId);
        expect(f, `findings: ${ruleIds(receipt).join(", ")}`).toBeDefined();
        expect(f!.path).toBe(row.want.path);
        expect(f!.severity).toBe(row.want.severity);
        if (row.want.recordIndex !== undefined) expect(f!.recordIndex).toBe(row.want.recordIndex);
        expect(f!.message.zh.length).toBeGreaterThan(0);
        expect(f!.message.en).not.toMatch(/\{\w+\}/);
      }
      if (receipt.status === "accepted") expect(receipt.timely).toBe(row.want.ruleId !== "intake.late");
      // A rejected message stores nothing.
      if (receipt.status === "rejected") expect(t.platform.intake.records({ systemNo: SYSTEM_NO }).length).toBe(before.length);
    } finally {
      await t.close();
    }
  });

  it("every intake rule with an error severity has a failing row above", () => {
    const covered = new Set(rows.map((r) => r.want.ruleId));
    const untested = Object.keys(INTAKE_RULES).filter((id) => !covered.has(id) && !["intake.gap-stale", "intake.manifest-invalid"].includes(id));
    expect(untested).toEqual([]);
  });

  it("a push without a token gets 401 problem+json (token-missing), and the receipt is signed by the platform otherwise", async () => {
    const t = await testPlatform();
    try {
      const m = await message({ key: t.key, body: project(), sequence: 1 });
      const r = await fetch(t.platform.intakeUrl + CHANNEL_PATHS.reports, { method: "POST", headers: m.headers, body: m.body });
      expect(r.status).toBe(401);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
      expect(((await r.json()) as { code: string }).code).toBe("token-missing");
      const ok = await t.post(m);
      expect(ok.status).toBe(200);
      expect(ok.headers.get(CHANNEL_HEADERS.signature)).toMatch(/^[\w-]+\.\.[\w-]+$/);
    } finally {
      await t.close();
    }
  });

  it("intake.manifest-invalid: a manifest that is not one is refused with a finding", async () => {
    const t = await testPlatform();
    try {
      const m = await message({ key: t.key, body: { manifestId: "m1", systemNo: SYSTEM_NO, days: ["2026112"], createdAt: "x", buckets: [] }, sequence: 1 });
      const r = await t.post({ headers: { ...m.headers, "content-type": "application/json" }, body: m.body }, CHANNEL_PATHS.reconciliation);
      expect(r.status).toBe(422);
      const f = (r.body as Receipt).findings[0]!;
      expect([f.ruleId, f.path, f.severity]).toEqual(["intake.manifest-invalid", "/body", "error"]);
    } finally {
      await t.close();
    }
  });
});
