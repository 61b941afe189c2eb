/**
 * How a check collects what it saw and turns it into a verdict: every probe response it looks at
 * becomes evidence (redacted by evidenceOf), every problem a zh/en line; the verdict fails with the
 * problems (and the responses that showed them first), warns with the remarks, or passes.
 */
import type { OperationId } from "../../generated/sdk/access.ts";
import type { ProblemCode } from "../../src/sdk/index.ts";
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";
import { evidenceOf, type Evidence, type Verdict } from "../runner/model.ts";
import { problemOf, responseProblems, statusOfCode, type ResponseOptions } from "./openapi-responses.ts";

export const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const MAX_LINES = 6;
const MAX_EVIDENCE = 8;

/** A short description of a request for messages: `GET /data-sets`. */
export const requestLine = (res: ProbeResponse): string => {
  const u = new URL(res.request.url);
  return `${res.request.method} ${u.pathname}${u.search}`;
};

export class Judge {
  private readonly problems: LocalizedText[] = [];
  private readonly remarks: LocalizedText[] = [];
  private readonly evidence: Array<{ e: Evidence; bad: boolean }> = [];
  private readonly index = new Map<ProbeResponse, number>();
  /** Further facts of the verdict (validation summaries of the target's records). */
  validation?: Verdict["validation"];

  /** Records a response as evidence (once) and returns it. */
  see(res: ProbeResponse, label?: string): ProbeResponse {
    if (!this.index.has(res)) {
      this.index.set(res, this.evidence.length);
      this.evidence.push({ e: evidenceOf(res, label), bad: false });
    }
    return res;
  }

  note(note: string): void {
    this.evidence.push({ e: { note }, bad: true });
  }

  fail(zh: string, en: string, res?: ProbeResponse): false {
    this.problems.push(t(zh, en));
    if (res) this.evidence[this.index.get(this.see(res))!]!.bad = true;
    return false;
  }

  warn(zh: string, en: string, res?: ProbeResponse): void {
    this.remarks.push(t(zh, en));
    if (res) this.see(res);
  }

  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** Fails when the probe got no answer; true when it did. */
  answered(res: ProbeResponse): boolean {
    this.see(res);
    if (!res.error) return true;
    return this.fail(`${requestLine(res)} 未得到完整应答：${res.error.message}`, `${requestLine(res)} got no complete answer: ${res.error.message}`, res);
  }

  /** Fails unless the answer has one of the statuses. */
  status(res: ProbeResponse, ...expected: number[]): boolean {
    if (!this.answered(res)) return false;
    if (expected.includes(res.status!)) return true;
    return this.fail(
      `${requestLine(res)} 应答 ${res.status}，应为 ${expected.join(" 或 ")}`,
      `${requestLine(res)} answered ${res.status}, expected ${expected.join(" or ")}`,
      res,
    );
  }

  /** Fails for every way the response departs from the operation in the OpenAPI document. */
  conforms(op: OperationId, res: ProbeResponse, o?: ResponseOptions): boolean {
    this.see(res);
    const problems = responseProblems(op, res, o);
    if (problems.length === 0) return true;
    const list = problems.slice(0, 5).join("; ") + (problems.length > 5 ? ` … (+${problems.length - 5})` : "");
    return this.fail(`${requestLine(res)} 的应答不符合接入标准（${op}）：${list}`, `${requestLine(res)}: the answer does not conform to the access standard (${op}): ${list}`, res);
  }

  /** Expects a 2xx answer that conforms to the document; returns its JSON body. */
  ok<T = Record<string, any>>(op: OperationId, res: ProbeResponse, ...statuses: number[]): T | undefined {
    if (!this.status(res, ...(statuses.length ? statuses : [200]))) return undefined;
    return this.conforms(op, res) ? (res.json as T) : undefined;
  }

  /**
   * Expects the answer to refuse with `code` (its status from the standard). A refusal with the right
   * status whose body is not problem+json passes with a remark: the error format is judged once, by
   * errors.problem-json — unless `problemJsonRequired`, for an answer errors.problem-json does not see
   * (one node:http writes before any handler). Returns whether the request was refused with that status.
   */
  refuses(res: ProbeResponse, codes: ProblemCode | ProblemCode[], what: LocalizedText, problemJsonRequired = false): boolean {
    const list = Array.isArray(codes) ? codes : [codes];
    const statuses = [...new Set(list.map(statusOfCode))];
    if (!this.answered(res)) return false;
    if (!statuses.includes(res.status!))
      return this.fail(
        `${what.zh}：${requestLine(res)} 应答 ${res.status}，应为 ${statuses.join(" 或 ")}（${list.join(" 或 ")}）`,
        `${what.en}: ${requestLine(res)} answered ${res.status}, expected ${statuses.join(" or ")} (${list.join(" or ")})`,
        res,
      );
    const p = problemOf(res);
    if (!p.problemJson) {
      if (problemJsonRequired)
        return this.fail(
          `${what.zh}：${requestLine(res)} 以 ${res.status} 拒绝，但应答不是 problem+json（应带 code ${list.join(" 或 ")}）`,
          `${what.en}: ${requestLine(res)} refused with ${res.status}, but the answer is not problem+json (it should carry the code ${list.join(" or ")})`,
          res,
        );
      this.warn(
        `${what.zh}：已以 ${res.status} 拒绝，但应答不是 problem+json，无法核对错误代码（格式由 errors.problem-json 判定）`,
        `${what.en}: refused with ${res.status}, but the answer is not problem+json, so its code cannot be checked (errors.problem-json judges the format)`,
        res,
      );
      return true;
    }
    if (!list.includes(p.code as ProblemCode))
      return this.fail(
        `${what.zh}：${requestLine(res)} 的错误代码为 ${p.code ?? "（无）"}，应为 ${list.join(" 或 ")}`,
        `${what.en}: ${requestLine(res)} has the error code ${p.code ?? "(none)"}, expected ${list.join(" or ")}`,
        res,
      );
    return true;
  }

  /** The verdict: fail with the problems, else warn with the remarks, else pass with `passed`. */
  verdict(passed: LocalizedText): Verdict {
    const ordered = [...this.evidence.filter((x) => x.bad), ...this.evidence.filter((x) => !x.bad)].slice(0, MAX_EVIDENCE).map((x) => x.e);
    const lines = (list: LocalizedText[], sep: LocalizedText) => {
      const more = list.length > MAX_LINES ? t(`（另有 ${list.length - MAX_LINES} 项）`, ` (and ${list.length - MAX_LINES} more)`) : t("", "");
      const shown = list.slice(0, MAX_LINES);
      return t(shown.map((l) => l.zh).join(sep.zh) + more.zh, shown.map((l) => l.en).join(sep.en) + more.en);
    };
    const sep = t("；", "; ");
    const base = this.validation ? { validation: this.validation } : {};
    if (this.problems.length) return { outcome: "fail", reason: lines(this.problems, sep), evidence: ordered, ...base };
    if (this.remarks.length) {
      const r = lines(this.remarks, sep);
      return { outcome: "warn", reason: t(`${passed.zh}；但${r.zh}`, `${passed.en}; but ${r.en}`), evidence: ordered, ...base };
    }
    return { outcome: "pass", reason: passed, evidence: ordered, ...base };
  }
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
