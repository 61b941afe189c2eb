/**
 * The runner's scheduling (conformance/runner/run.ts): checks run side by side unless their claims
 * conflict, conflicting checks keep catalogue order, needs are waited for, results come back in
 * catalogue order, and a hung check or the global deadline ends checks as errors.
 */
import { describe, expect, it } from "vitest";
import type { CheckDefinition, Claims, SuiteDefinition } from "../../conformance/runner/model.ts";
import { pass, fail } from "../../conformance/runner/model.ts";
import { conflicts, runSuites, type RunOptions } from "../../conformance/runner/run.ts";

const t = (s: string) => ({ zh: s, en: s });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Checks that note when they start and end, and wait `ms` in between. */
function recorder() {
  const spans = new Map<string, { start: number; end: number }>();
  let clock = 0;
  const check = (id: string, o: { ms?: number; claims?: Claims; needs?: string[]; outcome?: "pass" | "fail"; hang?: boolean } = {}): CheckDefinition<null> => ({
    id,
    title: t(id),
    ...(o.claims ? { claims: o.claims } : {}),
    ...(o.needs ? { needs: o.needs } : {}),
    async run() {
      const start = clock++;
      if (o.hang) await new Promise(() => {});
      await sleep(o.ms ?? 20);
      spans.set(id, { start, end: clock++ });
      return o.outcome === "fail" ? fail("失败", "failed") : pass("通过", "passed");
    },
  });
  const overlap = (a: string, b: string) => {
    const x = spans.get(a)!;
    const y = spans.get(b)!;
    return x.start < y.end && y.start < x.end;
  };
  return { check, spans, overlap };
}

const suite = (checks: CheckDefinition<null>[], claims?: Claims): SuiteDefinition<null>[] => [{ id: "s", title: t("s"), groups: [{ id: "g", title: t("g"), ...(claims ? { claims } : {}), checks }] }];
const options = (o: Partial<RunOptions> = {}): RunOptions => ({ deadline: Date.now() + 10_000, checkTimeoutMs: 5_000, requirementsOf: () => ["REQ-1"], ...o });

describe("conflicts", () => {
  it.each([
    [{}, {}, false],
    [{ data: "read" }, { data: "read" }, false],
    [{ data: "read" }, { data: "write" }, true],
    [{ data: "write" }, { data: "read" }, true],
    [{ data: "write" }, { data: "write" }, true],
    [{ data: "write" }, { logins: "write" }, false],
    [{ data: "write" }, {}, false],
  ] as Array<[Claims, Claims, boolean]>)("%j against %j: %s", (a, b, want) => expect(conflicts(a, b)).toBe(want));
});

describe("runSuites", () => {
  it("runs checks without claims side by side", async () => {
    const r = recorder();
    await runSuites(suite([r.check("a"), r.check("b"), r.check("c")]), null, options());
    expect(r.overlap("a", "b") && r.overlap("b", "c")).toBe(true);
  });

  it("runs them one by one at concurrency 1", async () => {
    const r = recorder();
    await runSuites(suite([r.check("a"), r.check("b"), r.check("c")]), null, options({ concurrency: 1 }));
    expect([r.overlap("a", "b"), r.overlap("b", "c"), r.overlap("a", "c")]).toEqual([false, false, false]);
  });

  it("lets readers overlap, and runs a writer alone, after the earlier readers and before the later ones", async () => {
    const r = recorder();
    const read = { data: "read" } as const;
    await runSuites(suite([r.check("r1", { claims: read }), r.check("r2", { claims: read }), r.check("w", { claims: { data: "write" }, ms: 5 }), r.check("r3", { claims: read, ms: 5 }), r.check("free", { ms: 300 })]), null, options());
    expect(r.overlap("r1", "r2")).toBe(true);
    expect(r.spans.get("w")!.start).toBeGreaterThan(Math.max(r.spans.get("r1")!.end, r.spans.get("r2")!.end));
    expect(r.spans.get("r3")!.start).toBeGreaterThan(r.spans.get("w")!.end);
    // A check with no claims is not held up by the writer.
    expect(r.overlap("free", "w")).toBe(true);
  });

  it("takes a group's claims for checks that set none, and a check's own over its group's", async () => {
    const r = recorder();
    await runSuites(suite([r.check("w1"), r.check("w2"), r.check("own", { claims: { logins: "write" } })], { data: "write" }), null, options());
    expect(r.overlap("w1", "w2")).toBe(false);
    expect(r.overlap("w1", "own")).toBe(true);
  });

  it("waits for what a check needs, and skips it when that did not pass", async () => {
    const r = recorder();
    const results = await runSuites(suite([r.check("base", { ms: 40 }), r.check("broken", { outcome: "fail" }), r.check("after-base", { needs: ["base"] }), r.check("after-broken", { needs: ["broken"] })]), null, options());
    expect(r.spans.get("after-base")!.start).toBeGreaterThan(r.spans.get("base")!.end);
    const byId = Object.fromEntries(results.map((x) => [x.id, x]));
    expect(byId["after-base"]!.outcome).toBe("pass");
    expect(byId["after-broken"]!.outcome).toBe("skip");
    expect(byId["after-broken"]!.reason.en).toContain("broken");
    expect(r.spans.has("after-broken")).toBe(false);
  });

  it("returns results in catalogue order, whatever order they end in, and reports progress as each ends", async () => {
    const r = recorder();
    const seen: string[] = [];
    const results = await runSuites(suite([r.check("slow", { ms: 60 }), r.check("fast", { ms: 1 })]), null, options({ onProgress: (e) => seen.push(`${e.done}/${e.total} ${e.result.id}`) }));
    expect(results.map((x) => x.id)).toEqual(["slow", "fast"]);
    expect(seen).toEqual(["1/2 fast", "2/2 slow"]);
    expect(results[0]!.requirements).toEqual(["REQ-1"]);
  });

  it("ends a hung check as an error at its timeout, and checks not started by the deadline as errors; a broken progress display changes nothing", async () => {
    const r = recorder();
    const hung = { ...r.check("hung", { hang: true, claims: { data: "write" } }), timeoutMs: 100 };
    const results = await runSuites(suite([hung, r.check("behind", { claims: { data: "read" } })]), null, options({ deadline: Date.now() + 50, onProgress: () => { throw new Error("display broke"); } }));
    expect(results.map((x) => [x.id, x.outcome])).toEqual([["hung", "error"], ["behind", "error"]]);
    expect(results[0]!.reason.en).toMatch(/did not finish within \d+ ms/);
    expect(results[1]!.reason.en).toContain("global deadline");
  });

  it("ends a check as an error, and goes on, when the runner itself fails on it", async () => {
    const r = recorder();
    const results = await runSuites(suite([r.check("a"), r.check("b")]), null, options({ requirementsOf: (id) => (id === "a" ? (() => { throw new Error("catalogue broke"); })() : ["REQ-1"]) }));
    expect(results.map((x) => [x.id, x.outcome])).toEqual([["a", "error"], ["b", "pass"]]);
    expect(results[0]!.reason.en).toContain("catalogue broke");
  });

  it("reports unselected checks as skipped without running them", async () => {
    const r = recorder();
    const results = await runSuites(suite([r.check("a"), r.check("b")]), null, options({ select: (id) => id === "a" }));
    expect(results.map((x) => x.outcome)).toEqual(["pass", "skip"]);
    expect(r.spans.has("b")).toBe(false);
  });
});
