/**
 * The conformance model (after Inferno's suites → groups → tests): a suite holds groups, a group
 * holds checks, and each check ends in one outcome with a reason and evidence. Which requirements
 * a check verifies is recorded once, in the requirement catalogue (specs/norms, `verification.checks`);
 * the registry joins the two and a test keeps them in step.
 */
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { ProbeResponse } from "./http-probe.ts";

export type { CheckResult, Evidence, Outcome, RuleFinding } from "../../specs/conformance/report.ts";
import type { CheckResult, Evidence, Outcome } from "../../specs/conformance/report.ts";
export const OUTCOMES: Outcome[] = ["pass", "fail", "warn", "skip", "error", "manual"];

export interface Verdict {
  outcome: Exclude<Outcome, "manual">;
  reason: LocalizedText;
  evidence?: Evidence[];
  validation?: CheckResult["validation"];
}

/**
 * What a check reads or changes beyond its own requests, so that the runner can run checks side by
 * side (conformance/runner/run.ts): two checks that claim the same resource, one of them to change it,
 * never overlap and run in catalogue order; any other two may. The resources:
 * - `data`: the target's trading data, its audit trail, and the pushes they cause at the runner's
 *   platform. A check that triggers a scenario or injects faults at the intake changes it; a check that
 *   compares what it reads across requests, or with an earlier check's reading, reads it.
 * - `logins`: the target's pending single sign-on logins. A system that does not bind a callback to its
 *   own login (the defect the SSO checks look for) would let two logins at once answer each other.
 */
export type Claims = Partial<Record<"data" | "logins", "read" | "write">>;

export interface CheckDefinition<Ctx = unknown> {
  id: string;
  title: LocalizedText;
  /** Checks whose results this one needs; when one of them did not pass, this one is skipped. */
  needs?: string[];
  /** What the check reads or changes; its group's (or suite's) claims when unset. */
  claims?: Claims;
  timeoutMs?: number;
  /**
   * The published values the check's verdict depends on: `param:NAME` (x-ywjy-parameters), `endpoint:ID`
   * (specs/platform/endpoints.yaml), `header:Name`. Each requirement the check verifies lists them under
   * `verification.depends`, where `ywjy lint` makes sure its text or the guide it links names them.
   */
  depends?: string[];
  run(ctx: Ctx): Promise<Verdict>;
}

export interface GroupDefinition<Ctx = unknown> {
  id: string;
  title: LocalizedText;
  /** The claims of every check of the group that sets none. */
  claims?: Claims;
  checks: CheckDefinition<Ctx>[];
}

export interface SuiteDefinition<Ctx = unknown> {
  id: string;
  title: LocalizedText;
  /** The claims of every check whose group sets none. */
  claims?: Claims;
  groups: GroupDefinition<Ctx>[];
}


const t = (zh: string, en: string): LocalizedText => ({ zh, en });
export const pass = (zh: string, en: string, ...evidence: Evidence[]): Verdict => ({ outcome: "pass", reason: t(zh, en), evidence });
export const fail = (zh: string, en: string, ...evidence: Evidence[]): Verdict => ({ outcome: "fail", reason: t(zh, en), evidence });
export const warn = (zh: string, en: string, ...evidence: Evidence[]): Verdict => ({ outcome: "warn", reason: t(zh, en), evidence });
export const skip = (zh: string, en: string, ...evidence: Evidence[]): Verdict => ({ outcome: "skip", reason: t(zh, en), evidence });
export const error = (zh: string, en: string, ...evidence: Evidence[]): Verdict => ({ outcome: "error", reason: t(zh, en), evidence });

/** A probe that could not get an answer is an error of the target, reported as a failed check with its evidence. */
export function probeFailed(res: ProbeResponse, what: LocalizedText): Verdict | undefined {
  if (!res.error) return undefined;
  return fail(`${what.zh}：${res.error.message}`, `${what.en}: ${res.error.message}`, evidenceOf(res));
}

const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|dpop)$/i;
const SECRET_FIELDS = /"(access_token|refresh_token|id_token|client_secret|password|code_verifier|private_key|d)"\s*:\s*"[^"]*"/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const JWT_LIKE = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;

/** Removes credentials, tokens and keys from a text that goes into a report or a log. */
export function redact(text: string): string {
  return text.replace(SECRET_FIELDS, (_m, k: string) => `"${k}":"<redacted>"`).replace(BEARER, "$1 <redacted>").replace(JWT_LIKE, "<redacted-jwt>");
}

/** Characters of a header value that evidence keeps (a probe may send, and a target answer, a huge one). */
const HEADER_EXCERPT = 512;

function redactHeaders(h: Record<string, string>): Record<string, string> {
  const cut = (v: string) => (v.length > HEADER_EXCERPT ? `${copyOf(v.slice(0, HEADER_EXCERPT))}… (${v.length} characters in all)` : v);
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, SECRET_HEADERS.test(k) ? "<redacted>" : redact(cut(v))]));
}

/** Characters of a body that evidence keeps; the whole body is named by its size and SHA-256. */
export const EXCERPT = 2000;
/** A copy, not a slice: a slice of a long string keeps the whole string alive as long as the evidence. */
const copyOf = (s: string) => Buffer.from(s, "utf8").toString("utf8");
const excerpt = (s: string, total?: string) => redact(s.length > EXCERPT ? copyOf(s.slice(0, EXCERPT)) + `… (${total ?? `${s.length} characters`} in all)` : copyOf(s));

export function evidenceOf(res: ProbeResponse, label?: string): Evidence {
  return {
    ...(label ? { label } : {}),
    request: { method: res.request.method, url: res.request.url, headers: redactHeaders(res.request.headers), ...(res.request.body ? { body: excerpt(res.request.body) } : {}) },
    response: {
      ...(res.status !== undefined ? { status: res.status } : {}),
      headers: redactHeaders(res.headers),
      ...(res.text ? { body: excerpt(res.text, `${res.bytes} bytes`) } : {}),
      bytes: res.bytes,
      ...(res.digest ? { digest: res.digest } : {}),
      durationMs: res.durationMs,
      ...(res.error ? { error: `${res.error.code}: ${res.error.message}` } : {}),
    },
  };
}
