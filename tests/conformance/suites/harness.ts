/**
 * Certifying reference systems on loopback with the access suite: each target gets a platform session
 * of its own (the runner's embedded mock platform: JWKS, OpenID provider, intake), optionally defect
 * switches, and optionally a tamper proxy in front of it that breaks one thing on the way.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { certify } from "../../../conformance/certify.ts";
import { startPlatformSession, type RunnerPlatform } from "../../../conformance/platform-session.ts";
import { SyntheticRecordFactory, type DefectName } from "../../../conformance/reference-system/index.ts";
import { startReferenceTarget, type ReferenceTarget } from "../../../conformance/reference-target.ts";
import { accessSuite } from "../../../conformance/suites/index.ts";
import { issueAccessToken } from "../../../src/auth/index.ts";
import { loadRequirements } from "../../../src/specs/requirements.ts";
import type { CertificationReport, CheckResult } from "../../../specs/conformance/report.ts";
import { startTamperProxy, type Tamper, type TamperProxy } from "./tamper-proxy.ts";

/** One record factory for every target (making one takes a second). */
let records: SyntheticRecordFactory | undefined;
const sharedRecords = () => (records ??= new SyntheticRecordFactory());

export interface TargetOptions {
  defects?: DefectName[];
  /**
   * A proxy in front of the system. `token` is a valid platform token with every scope (for a proxy
   * that swaps bad tokens for good ones); `platform` the target's platform session.
   */
  tamper?: (t: { token: string; platform: RunnerPlatform }) => Tamper;
  rateLimit?: { limit: number; windowSeconds: number };
  /** Run the reference system as a system of this trading domain (land, mining, property-rights). */
  domain?: string;
  /** The domains its discovery document declares instead of its own (a mislabelled system). */
  declaredDomains?: string[];
}

export interface Target {
  url: string;
  platform: RunnerPlatform;
  reference: ReferenceTarget;
  proxy?: TamperProxy;
  /** Certifies the target with the access suite (only the given checks and those they need). */
  certify(only?: string[]): Promise<CertificationReport>;
  close(): Promise<void>;
}

const CREDENTIALS = { clientId: "ywjy-conformance-runner" };

export async function startTarget(o: TargetOptions = {}): Promise<Target> {
  const platform = await startPlatformSession({ credentials: CREDENTIALS });
  // The proxy reads the token when a request comes, by which time it is set.
  const holder = { token: "", platform };
  const proxy = o.tamper ? await startTamperProxy(o.tamper(holder)) : undefined;
  const reference = await startReferenceTarget({
    platform,
    records: sharedRecords(),
    ...(o.defects ? { defects: o.defects } : {}),
    ...(o.rateLimit ? { rateLimit: o.rateLimit } : {}),
    ...(o.domain ? { domain: o.domain } : {}),
    ...(o.declaredDomains ? { declaredDomains: o.declaredDomains } : {}),
    ...(proxy ? { publicUrl: proxy.url } : {}),
  });
  if (proxy) proxy.upstream = `http://127.0.0.1:${(reference.system.server.address() as { port: number }).port}`;
  holder.token = await issueAccessToken(platform.tokenKey, {
    issuer: platform.issuer,
    audience: reference.system.audience,
    clientId: CREDENTIALS.clientId,
    scopes: ["records:read", "audit:read", "conformance:run"],
    ttlSeconds: 3600,
  });
  const url = proxy?.url ?? reference.url;
  return {
    url,
    platform,
    reference,
    ...(proxy ? { proxy } : {}),
    async certify(only) {
      if (only) only = withNeeds(only);
      const outDir = mkdtempSync(join(tmpdir(), "ywjy-access-suite-"));
      try {
        const { report } = await certify({ target: url, credentials: reference.credentials, platform, outDir, suites: [accessSuite], ...(only ? { only } : {}) });
        return report;
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    async close() {
      await reference.close();
      await proxy?.close();
      await platform.close();
    },
  };
}

/** Checks with every check they need, transitively (certify adds only the direct needs). */
export function withNeeds(ids: string[]): string[] {
  const byId = new Map(accessSuite.groups.flatMap((g) => g.checks).map((c) => [c.id, c]));
  const out = new Set<string>();
  const add = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const n of byId.get(id)?.needs ?? []) add(n);
  };
  ids.forEach(add);
  return [...out];
}

