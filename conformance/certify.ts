/**
 * A certification run: acts as the city platform towards a target trading system, runs the
 * suites, rolls the outcomes up to requirements and levels, and writes the signed report folder.
 * The report is written whatever the target does; only a usage error stops before that.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateSigningKey, type SigningKey } from "../src/auth/index.ts";
import { loadQualityRules } from "../src/quality/rules.ts";
import { specBundleDigest } from "../src/specs/bundle-digest.ts";
import { fromRoot } from "../src/paths.ts";
import { loadValidationRules } from "../src/validate/catalogue.ts";
import { loadManifest } from "../src/specs/manifest.ts";
import { loadRequirements } from "../src/specs/requirements.ts";
import type { CertificationReport, CheckResult, Outcome } from "../specs/conformance/report.ts";
import { TokenKit, type CheckContext, type PlatformSession } from "./context.ts";
import type { Credentials } from "./credentials.ts";
import { REPORT_FILES, reportSigner, writeReportFolder } from "./report/folder.ts";
import type { Lang } from "./report/markdown.ts";
import { countOutcomes, levelResults, requirementResults } from "./report/model.ts";
import { HttpProbe } from "./runner/http-probe.ts";
import { loadLevels, requirementsOfLevel } from "../src/specs/levels.ts";
import type { SuiteDefinition } from "./runner/model.ts";
import { runSuites } from "./runner/run.ts";
import { suites as allSuites } from "./suites/index.ts";

export interface CertifyOptions {
  target: string;
  credentials: Credentials;
  platform: PlatformSession;
  outDir: string;
  /** The level applied for (default: the highest). */
  level?: string;
  /** Check IDs, requirement IDs or requirement-ID prefixes (ACC-AUTH) to run; the rest are skipped. */
  only?: string[];
  /** A report folder whose failed and errored checks are run again. */
  rerunOf?: string;
  /** The trading centre's key to sign the report with (default: a demo key made for the run, recorded as such in `signer`). */
  reportKey?: SigningKey;
  lang?: Lang;
  deadlineMs?: number;
  /** How many checks may run at once (conformance/runner/run.ts; default 8). */
  concurrency?: number;
  requestTimeoutMs?: number;
  maxBodyBytes?: number;
  suites?: SuiteDefinition<CheckContext>[];
  onProgress?: (e: { done: number; total: number; result: CheckResult }) => void;
}

export class UsageError extends Error {}

const packageVersion = (): string => JSON.parse(readFileSync(fromRoot("package.json"), "utf8")).version;

