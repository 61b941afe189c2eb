/**
 * The certification report's contract: the canonical JSON that `ywjy certify` writes (report.json)
 * and signs, and from which the HTML, JUnit XML and Markdown are derived.
 * Its JSON Schema is generated into generated/schemas/certification-report.json.
 */

/** pass · fail · warn (passed with a remark) · skip (not run) · error (could not decide) · manual (needs evidence or attestation). */
export type Outcome = "pass" | "fail" | "warn" | "skip" | "error" | "manual";

export interface Text {
  zh: string;
  en: string;
}

/**
 * A request and its response, with credentials, tokens and keys redacted. Bodies are excerpts (their
 * first 2,000 characters); the response names its whole body by size and SHA-256 instead.
 */
export interface Evidence {
  label?: string;
  request?: { method: string; url: string; headers: { [name: string]: string }; body?: string };
  response?: {
    status?: number;
    headers: { [name: string]: string };
    /** The body's first 2,000 characters. */
    body?: string;
    bytes: number;
    /** SHA-256 of the body bytes as received, `sha256:<hex>`. */
    digest?: string;
    durationMs: number;
    error?: string;
  };
  note?: string;
}

export interface CheckResult {
  /** The check's stable ID, e.g. auth.expired-token. */
  id: string;
  suite: string;
  group: string;
  title: Text;
  /** The requirements this check verifies (from the requirement catalogue). */
  requirements: string[];
  outcome: Outcome;
  reason: Text;
  evidence: Evidence[];
  /** @format date-time */
  startedAt: string;
  durationMs: number;
  /** On a re-run: the outcome this check had in the report that was re-run. */
  previousOutcome?: Outcome;
  /**
   * Set by checks that apply rules to the target's records: which family of rules (the validation
   * rules of ywjy validate, or the quality rules of ywjy quality; validation when absent), how many
   * records, and the findings (a bounded sample).
   */
  validation?: { rules?: "validation" | "quality"; records: number; findings: RuleFinding[]; findingsTotal: number };
}

/** A validation or quality finding inside a check (the shape of `ywjy validate`'s findings, without file and line). */
export interface RuleFinding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  path: string;
  DATA_NO?: number;
  DATA_KEY?: string;
  message: Text;
}

export interface RequirementResult extends Text {
  id: string;
  level: "应" | "宜" | "可";
  levelEn: "MUST" | "SHOULD" | "MAY";
  method: "automated" | "evidence" | "attestation";
  checks: string[];
  outcome: Outcome;
  evidence?: Text;
}

export interface LevelResult extends Text {
  id: string;
  met: boolean;
  /** MUST requirements of the level, verified automatically, that did not pass. */
  blocking: string[];
  /** Requirements of the level that need evidence or attestation, for the trading centre to close. */
  outstanding: string[];
}

export interface Counts {
  pass: number;
  fail: number;
  warn: number;
  skip: number;
  error: number;
  manual: number;
}

export interface CertificationReport {
  format: "ywjy-certification-report/1";
  /** @format uuid */
  id: string;
  specBundle: { id: string; version: string; digest: string };
  runner: { name: "ywjy"; version: string; node: string };
  /**
   * The key the report is signed with (report.jws names the same kid). A verifier picks the trusted key
   * by this kid from the trading centre's key set (`ywjy verify-report --key/--trust`), never from the
   * folder. Absent in reports written before it was recorded.
   */
  signer?: {
    kid: string;
    alg: "ES256" | "EdDSA";
    /** RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key. */
    thumbprint: string;
    /** True when signed with a demo key made for the run rather than the trading centre's key. */
    demo: boolean;
  };
  target: { url: string; identity?: { [key: string]: unknown } };
  options: { level: string; only?: string[]; rerunOf?: string };
  /** @format date-time */
  startedAt: string;
  /** @format date-time */
  finishedAt: string;
  durationMs: number;
  summary: {
    checks: Counts;
    requirements: Counts;
    requestedLevel: string;
    achievedLevel: string | null;
    certified: boolean;
  };
  levels: LevelResult[];
  requirements: RequirementResult[];
  checks: CheckResult[];
}
