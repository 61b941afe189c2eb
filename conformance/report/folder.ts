/**
 * A report folder: report.json (the canonical report), its derived report.html, junit.xml and
 * summary.md, the signer's public key, and report.jws — a detached JWS over the exact bytes of
 * report.json whose protected header also carries the SHA-256 of every other file. Verifying needs
 * nothing but the folder (and, to pin the signer, the trading centre's public key): any altered
 * byte in any file fails it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeProtectedHeader, type JWK } from "jose";
import { signDetached, verifyDetached, type Jwks, type SigningKey } from "../../src/auth/index.ts";
import { REPORT_FILES } from "./files.ts";
import { reportHtml } from "./html.ts";
import { reportJUnit } from "./junit.ts";
import { reportMarkdown, type Lang } from "./markdown.ts";
import type { CertificationReport } from "./model.ts";

export { REPORT_FILES };

const sha256 = (b: Buffer | string) => "sha256:" + createHash("sha256").update(b).digest("hex");

export async function writeReportFolder(dir: string, report: CertificationReport, key: SigningKey, lang: Lang = "zh"): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(report, null, 2) + "\n";
  const derived: Record<string, string> = {
    [REPORT_FILES.html]: reportHtml(report, lang),
    [REPORT_FILES.junit]: reportJUnit(report),
    [REPORT_FILES.markdown]: reportMarkdown(report, lang),
    [REPORT_FILES.key]: JSON.stringify(key.publicJwk, null, 2) + "\n",
  };
  writeFileSync(join(dir, REPORT_FILES.json), json);
  const digests: Record<string, string> = {};
  for (const [name, content] of Object.entries(derived)) {
    writeFileSync(join(dir, name), content);
    digests[name] = sha256(content);
  }
  const jws = await signDetached(json, key, { typ: "ywjy-report+jws", "ywjy-report-id": report.id, "ywjy-files": digests });
  writeFileSync(join(dir, REPORT_FILES.signature), jws + "\n");
  return [REPORT_FILES.json, ...Object.keys(derived), REPORT_FILES.signature].map((f) => join(dir, f));
}

export interface VerifyResult {
  ok: boolean;
  reportId?: string;
  keyId?: string;
  /** True when the key came from the folder itself rather than a trusted key given by the caller. */
  selfSigned: boolean;
  problems: Array<{ file: string; problem: string }>;
}

export async function verifyReportFolder(dir: string, trusted?: Jwks): Promise<VerifyResult> {
  const problems: VerifyResult["problems"] = [];
  const read = (name: string): Buffer | undefined => {
    const p = join(dir, name);
    if (!existsSync(p)) {
      problems.push({ file: name, problem: "missing" });
      return undefined;
    }
    return readFileSync(p);
  };
  const jws = read(REPORT_FILES.signature)?.toString("utf8").trim();
  const json = read(REPORT_FILES.json);
  if (!jws || !json) return { ok: false, selfSigned: !trusted, problems };

  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(jws) as Record<string, unknown>;
  } catch {
    problems.push({ file: REPORT_FILES.signature, problem: "not a JWS" });
    return { ok: false, selfSigned: !trusted, problems };
  }
  let keys = trusted;
  if (!keys) {
    const keyFile = read(REPORT_FILES.key);
    if (!keyFile) return { ok: false, selfSigned: true, problems };
    try {
      keys = { keys: [JSON.parse(keyFile.toString("utf8")) as JWK] };
    } catch {
      problems.push({ file: REPORT_FILES.key, problem: "not a JSON Web Key" });
      return { ok: false, selfSigned: true, problems };
    }
  }
  try {
    await verifyDetached(jws, json, keys);
  } catch (e) {
    problems.push({ file: REPORT_FILES.json, problem: `signature does not verify (${(e as Error).message})` });
  }
  const digests = (header["ywjy-files"] ?? {}) as Record<string, string>;
  for (const [name, digest] of Object.entries(digests)) {
    const content = read(name);
    if (content && sha256(content) !== digest) problems.push({ file: name, problem: "digest differs from the signed one" });
  }
  for (const name of [REPORT_FILES.html, REPORT_FILES.junit, REPORT_FILES.markdown])
    if (!(name in digests)) problems.push({ file: name, problem: "not covered by the signature" });
  let reportId: string | undefined;
  try {
    reportId = (JSON.parse(json.toString("utf8")) as CertificationReport).id;
    if (reportId !== header["ywjy-report-id"]) problems.push({ file: REPORT_FILES.json, problem: "report id differs from the signed one" });
  } catch {
    problems.push({ file: REPORT_FILES.json, problem: "not JSON" });
  }
  return { ok: problems.length === 0, ...(reportId ? { reportId } : {}), keyId: header.kid as string, selfSigned: !trusted, problems };
}
