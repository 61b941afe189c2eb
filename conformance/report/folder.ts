/**
 * A report folder: report.json (the canonical report), its derived report.html, junit.xml and
 * summary.md, the signer's public key, and report.jws — a detached JWS over the exact bytes of
 * report.json whose protected header names the key (`kid`), the signing time (`iat`) and the SHA-256
 * of every other file. Verifying works offline, but needs a key the verifier trusts (trust.ts): the
 * key in the folder travels with the report, so a signature checked against it proves only that the
 * files agree with each other, not who signed them. Any altered byte, missing file or extra file fails it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeProtectedHeader, type JWK } from "jose";
import { signDetached, verifyDetached, type SigningKey } from "../../src/auth/index.ts";
import { REPORT_FILES } from "./files.ts";
import { reportHtml } from "./html.ts";
import { reportJUnit } from "./junit.ts";
import { reportMarkdown, type Lang } from "./markdown.ts";
import type { CertificationReport } from "./model.ts";
import { thumbprintOf, validityProblem, type TrustStore } from "./trust.ts";

export { REPORT_FILES };

const sha256 = (b: Buffer | string) => "sha256:" + createHash("sha256").update(b).digest("hex");

/** The report's `signer`: the key's kid, algorithm and thumbprint, and whether it is a demo key made for the run. */
export async function reportSigner(key: SigningKey, demo: boolean): Promise<NonNullable<CertificationReport["signer"]>> {
  return { kid: key.kid, alg: key.alg, thumbprint: await thumbprintOf(key.publicJwk), demo };
}

export interface WriteOptions {
  lang?: Lang;
  /** The signing time written into report.jws (default: now). */
  signedAt?: Date;
}

/** Writes the folder; the report names its signer (`signer`), which must be `key` when already set. */
export async function writeReportFolder(dir: string, report: CertificationReport, key: SigningKey, o: WriteOptions = {}): Promise<string[]> {
  if (report.signer && report.signer.kid !== key.kid) throw new Error(`the report names signer ${report.signer.kid}, but is signed with key ${key.kid}`);
  const signed: CertificationReport = report.signer ? report : { ...report, signer: await reportSigner(key, false) };
  const lang = o.lang ?? "zh";
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(signed, null, 2) + "\n";
  const derived: Record<string, string> = {
    [REPORT_FILES.html]: reportHtml(signed, lang),
    [REPORT_FILES.junit]: reportJUnit(signed),
    [REPORT_FILES.markdown]: reportMarkdown(signed, lang),
    [REPORT_FILES.key]: JSON.stringify(key.publicJwk, null, 2) + "\n",
  };
  writeFileSync(join(dir, REPORT_FILES.json), json);
  const digests: Record<string, string> = {};
  for (const [name, content] of Object.entries(derived)) {
    writeFileSync(join(dir, name), content);
    digests[name] = sha256(content);
  }
  const iat = Math.floor((o.signedAt ?? new Date()).getTime() / 1000);
  const jws = await signDetached(json, key, { typ: "ywjy-report+jws", iat, "ywjy-report-id": signed.id, "ywjy-files": digests });
  writeFileSync(join(dir, REPORT_FILES.signature), jws + "\n");
  return [REPORT_FILES.json, ...Object.keys(derived), REPORT_FILES.signature].map((f) => join(dir, f));
}

export interface VerifyResult {
  /** True only when the signature verifies with a trusted key valid at the signing time, and every file is as signed. */
  ok: boolean;
  reportId?: string;
  /** The kid report.jws names. */
  keyId?: string;
  /** The signing time report.jws names (ISO 8601). */
  signedAt?: string;
  /** Where the trusted keys came from; absent when the caller gave none (then `ok` is false). */
  trustedBy?: string;
  /** The key in the folder: its RFC 7638 thumbprint — unverified, it proves nothing about the signer — and whether the files verify against it. */
  folderKey?: { thumbprint: string; filesConsistent: boolean };
  problems: Array<{ file: string; problem: string }>;
}

/** The problem reported when no trusted key is given: verify-report turns it into instructions. */
export const NO_TRUSTED_KEY = "no trusted key: the key in the folder travels with the report and cannot show who signed it";

