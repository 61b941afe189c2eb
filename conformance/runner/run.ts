/**
 * Runs suites of checks against a target. Each check runs in isolation: a throw, a hang past its
 * timeout or the run's global deadline ends that check as `error`, never the run; the results
 * always come back, so the report is always written.
 */
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { CheckDefinition, CheckResult, Outcome, SuiteDefinition, Verdict } from "./model.ts";

export interface RunOptions {
  /** Epoch ms after which no check starts and running ones are cut off. */
  deadline: number;
  /** Per-check limit when the check sets none. */
  checkTimeoutMs: number;
  /** Run only these checks (by check ID); the others are reported as skipped. */
  select?: (checkId: string) => boolean;
  /** The outcomes of an earlier report, for a re-run. */
  previous?: Map<string, Outcome>;
  requirementsOf: (checkId: string) => string[];
  onProgress?: (event: { done: number; total: number; result: CheckResult }) => void;
}

const passed = (o: Outcome | undefined) => o === "pass" || o === "warn";

export async function runSuites<Ctx>(suites: SuiteDefinition<Ctx>[], ctx: Ctx, options: RunOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const outcomes = new Map<string, Outcome>();
  const total = suites.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.checks.length, 0), 0);
  for (const suite of suites)
    for (const group of suite.groups)
      for (const check of group.checks) {
        const started = Date.now();
        const verdict = await decide(check, ctx, options, outcomes);
        const result: CheckResult = {
          id: check.id,
          suite: suite.id,
          group: group.id,
          title: check.title,
          requirements: options.requirementsOf(check.id),
          outcome: verdict.outcome,
          reason: verdict.reason,
          evidence: verdict.evidence ?? [],
          ...(verdict.validation ? { validation: verdict.validation } : {}),
          startedAt: new Date(started).toISOString(),
          durationMs: Date.now() - started,
          ...(options.previous?.has(check.id) ? { previousOutcome: options.previous.get(check.id)! } : {}),
        };
        outcomes.set(check.id, result.outcome);
        results.push(result);
        options.onProgress?.({ done: results.length, total, result });
      }
  return results;
}

async function decide<Ctx>(check: CheckDefinition<Ctx>, ctx: Ctx, options: RunOptions, outcomes: Map<string, Outcome>): Promise<Verdict> {
  const reason = (zh: string, en: string): LocalizedText => ({ zh, en });
  if (options.select && !options.select(check.id)) return { outcome: "skip", reason: reason("未选择运行此检查。", "Not selected for this run.") };
  const unmet = (check.needs ?? []).filter((n) => !passed(outcomes.get(n)));
  if (unmet.length > 0)
    return { outcome: "skip", reason: reason(`前置检查未通过：${unmet.join("、")}。`, `Needs checks that did not pass: ${unmet.join(", ")}.`) };
  const left = options.deadline - Date.now();
  if (left <= 0) return { outcome: "error", reason: reason("全局时限已到，检查未运行。", "The run's global deadline passed before this check ran.") };
  const limit = Math.min(check.timeoutMs ?? options.checkTimeoutMs, left);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Verdict>((resolve) => {
    timer = setTimeout(
      () => resolve({ outcome: "error", reason: reason(`检查在 ${limit} 毫秒内未完成。`, `The check did not finish within ${limit} ms.`) }),
      limit,
    );
  });
  try {
    return await Promise.race([check.run(ctx), timeout]);
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    return { outcome: "error", reason: reason(`检查执行出错：${msg}`, `The check raised an error: ${msg}`) };
  } finally {
    clearTimeout(timer);
  }
}
