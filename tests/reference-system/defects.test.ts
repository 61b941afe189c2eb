/**
 * Each defect switch of the reference system breaks what it names, and the system without it does not:
 * one probe per switch, run on the variant (must show the defect) and on the clean system (must not).
 * A switch without a probe here fails the last test (the SSO switches are probed in sso.test.ts; key
 * rotation needs a JWKS served over HTTP and has a test of its own).
 */
import { describe, expect, it } from "vitest";
import { DEFECT_NAMES, type DefectName } from "../../conformance/reference-system/defects.ts";
import { createServer } from "node:http";
import { UnsecuredJWT } from "jose";
import type { AddressInfo } from "node:net";
import { generateSigningKey, issueAccessToken, JWKS_REFETCH_COOLDOWN_MS } from "../../src/auth/index.ts";
import { loadAccessApi, SERVER_LIMITS, verifyAuditChain, type RecordEvent } from "../../src/sdk/index.ts";
import { validateRecord } from "../../src/validate/index.ts";
import { ISSUER, platformSigningKey, startTestSystem, TP, type TestSystem } from "./helpers.ts";

type Probe = (t: TestSystem, events: RecordEvent[]) => Promise<boolean>;

const api = loadAccessApi();
const example = api.document.components.examples.RecordItem.value.record;
const project = (i: number) => ({ ...example, DATA_KEY: `0201500${String(i).padStart(15, "0")}`, context: { ...example.context, PROJECT_CODE: `E35020320261100${String(i).padStart(2, "0")}` } });
const now = () => Math.floor(Date.now() / 1000);
const status = async (t: TestSystem, auth: string) => (await t.call("/data-sets", { auth })).status;

/** Each probe answers: does the system show the defect? */
const PROBES: Partial<Record<DefectName, Probe>> = {
  "accept-expired-token": async (t) => (await status(t, `Bearer ${await t.token({ now: now() - 3600 })}`)) === 200,
  "accept-wrong-audience": async (t) => (await status(t, `Bearer ${await t.token({ audience: "urn:ywjy:system:0999" })}`)) === 200,
  "accept-bad-signature": async (t) =>
    (await status(t, `Bearer ${await issueAccessToken(await generateSigningKey(), { issuer: ISSUER, audience: t.system.audience, clientId: "x", scopes: ["records:read"] })}`)) === 200,
  "trust-token-alg": async (t) => {
    const claims = { client_id: "x", scope: "records:read", iss: ISSUER, aud: t.system.audience, sub: "x", iat: now(), exp: now() + 300 };
    return (await status(t, `Bearer ${new UnsecuredJWT(claims).encode()}`)) === 200;
  },
  "accept-unbounded-expiry": async (t) => (await status(t, `Bearer ${await t.token({ ttlSeconds: 9e15 })}`)) === 200,
  "ignore-scopes": async (t) => (await status(t, `Bearer ${await t.token({ scopes: ["audit:read"] })}`)) === 200,
  "no-www-authenticate": async (t) => (await t.call("/data-sets", { auth: null })).headers.get("www-authenticate") === null,
  "wrong-error-format": async (t) => !/^application\/problem\+json/.test((await t.call("/no/such/path")).headers.get("content-type") ?? ""),
  "no-request-id": async (t) => (await t.call("/health", { auth: null })).headers.get("x-request-id") === null,
  "unbounded-headers": async (t) => (await t.call("/health", { auth: null, headers: { "x-ywjy-padding": "a".repeat(SERVER_LIMITS.maxHeaderBytes) } })).status !== 431,
  "no-rate-limit-headers": async (t) => (await t.call("/data-sets")).headers.get("ratelimit-limit") === null,
  "discovery-incomplete": async (t) => {
    const a = await t.call("/.well-known/ywjy", { auth: null });
    return api.validateResponse("getDiscovery", { status: a.status, headers: a.headers, body: a.body }).length > 0;
  },
  "pagination-skips-record": async (t) => {
    for (let i = 0; i < 5; i++) t.system.store.put(project(i));
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const a = await t.call(`/data-sets/500/records?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      keys.push(...a.body.items.map((i: { record: { DATA_KEY: string } }) => i.record.DATA_KEY));
      cursor = a.body.nextCursor;
    } while (cursor);
    return keys.length < 5;
  },
  "updated-since-ignored": async (t) => {
    t.system.store.put(project(1));
    return (await t.call("/data-sets/500/records?updatedSince=2099-01-01T00:00:00Z")).body.items.length > 0;
  },
  "etag-ignored": async (t) => (await t.call("/data-sets/500/records")).headers.get("etag") === null,
  "broken-audit-chain": async (t) => {
    await t.run("create-tender-project");
    return !verifyAuditChain((await t.call(`/tender-projects/${TP}/audit-trail`)).body.entries).ok;
  },
  "audit-missing-entry": async (t) => {
    const r = (await t.run("create-tender-project")).body;
    return r.audit.length < r.records.length;
  },
  "invalid-payload": async (t) => {
    const r = (await t.run("create-tender-project")).body;
    return r.records.some((x: { DATA_KEY: string }) => validateRecord(t.system.store.get(x.DATA_KEY)!.record).some((f) => f.severity === "error"));
  },
  "missing-push": async (t, events) => {
    const r = (await t.run("create-tender-project")).body;
    return events.length < r.records.length;
  },
  "late-push": async (t, events) => {
    const r = (await t.run("create-tender-project")).body;
    return r.records.length > 0 && events.length === 0;
  },
};

async function probe(defects: DefectName[], p: Probe): Promise<boolean> {
  const events: RecordEvent[] = [];
  const t = await startTestSystem({ defects, lateMs: 600_000, sink: { publish: async (e) => void events.push(e) } });
  try {
    return await p(t, events);
  } finally {
    await t.close();
  }
}

describe.each(Object.entries(PROBES) as Array<[DefectName, Probe]>)("defect %s", (name, p) => {
  it("shows on the variant and not on the clean system", async () => {
    expect(await probe([name], p)).toBe(true);
    expect(await probe([], p)).toBe(false);
  });
});

/** Whether a token of a key added to the platform's JWKS (served over HTTP) is accepted after the system's cooldown. */
async function rotatedKeyStatus(defects: DefectName[]): Promise<number> {
  const [current, next] = [await platformSigningKey(), await generateSigningKey()];
  const jwks = { keys: [current.publicJwk] };
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const t = await startTestSystem({ defects, platform: { issuer: ISSUER, keys: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`) } });
  try {
    expect(await status(t, `Bearer ${await t.token()}`)).toBe(200);
    jwks.keys.push(next.publicJwk);
    await new Promise((r) => setTimeout(r, JWKS_REFETCH_COOLDOWN_MS + 100));
    return await status(t, `Bearer ${await issueAccessToken(next, { issuer: ISSUER, audience: t.system.audience, clientId: "x", scopes: ["records:read"] })}`);
  } finally {
    await t.close();
    server.close();
  }
}

it("defect jwks-fetched-once: a token of a key the platform added to its JWKS is refused on the variant and accepted on the clean system", async () => {
  expect(await rotatedKeyStatus(["jwks-fetched-once"])).toBe(401);
  expect(await rotatedKeyStatus([])).toBe(200);
});

it("has a probe for every defect switch", () => {
  const covered = new Set([...Object.keys(PROBES), "jwks-fetched-once", "sso-no-state-check", "sso-wrong-landing"]);
  expect(DEFECT_NAMES.filter((d) => !covered.has(d))).toEqual([]);
});