export async function verifyReportFolder(dir: string, trust?: TrustStore): Promise<VerifyResult> {
  const problems: VerifyResult["problems"] = [];
  const read = (name: string): Buffer | undefined => {
    const p = join(dir, name);
    if (!existsSync(p)) {
      problems.push({ file: name, problem: "missing" });
      return undefined;
    }
    return readFileSync(p);
  };
  const fail = (): VerifyResult => ({ ok: false, ...(trust ? { trustedBy: trust.source } : {}), problems });
  const jws = read(REPORT_FILES.signature)?.toString("utf8").trim();
  const json = read(REPORT_FILES.json);
  if (!jws || !json) return fail();

  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(jws) as Record<string, unknown>;
  } catch {
    problems.push({ file: REPORT_FILES.signature, problem: "not a JWS" });
    return fail();
  }
  const keyId = typeof header.kid === "string" ? header.kid : undefined;
  const iat = typeof header.iat === "number" && Number.isFinite(header.iat) ? header.iat : undefined;
  const about = { ...(keyId ? { keyId } : {}), ...(iat !== undefined ? { signedAt: new Date(iat * 1000).toISOString() } : {}) };

  // The folder's own key: shown by its thumbprint, never trusted.
  let folderKey: VerifyResult["folderKey"];
  const keyFile = read(REPORT_FILES.key);
  if (keyFile) {
    try {
      const jwk = JSON.parse(keyFile.toString("utf8")) as JWK;
      const consistent = await verifyDetached(jws, json, { keys: [jwk] }).then(() => true, () => false);
      folderKey = { thumbprint: await thumbprintOf(jwk), filesConsistent: consistent };
    } catch {
      problems.push({ file: REPORT_FILES.key, problem: "not a JSON Web Key" });
    }
  }

  if (!trust) problems.push({ file: REPORT_FILES.signature, problem: NO_TRUSTED_KEY });
  else {
    const candidates = trust.keys.filter((k) => k.kid === keyId);
    if (candidates.length === 0) problems.push({ file: REPORT_FILES.signature, problem: `signed with key ${keyId ?? "(no kid)"}, which ${trust.source} does not hold` });
    else {
      const valid = candidates.filter((k) => !validityProblem(k, iat));
      if (valid.length === 0) problems.push({ file: REPORT_FILES.signature, problem: validityProblem(candidates[0]!, iat)! });
      else {
        try {
          await verifyDetached(jws, json, { keys: valid.map((k) => k.jwk) });
        } catch (e) {
          problems.push({ file: REPORT_FILES.json, problem: `signature does not verify with trusted key ${keyId} (${(e as Error).message})` });
        }
      }
    }
  }

  const digests = (header["ywjy-files"] ?? {}) as Record<string, string>;
  for (const [name, digest] of Object.entries(digests)) {
    const content = read(name);
    if (content && sha256(content) !== digest) problems.push({ file: name, problem: "digest differs from the signed one" });
  }
  for (const name of [REPORT_FILES.html, REPORT_FILES.junit, REPORT_FILES.markdown, REPORT_FILES.key])
    if (!(name in digests)) problems.push({ file: name, problem: "not covered by the signature" });
  const signedFiles = new Set<string>([REPORT_FILES.json, REPORT_FILES.signature, ...Object.keys(digests)]);
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (!signedFiles.has(entry.name)) problems.push({ file: entry.name, problem: `an extra ${entry.isDirectory() ? "folder" : "file"} that the signature does not cover` });

  let reportId: string | undefined;
  try {
    const report = JSON.parse(json.toString("utf8")) as CertificationReport;
    reportId = report.id;
    if (reportId !== header["ywjy-report-id"]) problems.push({ file: REPORT_FILES.json, problem: "report id differs from the signed one" });
    if (report.signer && report.signer.kid !== keyId) problems.push({ file: REPORT_FILES.json, problem: `the report names signer ${report.signer.kid}, but report.jws names key ${keyId}` });
  } catch {
    problems.push({ file: REPORT_FILES.json, problem: "not JSON" });
  }
  return { ok: problems.length === 0, ...(reportId ? { reportId } : {}), ...about, ...(trust ? { trustedBy: trust.source } : {}), ...(folderKey ? { folderKey } : {}), problems };
}