/** The requirement IDs the catalogue says a check verifies. */
export function requirementsOf(checkId: string): string[] {
  return loadRequirements()
    .requirements.filter((r) => r.verification.checks?.includes(checkId))
    .map((r) => r.id)
    .sort();
}

export function checkOf(report: CertificationReport, id: string): CheckResult {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`the report has no check ${id}`);
  return c;
}

/** The request paths (with query) of a check's evidence. */
export const evidencePaths = (c: CheckResult): string[] =>
  c.evidence.flatMap((e) => (e.request ? [new URL(e.request.url).pathname + new URL(e.request.url).search] : []));

/** Where each check's evidence must lead: the start of a request path it made. */
export const EVIDENCE_PATH: Record<string, string> = {
  "discovery.document": "/.well-known/ywjy",
  "discovery.public": "/health",
  "discovery.identity": "/.well-known/ywjy",
  "discovery.spec-version": "/.well-known/ywjy",
  "discovery.modules": "/.well-known/ywjy",
  "health.status": "/health",
  "auth.valid-token": "/data-sets",
  "auth.missing-token": "/data-sets",
  "auth.malformed-token": "/data-sets",
  "auth.expired-token": "/data-sets",
  "auth.not-yet-valid-token": "/data-sets",
  "auth.wrong-audience": "/data-sets",
  "auth.wrong-issuer": "/data-sets",
  "auth.bad-signature": "/data-sets",
  "auth.alg-none": "/data-sets",
  "auth.alg-confusion": "/data-sets",
  "auth.no-expiry": "/data-sets",
  "auth.lifetime-too-long": "/data-sets",
  "auth.key-rotation": "/data-sets",
  "auth.missing-scope": "/data-sets",
  "auth.www-authenticate": "/data-sets",
  "errors.problem-json": "/data-sets",
  "errors.bad-request": "/data-sets/",
  "errors.request-id": "/.well-known/ywjy",
  "errors.headers-too-large": "/health",
  "errors.rate-limit-headers": "/data-sets",
  "errors.rate-limited": "/data-sets",
  "hook.unknown-scenario": "/conformance/scenarios/ywjy-no-such-scenario",
  "scenario.create-tender-project": "/conformance/scenarios/create-tender-project",
  "scenario.open-bids": "/conformance/scenarios/open-bids",
  "scenario.publish-candidates": "/conformance/scenarios/publish-candidates",
  "scenario.publish-award": "/conformance/scenarios/publish-award",
  "scenario.sign-contract": "/conformance/scenarios/sign-contract",
  "scenario.report-exception": "/conformance/scenarios/report-exception",
  "scenario.effects": "/data-sets/",
  "scenario.records-valid": "/data-sets/",
  "data.list": "/data-sets",
  "data.data-sets": "/data-sets",
  "data.domain-data-sets": "/.well-known/ywjy",
  "data.payload-valid": "/data-sets/",
  "data.get": "/data-sets/",
  "data.not-found": "/data-sets/",
  "data.updated-since": "/data-sets/",
  "data.pagination-complete": "/data-sets/",
  "data.pagination-concurrent": "/data-sets/",
  "data.etag": "/data-sets/",
  "audit.trail-schema": "/tender-projects/",
  "audit.chain-valid": "/tender-projects/",
  "audit.digest-matches": "/tender-projects/",
  "audit.scenario-entries": "/tender-projects/",
  "audit.append-only": "/tender-projects/",
  "sso.login-redirect": "/sso/login",
  "sso.callback": "/sso/",
  "sso.state-mismatch": "/sso/callback",
  "sso.nonce-mismatch": "/sso/callback",
  "sso.deep-link": "/sso/callback",
  "sso.session-cookie": "/sso/callback",
};
