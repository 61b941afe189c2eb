/**
 * The mock platform as a whole: fault injection through its admin API, what it holds and answers,
 * state kept across a restart with a data directory, its configuration file, and the CLI command.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CHANNEL_HEADERS } from "../../generated/sdk/channel.ts";
import { generateSigningKey } from "../../src/auth/index.ts";
import { fromRoot } from "../../src/paths.ts";
import { loadPlatformConfig, startMockPlatform, type FaultRule } from "../../src/platform/index.ts";
import { CLIENT, clientToken, message, SYSTEM_NO, testPlatform, variant } from "./fixtures.ts";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "ywjy-mock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A call of the admin API with the platform's admin token. */
const admin = (p: { url: string; adminToken: string }, path: string, init?: RequestInit) =>
  fetch(p.url + path, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${p.adminToken}` } });

describe("fault injection", () => {
  it.each([
    ["fail answers the status and Retry-After without storing", { action: "fail", status: 503, retryAfterSeconds: 7, times: 1 }, { status: 503, retryAfter: "7", stored: 0 }],
    ["drop-request closes the connection before the platform sees the message", { action: "drop-request", times: 1 }, { error: true, stored: 0 }],
    ["drop-response stores the message but closes without answering", { action: "drop-response", times: 1 }, { error: true, stored: 1 }],
    ["delay handles the message late", { action: "delay", delayMs: 20, times: 1 }, { status: 200, stored: 1 }],
    ["a rule for another sequence number lets the message through", { action: "fail", match: { sequences: [5] } }, { status: 200, stored: 1 }],
    ["skip lets the first match through", { action: "fail", skip: 1 }, { status: 200, stored: 1 }],
  ])("%s", async (_name, rule, want: { status?: number; retryAfter?: string; error?: boolean; stored: number }) => {
    const t = await testPlatform();
    try {
      const added = await admin(t.platform, "/mock/faults", { method: "POST", body: JSON.stringify(rule) });
      expect(added.status).toBe(201);
      const m = await message({ key: t.key, body: variant(502, 1), sequence: 1 });
      const outcome = await t.post(m).then(
        (r) => ({ status: r.status, retryAfter: r.headers.get("retry-after") ?? undefined }),
        () => ({ error: true }),
      );
      expect(outcome).toMatchObject(want.error ? { error: true } : { status: want.status, ...(want.retryAfter ? { retryAfter: want.retryAfter } : {}) });
      expect(t.platform.intake.records({ systemNo: SYSTEM_NO }).length).toBe(want.stored);
      // Once a rule with `times` is used up, the next delivery goes through.
      if ((rule as FaultRule).times) expect((await t.post(m)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("refuses a malformed rule with 400 and lists and clears rules", async () => {
    const t = await testPlatform();
    try {
      const bad = await admin(t.platform, "/mock/faults", { method: "POST", body: JSON.stringify({ action: "explode" }) });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { title: string }).title).toMatch(/action must be one of/);
      await admin(t.platform, "/mock/faults", { method: "POST", body: JSON.stringify({ action: "fail" }) });
      expect(((await (await admin(t.platform, "/mock/faults")).json()) as { items: unknown[] }).items).toHaveLength(1);
      expect((await admin(t.platform, "/mock/faults", { method: "DELETE" })).status).toBe(204);
      expect(t.platform.faults.list()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe("what the mock platform holds", () => {
  it("answers the records it holds, one, by data set, and its summary", async () => {
    const t = await testPlatform();
    try {
      await t.post(await message({ key: t.key, body: variant(502, 1), sequence: 1 }));
      await t.post(await message({ key: t.key, body: variant(501, 2), sequence: 2 }));
      const all = (await (await admin(t.platform, `/mock/records?systemNo=${SYSTEM_NO}&DATA_NO=502`)).json()) as { count: number; items: Array<{ record: { DATA_KEY: string } }> };
      expect(all.count).toBe(1);
      const one = await admin(t.platform, `/mock/records/${variant(501, 2).DATA_KEY}`);
      expect(((await one.json()) as { state: string }).state).toBe("accepted");
      expect((await admin(t.platform, "/mock/records/0201999999999999999999")).status).toBe(404);
      const summary = (await (await admin(t.platform, "/mock")).json()) as { systems: Array<{ systemNo: string; appliedThrough: number; records: number }> };
      expect(summary.systems).toEqual([expect.objectContaining({ systemNo: SYSTEM_NO, appliedThrough: 2, records: 2 })]);
      const events = (await (await admin(t.platform, "/mock/events?since=0")).json()) as { items: Array<{ type: string }> };
      expect(events.items.filter((e) => e.type === "push")).toHaveLength(2);
    } finally {
      await t.close();
    }
  });

  it("registers clients through the admin API without echoing the secret", async () => {
    const t = await testPlatform();
    try {
      const key = await generateSigningKey();
      const r = await admin(t.platform, "/mock/clients", { method: "POST", body: JSON.stringify({ clientId: "ts-0202", clientSecret: "hush-0202-secret", systemNo: "0202", jwks: { keys: [key.publicJwk] } }) });
      expect(r.status).toBe(201);
      const shown = JSON.stringify(await r.json());
      expect(shown).not.toContain("hush-0202-secret");
      expect(t.platform.intake.records().length).toBe(0);
      expect(await clientToken(t.platform, "ts-0202", "hush-0202-secret")).toMatch(/^ey/);
    } finally {
      await t.close();
    }
  });
});

describe("state across a restart (--data)", () => {
  it("keeps the key, clients, records, sequence and idempotency", async () => {
    const dataDir = tempDir();
    const key = await generateSigningKey();
    const p1 = await startMockPlatform({ dataDir });
    p1.register({ ...CLIENT, systemNo: SYSTEM_NO, jwks: { keys: [key.publicJwk] } });
    const post = async (p: typeof p1, m: Awaited<ReturnType<typeof message>>) => {
      const r = await fetch(p.intakeUrl + "/reports", { method: "POST", headers: { ...m.headers, authorization: `Bearer ${await clientToken(p, CLIENT.clientId, CLIENT.clientSecret)}` }, body: m.body });
      return { status: r.status, body: (await r.json()) as { receiptId: string; duplicate: boolean; status: string } };
    };
    const m1 = await message({ key, body: variant(502, 1), sequence: 1 });
    const m3 = await message({ key, body: variant(502, 3), sequence: 3 });
    const first = await post(p1, m1);
    expect((await post(p1, m3)).status).toBe(202);
    const jwks1 = p1.auth.jwks();
    await p1.close();

    const p2 = await startMockPlatform({ dataDir });
    try {
      expect(p2.auth.jwks()).toEqual(jwks1);
      const again = await post(p2, m1);
      expect([again.status, again.body.duplicate, again.body.receiptId]).toEqual([200, true, first.body.receiptId]);
      expect(p2.intake.sequenceStatus(SYSTEM_NO)).toMatchObject({ appliedThrough: 1, held: [3] });
      expect((await post(p2, await message({ key, body: variant(502, 2), sequence: 2 }))).status).toBe(200);
      expect(p2.intake.sequenceStatus(SYSTEM_NO).appliedThrough).toBe(3);
      expect(p2.intake.records({ systemNo: SYSTEM_NO, state: "accepted" })).toHaveLength(3);
    } finally {
      await p2.close();
    }
  });
});

describe("configuration file", () => {
  it.each([
    ["clients: [{ clientId: a, systemNo: 201 }]\n", /\/clients\/0\/systemNo: must be 4 letters or digits/],
    ["faults: [{ action: delay }]\n", /\/faults\/0: a delay needs delayMs/],
    ["clients: {}\n", /\/clients: must be a list/],
    ["users: [{ sub: x }]\n", /\/users\/0: a user needs sub and name/],
    ["client: []\n", /\/client: unknown key/],
    ["clients: [\n", /:\d+:\d+:/],
  ])("names the file and the path of a problem: %j", (text, want) => {
    const file = join(tempDir(), "platform.yaml");
    writeFileSync(file, text);
    expect(() => loadPlatformConfig(file)).toThrow(want);
    expect(() => loadPlatformConfig(file)).toThrow(file);
  });

  it("reads a good one", () => {
    const file = join(tempDir(), "platform.yaml");
    writeFileSync(file, 'clients:\n  - clientId: ts\n    clientSecret: s\n    systemNo: "0201"\n    jwks: { keys: [] }\nusers:\n  - { sub: u1, name: 王五 }\n');
    expect(loadPlatformConfig(file).clients![0]!.systemNo).toBe("0201");
  });
});

describe("ywjy mock-platform", () => {
  it("starts, serves discovery and the intake, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [fromRoot("bin/ywjy.js"), "mock-platform", "--port", "0", "--lang", "en"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let out = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const m = out.match(/listening on (http:\/\/\S+)[\s\S]*admin token\s+\S+/);
          if (m) resolve(m[1]!);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const d = (await (await fetch(`${url}/.well-known/openid-configuration`)).json()) as { issuer: string };
      expect(d.issuer).toBe(url);
      const r = await fetch(`${url}/reporting/v1/reports`, { method: "POST", headers: { [CHANNEL_HEADERS.systemNo]: SYSTEM_NO }, body: "{}" });
      expect(r.status).toBe(401);
      // The admin API answers the token printed at the start, and nothing else.
      const adminToken = out.match(/admin token\s+(\S+)/)?.[1];
      expect((await fetch(`${url}/mock`)).status).toBe(401);
      expect((await fetch(`${url}/mock`, { headers: { authorization: `Bearer ${adminToken}` } })).status).toBe(200);
    } finally {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 30_000);
});
