/**
 * Runs suites of checks against a target. Each check runs in isolation: a throw, a hang past its
 * timeout or the run's global deadline ends that check as `error`, never the run; the results
 * always come back, in catalogue order, so the report is always written.
 *
 * Checks run side by side — a target far away answers each request late, and most checks wait on
 * one or two answers — but never so that one can disturb another: a check starts once the checks it
 * needs have ended and every earlier check whose claims conflict with its own (model.ts, `Claims`) has
 * ended. Conflicting checks thus keep the order and the isolation of a one-by-one run, and the outcomes
 * do not depend on timing.
 */
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { CheckDefinition, CheckResult, Claims, Outcome, SuiteDefinition, Verdict } from "./model.ts";

export interface RunOptions {
  /** Epoch ms after which no check starts and running ones are cut off. */
  deadline: number;
  /** Per-check limit when the check sets none. */
  checkTimeoutMs: number;
  /** How many checks may run at once (default 8; 1 runs them one by one). */
  concurrency?: number;
  /** Run only these checks (by check ID); the others are reported as skipped. */
  select?: (checkId: string) => boolean;
  /** The outcomes of an earlier report, for a re-run. */
  previous?: Map<string, Outcome>;
  requirementsOf: (checkId: string) => string[];
  /** Called as each check ends (in the order they end). */
  onProgress?: (event: { done: number; total: number; result: CheckResult }) => void;
}

const DEFAULT_CONCURRENCY = 8;

const passed = (o: Outcome | undefined) => o === "pass" || o === "warn";

/** Two claims conflict when they name the same resource and one of them changes it. */
export function conflicts(a: Claims, b: Claims): boolean {
  return (Object.keys(a) as Array<keyof Claims>).some((r) => b[r] !== undefined && (a[r] === "write" || b[r] === "write"));
}

interface Scheduled<Ctx> {
  index: number;
  check: CheckDefinition<Ctx>;
  suite: string;
  group: string;
  claims: Claims;
  state: "waiting" | "running" | "ended";
}

export async function runSuites<Ctx>(suites: SuiteDefinition<Ctx>[], ctx: Ctx, options: RunOptions): Promise<CheckResult[]> {
  const order: Scheduled<Ctx>[] = suites.flatMap((suite) =>
    suite.groups.flatMap((group) => group.checks.map((check) => ({ check, suite: suite.id, group: group.id, claims: check.claims ?? group.claims ?? suite.claims ?? {} }))),
  ).map((s, index) => ({ ...s, index, state: "waiting" as const }));
  const byId = new Map(order.map((s) => [s.check.id, s]));
  const results: CheckResult[] = new Array(order.length);
  const outcomes = new Map<string, Outcome>();
  const limit = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  let running = 0;
  let done = 0;

  // A need declared later in the catalogue is not waited for: it has not run, so it did not pass.
  const ready = (s: Scheduled<Ctx>) =>
    (s.check.needs ?? []).every((n) => {
      const other = byId.get(n);
      return !other || other.index > s.index || other.state === "ended";
    }) && order.slice(0, s.index).every((o) => o.state === "ended" || !conflicts(o.claims, s.claims));

  return new Promise((resolve) => {
    const pump = () => {
      for (const s of order) {
        if (running >= limit) break;
        if (s.state !== "waiting" || !ready(s)) continue;
        s.state = "running";
        running++;
        // decide() turns a check's failures into verdicts; should the runner itself fail on a check, the check ends as an error rather than the run waiting for it forever.
        void execute(s).catch((e: unknown) => crashed(s, e)).then((result) => {
          s.state = "ended";
          running--;
          outcomes.set(s.check.id, result.outcome);
          results[s.index] = result;
          done++;
          try {
            options.onProgress?.({ done, total: order.length, result });
          } catch {
            // A broken progress display must not stop the run.
          }
          if (done === order.length) resolve(results);
          else pump();
        });
      }
    };
    const execute = async (s: Scheduled<Ctx>): Promise<CheckResult> => {
      const started = Date.now();
      const verdict = await decide(s.check, ctx, options, outcomes);
      return {
        id: s.check.id,
        suite: s.suite,
        group: s.group,
        title: s.check.title,
        requirements: options.requirementsOf(s.check.id),
        outcome: verdict.outcome,
        reason: verdict.reason,
        evidence: verdict.evidence ?? [],
        ...(verdict.validation ? { validation: verdict.validation } : {}),
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        ...(options.previous?.has(s.check.id) ? { previousOutcome: options.previous.get(s.check.id)! } : {}),
      };
    };
    const crashed = (s: Scheduled<Ctx>, e: unknown): CheckResult => {
      const msg = (e as Error)?.message ?? String(e);
      return { id: s.check.id, suite: s.suite, group: s.group, title: s.check.title, requirements: [], outcome: "error", reason: { zh: `运行器出错：${msg}`, en: `The runner failed: ${msg}` }, evidence: [], startedAt: new Date().toISOString(), durationMs: 0 };
    };
    if (order.length === 0) resolve(results);
    else pump();
  });
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
