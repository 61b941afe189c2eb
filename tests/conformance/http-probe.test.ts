import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLOAT_BYTES, startHostileTarget, type HostileMode } from "../../conformance/hostile-target/server.ts";
import { HttpProbe, TEXT_EXCERPT_BYTES } from "../../conformance/runner/http-probe.ts";
import { EXCERPT, evidenceOf, redact } from "../../conformance/runner/model.ts";

let target: Awaited<ReturnType<typeof startHostileTarget>>;
beforeAll(async () => {
  target = await startHostileTarget("hang");
});
afterAll(() => target.close());

const probe = () => new HttpProbe(target.url, { timeoutMs: 1500, maxBodyBytes: 1 << 20, deadline: Date.now() + 30_000 });

describe("HttpProbe against a hostile target", () => {
  const cases: Array<[HostileMode, string | undefined, (r: Awaited<ReturnType<HttpProbe["send"]>>) => void]> = [
    ["hang", "timeout", () => {}],
    ["huge", "too-large", (r) => expect(r.bytes).toBeGreaterThan(1 << 20)],
    ["slow", "timeout", () => {}],
    ["redirect-loop", "too-many-redirects", () => {}],
    ["redirect-away", "redirect-off-origin", () => {}],
    ["reset", "reset", () => {}],
    ["garbage", undefined, (r) => expect(r.jsonError).toBeTruthy()],
    ["wrong-type", undefined, (r) => expect(r.headers["content-type"]).toBe("text/plain")],
  ];
  it.each(cases)("%s → %s", async (mode, code, extra) => {
    const r = await probe().send({ path: `/hostile/${mode}` });
    expect(r.error?.code).toBe(code);
    extra(r);
  });

  it("stops at the global deadline", async () => {
    const p = new HttpProbe(target.url, { timeoutMs: 10_000, maxBodyBytes: 1 << 20, deadline: Date.now() + 300 });
    const r = await p.send({ path: "/hostile/hang" });
    expect(r.error?.code).toBe("deadline");
    const after = await p.send({ path: "/hostile/hang" });
    expect(after.error?.code).toBe("deadline");
    expect(after.durationMs).toBe(0);
  });
});

describe("HttpProbe against a target answering about 7 MB of JSON (under the 8 MB cap)", () => {
  let bloat: Awaited<ReturnType<typeof startHostileTarget>>;
  beforeAll(async () => {
    bloat = await startHostileTarget("bloat");
  });
  afterAll(() => bloat.close());

  it("parses the whole body, but keeps only an excerpt of its text and its SHA-256 — and evidence only a short excerpt", async () => {
    const p = new HttpProbe(bloat.url, { timeoutMs: 10_000, maxBodyBytes: 8 << 20, deadline: Date.now() + 30_000 });
    const r = await p.send({ path: "/data-sets/502/records?cursor=41" });
    expect(r.error).toBeUndefined();
    expect(r.bytes).toBeGreaterThan(BLOAT_BYTES - 4096);
    expect((r.json as { items: unknown[]; nextCursor: string }).nextCursor).toBe("42");
    expect(r.text!.length).toBe(TEXT_EXCERPT_BYTES);
    const body = Buffer.from(await (await fetch(`${bloat.url}/data-sets/502/records?cursor=41`)).arrayBuffer());
    expect(r.digest).toBe("sha256:" + createHash("sha256").update(body).digest("hex"));
    const ev = evidenceOf(r);
    expect(ev.response!.digest).toBe(r.digest);
    expect(ev.response!.body!.length).toBeLessThan(EXCERPT + 100);
    expect(ev.response!.body).toMatch(new RegExp(`… \\(${r.bytes} bytes in all\\)$`));
  });

  it("reads large bodies a slot at a time, and every one of many at once completes", async () => {
    const p = new HttpProbe(bloat.url, { timeoutMs: 20_000, maxBodyBytes: 8 << 20, deadline: Date.now() + 60_000, largeBodySlots: 1 });
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => p.send({ path: `/data-sets/502/records?cursor=${i}` })));
    expect(all.map((r) => r.error?.code)).toEqual(Array(6).fill(undefined));
    expect(all.map((r) => (r.json as { nextCursor: string }).nextCursor)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });
});

describe("evidence redaction", () => {
  it.each([
    ['{"access_token":"abc.def.ghi","expires_in":300}', '{"access_token":"<redacted>","expires_in":300}'],
    ['{"client_secret": "s3cret"}', '{"client_secret":"<redacted>"}'],
    ["Authorization: Bearer eyJhbGciOi.eyJzdWIi.sig", "Authorization: Bearer <redacted>"],
    ["token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.abc", "token <redacted-jwt>"],
  ])("%s", (input, output) => expect(redact(input)).toBe(output));

  it("redacts credentials in request headers", () => {
    const ev = evidenceOf({
      request: { method: "GET", url: "http://x/", headers: { authorization: "Bearer abc" } },
      headers: { "set-cookie": "sid=1" },
      bytes: 0,
      durationMs: 1,
    });
    expect(ev.request?.headers.authorization).toBe("<redacted>");
    expect(ev.response?.headers["set-cookie"]).toBe("<redacted>");
  });
});
