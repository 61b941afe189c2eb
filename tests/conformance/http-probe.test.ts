import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHostileTarget, type HostileMode } from "../../conformance/hostile-target/server.ts";
import { HttpProbe } from "../../conformance/runner/http-probe.ts";
import { evidenceOf, redact } from "../../conformance/runner/model.ts";

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
