/**
 * The access suite against the clean reference system: every check passes, says which requirements it
 * verifies (from the catalogue), and shows the requests it judged; the suite implements every check
 * the ACC requirements name (but the reporting channel's data.agrees-with-push), and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessSuite } from "../../../conformance/suites/index.ts";
import { loadRequirements } from "../../../src/specs/requirements.ts";
import type { CertificationReport } from "../../../specs/conformance/report.ts";
import { checkOf, EVIDENCE_PATH, evidencePaths, requirementsOf, startTarget, type Target } from "./harness.ts";

/** The channel suite's check of ACC-DATA-06 (it needs the runner's intake). */
const CHANNEL_OWNED = ["data.agrees-with-push"];

const implemented = accessSuite.groups.flatMap((g) => g.checks.map((c) => c.id));
const named = [...new Set(loadRequirements().requirements.filter((r) => r.id.startsWith("ACC-")).flatMap((r) => r.verification.checks ?? []))];

describe("the access suite's checks", () => {
  it("implements every check an ACC requirement names, except the channel's", () => {
    expect(named.filter((id) => !CHANNEL_OWNED.includes(id) && !implemented.includes(id))).toEqual([]);
  });

  it("has only checks that some requirement names, each once, each with a zh/en title", () => {
    const all = new Set(loadRequirements().requirements.flatMap((r) => r.verification.checks ?? []));
    expect(implemented.filter((id) => !all.has(id))).toEqual([]);
    expect(new Set(implemented).size).toBe(implemented.length);
    for (const c of accessSuite.groups.flatMap((g) => g.checks)) expect(c.title.zh && c.title.en, c.id).toBeTruthy();
  });

  it("needs only checks that run before it", () => {
    const order = accessSuite.groups.flatMap((g) => g.checks);
    for (const [i, c] of order.entries())
      for (const n of c.needs ?? []) {
        const at = order.findIndex((x) => x.id === n);
        expect(at >= 0 && at < i, `${c.id} needs ${n}`).toBe(true);
      }
  });

  it("knows where every check's evidence leads", () => {
    expect(Object.keys(EVIDENCE_PATH).sort()).toEqual([...implemented].sort());
  });
});

describe("certifying the clean reference system", () => {
  let target: Target;
  let report: CertificationReport;
  beforeAll(async () => {
    // A low rate limit keeps errors.rate-limited quick (the runner's own client makes about 130 requests).
    target = await startTarget({ rateLimit: { limit: 300, windowSeconds: 60 } });
    report = await target.certify();
  }, 120_000);
  afterAll(() => target?.close());

  it.each(implemented)("%s passes, for its requirements, with the requests as evidence", (id) => {
    const c = checkOf(report, id);
    expect(c.outcome, `${id}: ${c.reason.en}`).toBe("pass");
    expect([...c.requirements].sort()).toEqual(requirementsOf(id));
    expect(c.reason.zh && c.reason.en).toBeTruthy();
    expect(evidencePaths(c).some((p) => p.startsWith(EVIDENCE_PATH[id]!)), `${id}: ${evidencePaths(c).join(" ")}`).toBe(true);
  });

  it("validates the records it read and reports their number", () => {
    for (const id of ["data.payload-valid", "scenario.records-valid"]) {
      const v = checkOf(report, id).validation!;
      expect(v.records).toBeGreaterThan(20);
      expect(v.findings.filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("passes every automated ACC requirement the suite verifies", () => {
    const acc = report.requirements.filter((r) => r.id.startsWith("ACC-") && r.method === "automated" && !r.checks.every((c) => CHANNEL_OWNED.includes(c)));
    expect(acc.filter((r) => r.outcome !== "pass").map((r) => `${r.id} ${r.outcome}`)).toEqual([]);
    expect(acc.length).toBeGreaterThan(25);
  });

  it("names the target in the report from its discovery document", () => {
    expect(report.target.identity).toMatchObject({ SYSTEM_NO: "0201", PLATFORM_CODE: target.reference.system.identity.PLATFORM_CODE });
  });
});
