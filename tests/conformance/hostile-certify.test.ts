/**
 * A whole certification against a hostile target (conformance/hostile-target/server.ts) in each of its
 * modes — it hangs, sends a 1 GB body, loops redirects, answers garbage, resets connections, answers
 * about 7 MB of JSON to every data request, puts markup in everything it says, … — ends within the global
 * deadline with a complete, signed report in which the target is not certified, whose evidence is
 * bounded and in which the target's markup is text.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { certify } from "../../conformance/certify.ts";
import { MARKUP, startHostileTarget, type HostileMode } from "../../conformance/hostile-target/server.ts";
import { startPlatformSession } from "../../conformance/platform-session.ts";
import { REPORT_FILES, verifyReportFolder } from "../../conformance/report/folder.ts";
import { EXCERPT } from "../../conformance/runner/model.ts";
import { trustStoreOf } from "../../conformance/report/trust.ts";
import { generateSigningKey } from "../../src/auth/index.ts";
import { suites } from "../../conformance/suites/index.ts";
import { TEST_TIMING, tempDir } from "./certify-helpers.ts";

const DEADLINE_MS = 15_000;
/** Writing and signing the report after the deadline, on a busy machine. */
const SLACK_MS = 5_000;
const MODES: HostileMode[] = ["hang", "huge", "redirect-loop", "garbage", "reset", "slow", "redirect-away", "wrong-type", "html", "bloat", "markup"];
const checkCount = suites.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.checks.length, 0), 0);

describe.concurrent("certify against a hostile target", () => {
  it.each(MODES)("%s: a complete report within the global deadline", { timeout: DEADLINE_MS + 30_000 }, async (mode) => {
    const target = await startHostileTarget(mode);
    const platform = await startPlatformSession({ credentials: { clientId: "ywjy-test-runner" }, timing: TEST_TIMING });
    const out = tempDir(`hostile-${mode}`);
    const reportKey = await generateSigningKey("ES256");
    try {
      const started = Date.now();
      const { report, files } = await certify({
        target: target.url,
        credentials: { clientId: "ywjy-test-runner", audience: "urn:ywjy:system:0201" },
        platform,
        outDir: out,
        deadlineMs: DEADLINE_MS,
        requestTimeoutMs: 1000,
        // The bloated target answers under the runner's own cap (8 MB), so that every answer is read whole.
        ...(mode === "bloat" ? {} : { maxBodyBytes: 1 << 20 }),
        reportKey,
      });
      expect(Date.now() - started).toBeLessThan(DEADLINE_MS + SLACK_MS);
      expect(files).toHaveLength(6);
      expect(report.checks).toHaveLength(checkCount);
      expect(report.summary.certified).toBe(false);
      expect(report.checks.filter((c) => c.suite === "channel" && c.outcome === "pass").map((c) => c.id)).toEqual([]);
      expect(report.summary.checks.fail + report.summary.checks.error).toBeGreaterThan(0);
      expect((await verifyReportFolder(out, await trustStoreOf(reportKey.publicJwk, "centre key"))).ok).toBe(true);
      // Evidence keeps an excerpt of each body and names the whole by size and SHA-256.
      const responses = report.checks.flatMap((c) => c.evidence.flatMap((e) => (e.response ? [e.response] : [])));
      expect(responses.filter((r) => (r.body?.length ?? 0) > EXCERPT + 100)).toEqual([]);
      expect(responses.filter((r) => r.bytes > 0 && !/^sha256:[0-9a-f]{64}$/.test(r.digest ?? "")).map((r) => r.bytes)).toEqual([]);
      expect(statSync(join(out, REPORT_FILES.json)).size).toBeLessThan(2 << 20);
      if (mode === "bloat") expect(report.checks.filter((c) => c.suite === "access" && c.group === "data" && c.outcome === "fail").map((c) => c.id)).toContain("data.list");
      for (const file of [REPORT_FILES.html, REPORT_FILES.markdown, REPORT_FILES.junit]) expect(readFileSync(join(out, file), "utf8"), file).not.toContain("<script>window.pwned");
      if (mode === "markup") {
        // The markup reached the report, as text.
        expect(JSON.stringify(report.target.identity)).toContain(MARKUP.slice(0, 20));
        expect(readFileSync(join(out, REPORT_FILES.html), "utf8")).toContain("&lt;script&gt;window.pwned=1");
      }
    } finally {
      await platform.close();
      await target.close();
    }
  });
});