export async function certify(o: CertifyOptions): Promise<{ report: CertificationReport; files: string[]; demoKey: boolean }> {
  const catalogue = loadRequirements();
  const levels = loadLevels();
  const level = o.level ?? levels[levels.length - 1]!.id;
  if (!levels.some((l) => l.id === level)) throw new UsageError(`--level ${level}: not a certification level (${levels.map((l) => l.id).join(", ")})`);
  const suites = o.suites ?? allSuites;
  const checkIds = suites.flatMap((s) => s.groups.flatMap((g) => g.checks.map((c) => c.id)));

  const requirementsOfCheck = new Map<string, string[]>();
  for (const r of catalogue.requirements)
    for (const c of r.verification.checks ?? []) requirementsOfCheck.set(c, [...(requirementsOfCheck.get(c) ?? []), r.id]);

  const byId = new Map(suites.flatMap((s) => s.groups.flatMap((g) => g.checks)).map((c) => [c.id, c]));
  /** The checks `ids` need, directly or through other checks, and `ids` themselves. */
  const withNeeds = (ids: Iterable<string>): Set<string> => {
    const all = new Set(ids);
    const stack = [...all];
    while (stack.length > 0)
      for (const n of byId.get(stack.pop()!)?.needs ?? [])
        if (!all.has(n)) {
          all.add(n);
          stack.push(n);
        }
    return all;
  };

  // What this run covers: the level's requirements, narrowed by --only, or the failures of a previous report.
  const inLevel = new Set(requirementsOfLevel(levels, level, catalogue.requirements).map((r) => r.id));
  let previous: CertificationReport | undefined;
  if (o.rerunOf) previous = readPreviousReport(o.rerunOf);
  let rerun: Set<string> | undefined;
  if (previous) {
    // Re-run what failed or errored, and what was skipped because something it needs failed or errored.
    const broken = new Set(previous.checks.filter((c) => c.outcome === "fail" || c.outcome === "error").map((c) => c.id));
    const blocked = previous.checks.filter((c) => c.outcome === "skip" && [...withNeeds([c.id])].some((n) => broken.has(n))).map((c) => c.id);
    rerun = new Set([...broken, ...blocked]);
  }
  if (o.only) {
    const unknown = o.only.filter((x) => !checkIds.includes(x) && !catalogue.requirements.some((r) => r.id === x || r.id.startsWith(x + "-")));
    if (unknown.length) throw new UsageError(`--only: no check or requirement named ${unknown.join(", ")}`);
  }
  const matchesOnly = (checkId: string) =>
    !o.only || o.only.some((x) => x === checkId || (requirementsOfCheck.get(checkId) ?? []).some((r) => r === x || r.startsWith(x + "-")));
  const selected = (checkId: string) =>
    rerun ? rerun.has(checkId) : matchesOnly(checkId) && (requirementsOfCheck.get(checkId) ?? []).some((r) => inLevel.has(r));
  // A selected check also runs the checks it needs, however deep.
  const wanted = withNeeds(checkIds.filter(selected));

  const startedAt = new Date();
  const deadline = startedAt.getTime() + (o.deadlineMs ?? 120_000);
  const probe = new HttpProbe(o.target, { timeoutMs: o.requestTimeoutMs ?? 10_000, maxBodyBytes: o.maxBodyBytes ?? 8 << 20, deadline });
  const state = new Map<string, unknown>();
  const foreignKey = await generateSigningKey("ES256");
  const audience = () => o.credentials.audience ?? (state.get("audience") as string | undefined) ?? "urn:ywjy:unknown-audience";
  const ctx: CheckContext = {
    probe,
    target: probe.origin,
    credentials: o.credentials,
    platform: o.platform,
    tokens: new TokenKit(o.platform, o.credentials, audience, foreignKey),
    state,
    deadline,
  };

  const previousOutcomes = previous ? new Map<string, Outcome>(previous.checks.map((c) => [c.id, c.outcome])) : undefined;
  let results = await runSuites(suites, ctx, {
    deadline,
    checkTimeoutMs: 30_000,
    ...(o.concurrency ? { concurrency: o.concurrency } : {}),
    select: (id) => wanted.has(id),
    requirementsOf: (id) => requirementsOfCheck.get(id) ?? [],
    ...(previousOutcomes ? { previous: previousOutcomes } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  if (previous && rerun) {
    // Checks not re-run keep the result they had in the earlier report.
    const earlier = new Map(previous.checks.map((c) => [c.id, c]));
    results = results.map((r) => (rerun.has(r.id) || !earlier.has(r.id) ? r : earlier.get(r.id)!));
  }

  const validationRules = loadValidationRules().byId;
  const qualityRules = loadQualityRules().byId;
  const reqResults = requirementResults(catalogue.requirements, results, (id) =>
    validationRules.has(id) ? "validation" : qualityRules.has(id) ? "quality" : undefined,
  );
  const levelsOut = levelResults(levels, reqResults);
  const achieved = [...levelsOut].reverse().find((l) => l.met)?.id ?? null;
  const finishedAt = new Date();
  const manifest = loadManifest();
  const identity = state.get("identity") as Record<string, unknown> | undefined;
  const demoKey = !o.reportKey;
  const key = o.reportKey ?? (await generateSigningKey("EdDSA"));
  const report: CertificationReport = {
    format: "ywjy-certification-report/1",
    id: randomUUID(),
    specBundle: { id: manifest.id, version: manifest.version, digest: specBundleDigest() },
    runner: { name: "ywjy", version: packageVersion(), node: process.version },
    signer: await reportSigner(key, demoKey),
    target: { url: o.target, ...(identity ? { identity } : {}) },
    options: { level, ...(o.only ? { only: o.only } : {}), ...(previous ? { rerunOf: previous.id } : {}) },
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    summary: {
      checks: countOutcomes(results.map((r) => r.outcome)),
      requirements: countOutcomes(reqResults.map((r) => r.outcome)),
      requestedLevel: level,
      achievedLevel: achieved,
      certified: achieved !== null && levels.findIndex((l) => l.id === achieved) >= levels.findIndex((l) => l.id === level),
    },
    levels: levelsOut,
    requirements: reqResults,
    checks: results,
  };
  const files = await writeReportFolder(o.outDir, report, key, { lang: o.lang ?? "zh" });
  return { report, files, demoKey };
}

function readPreviousReport(path: string): CertificationReport {
  const file = existsSync(join(path, REPORT_FILES.json)) ? join(path, REPORT_FILES.json) : path;
  try {
    const r = JSON.parse(readFileSync(file, "utf8")) as CertificationReport;
    if (r.format !== "ywjy-certification-report/1") throw new Error("not a ywjy certification report");
    return r;
  } catch (e) {
    throw new UsageError(`--rerun-failed ${path}: ${(e as Error).message}`);
  }
}
