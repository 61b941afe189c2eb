/**
 * A broken or hostile target fails checks, it never crashes or hangs them: behind a discovery document
 * that lets every check run, each answer is garbage of one kind — bytes that are not JSON, the wrong
 * content type, HTML, an empty object, a reset connection. Every check ends with an outcome of its
 * own (no error from a throw), and none passes by judging what it did not get.
 */
import { afterEach, describe, expect, it } from "vitest";
import { accessSuite } from "../../../conformance/suites/index.ts";
import { startTarget, type Target } from "./harness.ts";
import type { Answer } from "./tamper-proxy.ts";

const answer = (status: number, contentType: string, body: string | Buffer): Answer => ({ status, headers: { "content-type": contentType }, body: Buffer.from(body) });

const MODES: Array<[string, Answer]> = [
  ["bytes that are not JSON", answer(200, "application/json", Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x9c]))],
  ["the wrong content type", answer(200, "text/plain", "ok")],
  ["an HTML page", answer(200, "text/html", "<html><body>Welcome</body></html>")],
  ["an empty JSON object", answer(200, "application/json", "{}")],
  ["a server error without a body", answer(500, "application/json", "")],
  ["a reset connection", { ...answer(200, "text/plain", ""), reset: true }],
];

/** Checks that may pass with such a target: they judge only what the discovery document or a status says. */
const MAY_PASS = new Set(["discovery.document", "discovery.identity", "discovery.public"]);

describe("a hostile target behind a valid discovery document", () => {
  let target: Target | undefined;
  afterEach(async () => {
    await target?.close();
    target = undefined;
  });

  it.each(MODES)("answering %s fails the checks without crashing them", async (_name, bad) => {
    target = await startTarget({ tamper: () => ({ request: (x) => (x.url.pathname === "/.well-known/ywjy" ? x : bad) }) });
    const report = await target.certify();
    const ids = accessSuite.groups.flatMap((g) => g.checks.map((c) => c.id));
    const outcomes = Object.fromEntries(report.checks.map((c) => [c.id, c.outcome]));
    expect(Object.keys(outcomes).sort()).toEqual([...ids].sort());
    expect(report.checks.filter((c) => c.outcome === "error").map((c) => `${c.id}: ${c.reason.en}`)).toEqual([]);
    expect(report.checks.filter((c) => (c.outcome === "pass" || c.outcome === "warn") && !MAY_PASS.has(c.id)).map((c) => `${c.id}: ${c.reason.en}`)).toEqual([]);
    expect(outcomes["health.status"]).toBe("fail");
  }, 60_000);
});
