/**
 * Certifying the reference system (or a defective variant of it) in this process, for the self-test,
 * the CLI and the hostile-target tests: short channel windows, a lower rate limit (so that the probe of
 * the limit is quick), one synthetic record factory shared by every target.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { certify, type CertifyOptions } from "../../conformance/certify.ts";
import type { DefectVariant } from "../../conformance/defect-catalogue.ts";
import { startPlatformSession, type ChannelTiming } from "../../conformance/platform-session.ts";
import { parseDefects, SyntheticRecordFactory } from "../../conformance/reference-system/index.ts";
import { isChannelDefect, startReferenceTarget, type ReferenceTarget } from "../../conformance/reference-target.ts";
import type { CertificationReport } from "../../specs/conformance/report.ts";

export const TEST_TIMING: ChannelTiming = { receiveWindowMs: 8000, retryWindowMs: 8000, reconcileWindowMs: 4000 };
export const TEST_RATE_LIMIT = { limit: 400, windowSeconds: 60 };

let factory: SyntheticRecordFactory | undefined;
export const sharedRecords = () => (factory ??= new SyntheticRecordFactory());

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `ywjy-${prefix}-`));

/** Starts a reference target for a runner platform elsewhere (another process), with the test settings. */
export function startTestTarget(platform: { url: string; issuer?: string }, defects: string[] = []): Promise<ReferenceTarget> {
  return startReferenceTarget({ platform, defects: parseDefects(defects), records: sharedRecords(), rateLimit: TEST_RATE_LIMIT });
}

/** Certifies a variant of the reference system in this process and returns the report (written to `outDir`). */
export async function certifyVariant(v: Pick<DefectVariant, "defects" | "channelDefects" | "platform" | "lateMs">, outDir = tempDir("variant"), o: Partial<CertifyOptions> = {}): Promise<CertificationReport> {
  const { receiveWindowMs, ...limits } = v.platform;
  const platform = await startPlatformSession({ credentials: { clientId: "ywjy-test-runner" }, limits, timing: { ...TEST_TIMING, ...(receiveWindowMs ? { receiveWindowMs } : {}) } });
  const target = await startReferenceTarget({ platform, defects: parseDefects(v.defects), channelDefects: v.channelDefects.filter(isChannelDefect), records: sharedRecords(), rateLimit: TEST_RATE_LIMIT, ...(v.lateMs !== undefined ? { lateMs: v.lateMs } : {}) });
  try {
    const { report } = await certify({ target: target.url, credentials: target.credentials, platform, outDir, ...o });
    return report;
  } finally {
    await target.close();
    await platform.close();
  }
}
