/**
 * The reporting channel end to end (RPT-CHAN, and ACC-DATA-06): the runner triggers every scenario of
 * the catalogue through the conformance hook, for a tender project of its own, and watches what
 * arrives at its own platform's intake (conformance/platform-session.ts) — every record, in time,
 * signed, numbered, in order, valid, authenticated, within the package limits — and compares the query
 * API with what was pushed. Then it injects faults (a 503 with Retry-After and a lost answer; withdrawn
 * signing keys) and watches the retries, and it makes its reconciliation replies name a record as
 * missing and watches it come again.
 *
 * The scenarios run once per certification (shared by the checks; --only of any one check runs them).
 * How long the checks wait is the platform session's ChannelTiming; a conforming target answers at once.
 * Reconciliation is daily in production; a target under certification (sandbox mode) is expected to post
 * its manifest soon after a burst of pushes — the runner re-runs a scenario to prompt one and waits
 * reconcileWindowMs for it.
 */
import { decodeProtectedHeader } from "jose";
import { CHANNEL_HEADERS, CHANNEL_PARAMETERS, type Finding, type Receipt, type ReconciliationReport } from "../../generated/sdk/channel.ts";
import { recordDay, recordDigest } from "../../src/platform/reconciliation.ts";
import { SCENARIO_CATALOGUE } from "../../src/sdk/index.ts";
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { CheckContext } from "../context.ts";
import { isRunnerPlatform, type ChannelAttempt, type RunnerPlatform } from "../platform-session.ts";
import { redact, skip, type CheckDefinition, type Evidence, type SuiteDefinition, type Verdict } from "../runner/model.ts";
import { Judge, mapLimit, t } from "./judge.ts";
import { FINDINGS_SAMPLE, toRuleFinding } from "./records.ts";
import { call, discovery, once, type RecordItem, type ScenarioResult } from "./state.ts";

/** The channel suite's own project: the catalogue's sample project code with serial 0901, apart from the sample the hook checks use. */
export const CHANNEL_PROJECT_CODE = SCENARIO_CATALOGUE.defaults.projectCode.slice(0, -4) + "0901";
/** The scenario the fault episodes and the reconciliation prompt re-run (several records of one tender project). */
const EPISODE_SCENARIO = "open-bids";

const RETRY_AFTER_SECONDS = 1;
/** How much sooner than Retry-After a retry may come (clock and scheduling). */
const EARLY_TOLERANCE_MS = 50;
/** How much later than the full-jitter bound a retry may come before it is remarked on. */
const LATE_TOLERANCE_MS = 1000;
/** How far Ywjy-Occurred-At may lie from the record's updatedAt in the query API. */
const OCCURRED_AT_TOLERANCE_MS = 1000;
/** How long an episode waits, once its faults were seen through, for records that have not come. */
const SETTLE_MS = 1000;

/** A record a scenario made, in the order of the scenario's answer. */
interface RunRecord {
  DATA_NO: number;
  DATA_KEY: string;
  updatedAt: string;
  triggeredAt: number;
}

interface ScenarioTrigger {
  name: string;
  triggeredAt: number;
  result?: ScenarioResult;
  problem?: Verdict;
}

interface ChannelRun {
  platform: RunnerPlatform;
  systemNo: string;
  startedAt: number;
  records: RunRecord[];
  scenarios: ScenarioTrigger[];
}

type Setup = { run: ChannelRun } | { verdict: Verdict };

// ---- What arrived ---------------------------------------------------------------------------

const isReceipt = (b: unknown): b is Receipt => typeof b === "object" && b !== null && "receiptId" in b && "status" in b;
const receiptOf = (a: ChannelAttempt): Receipt | undefined => (a.status !== undefined && isReceipt(a.body) ? a.body : undefined);
/** A receipt that ends the message's delivery: accepted, held, or rejected with its number used up. */
const isFinal = (a: ChannelAttempt) => {
  const r = receiptOf(a);
  return r !== undefined && (r.status !== "rejected" || r.sequenceConsumed);
};
const keysOf = (r: Receipt): string[] => [...(r.records ?? []).map((x) => x.DATA_KEY), ...r.findings.flatMap((f) => (f.DATA_KEY ? [f.DATA_KEY] : []))];

function pushes(p: RunnerPlatform, systemNo: string, from: number, to = Infinity): ChannelAttempt[] {
  return p.attempts.filter((a) => a.target === "reports" && a.headers.systemNo === systemNo && a.at >= from && a.at <= to);
}

function manifests(p: RunnerPlatform, systemNo: string, from: number): ChannelAttempt[] {
  return p.attempts.filter((a) => a.target === "reconciliation" && a.headers.systemNo === systemNo && a.at >= from);
}

/** The first final receipt after `from` naming the DATA_KEY. */
function arrival(p: RunnerPlatform, systemNo: string, dataKey: string, from: number): ChannelAttempt | undefined {
  return pushes(p, systemNo, from).find((a) => isFinal(a) && keysOf(receiptOf(a)!).includes(dataKey));
}

const secs = (ms: number) => (ms / 1000).toFixed(1);
const range = (g: { from: number; to: number }) => (g.from === g.to ? String(g.from) : `${g.from}–${g.to}`);

function attemptEvidence(p: RunnerPlatform, a: ChannelAttempt, label: string): Evidence {
  const h = a.headers;
  const headers = Object.fromEntries(
    [
      [CHANNEL_HEADERS.eventId, h.eventId],
      [CHANNEL_HEADERS.systemNo, h.systemNo],
      [CHANNEL_HEADERS.sequence, h.sequence?.toString()],
      [CHANNEL_HEADERS.occurredAt, h.occurredAt],
      [CHANNEL_HEADERS.orderingKey, h.orderingKey],
      ["content-type", h.contentType],
      ["authorization", h.authorization ? "<redacted>" : undefined],
    ].filter(([, v]) => v !== undefined),
  ) as Record<string, string>;
  const body = a.body === undefined ? undefined : redact(JSON.stringify(a.body)).slice(0, 2000);
  return {
    label,
    request: { method: "POST", url: a.target === "reports" ? `${p.intakeUrl}/reports` : `${p.intakeUrl}/reconciliation`, headers },
    response: {
      ...(a.status !== undefined ? { status: a.status } : {}),
      headers: {},
      ...(body ? { body } : {}),
      bytes: body?.length ?? 0,
      durationMs: (a.endedAt ?? a.at) - a.at,
      ...(a.status === undefined ? { error: "no answer: the connection was closed (injected fault or the sender gave up)" } : {}),
    },
  };
}

/** A Judge whose evidence is the platform's view: attempts and notes. */
class ChannelJudge extends Judge {
  readonly extra: Evidence[] = [];
  constructor(private readonly p: RunnerPlatform) {
    super();
  }
  show(a: ChannelAttempt | undefined, label: string): void {
    if (a && this.extra.length < 6) this.extra.push(attemptEvidence(this.p, a, label));
  }
  done(passed: LocalizedText): Verdict {
    const v = this.verdict(passed);
    return { ...v, evidence: [...this.extra, ...(v.evidence ?? [])] };
  }
}

const list = (keys: string[], n = 5) => keys.slice(0, n).join(", ") + (keys.length > n ? ` … (+${keys.length - n})` : "");

// ---- Triggering scenarios ---------------------------------------------------------------------

async function trigger(ctx: CheckContext, name: string): Promise<ScenarioTrigger> {
  const triggeredAt = Date.now();
  const res = await call(ctx, "runScenario", { params: { name }, body: { projectCode: CHANNEL_PROJECT_CODE } });
  const result = res.json as ScenarioResult | undefined;
  if (res.status === 200 && Array.isArray(result?.records)) return { name, triggeredAt, result };
  const j = new Judge();
  j.see(res);
  const why = res.error ? res.error.message : `HTTP ${res.status}`;
  j.fail(`无法经符合性测试挂钩执行场景 ${name}（${why}），无法观察推送`, `could not run the scenario ${name} through the conformance hook (${why}), so no push can be observed`, res);
  return { name, triggeredAt, problem: { ...j.verdict(t("", "")), outcome: "error" } };
}

const recordsOf = (s: ScenarioTrigger): RunRecord[] =>
  (s.result?.records ?? []).map((r) => ({ DATA_NO: r.DATA_NO, DATA_KEY: r.DATA_KEY, updatedAt: r.updatedAt, triggeredAt: s.triggeredAt }));

const allArrived = (run: ChannelRun, records: RunRecord[]) => () => records.every((r) => arrival(run.platform, run.systemNo, r.DATA_KEY, r.triggeredAt));

/** Runs every scenario of the catalogue for the channel's project, once per certification, and waits for their records. */
function channelRun(ctx: CheckContext): Promise<Setup> {
  return once(ctx, "channel-run", async (): Promise<Setup> => {
    const platform = ctx.platform;
    if (!isRunnerPlatform(platform))
      return { verdict: skip("本次运行没有运行器自己的平台端，无法观察推送。", "This run has no platform side of the runner's own, so pushes cannot be observed.") };
    const startedAt = Date.now();
    const announced = (await discovery(ctx)).SYSTEM_NO;
    const scenarios: ScenarioTrigger[] = [];
    for (const s of SCENARIO_CATALOGUE.scenarios) {
      const done = await trigger(ctx, s.name);
      if (done.problem) return { verdict: done.problem };
      scenarios.push(done);
    }
    // Without a SYSTEM_NO in the discovery document, the system is the one whose pushes came.
    const firstPush = () => platform.attempts.find((a) => a.target === "reports" && a.at >= startedAt && a.headers.systemNo);
    if (!announced) await platform.until(() => firstPush() !== undefined, platform.timing.receiveWindowMs);
    const systemNo = announced ?? firstPush()?.headers.systemNo ?? "";
    const run: ChannelRun = { platform, systemNo, startedAt, records: scenarios.flatMap(recordsOf), scenarios };
    await platform.until(allArrived(run, run.records), platform.timing.receiveWindowMs);
    return { run };
  });
}

/** Runs a check's body on the channel run, or returns why it cannot run. */
const onRun =
  (judge: (run: ChannelRun, ctx: CheckContext) => Promise<Verdict> | Verdict) =>
  async (ctx: CheckContext): Promise<Verdict> => {
    const setup = await channelRun(ctx);
    return "verdict" in setup ? setup.verdict : judge(setup.run, ctx);
  };

// ---- Delivery -------------------------------------------------------------------------------

/** Records named missing by a reconciliation reply before they first arrived: delivered by reconciliation, not pushed in real time. */
function namedMissingFirst(run: ChannelRun, r: RunRecord, arrivedAt: number): ChannelAttempt | undefined {
  return manifests(run.platform, run.systemNo, r.triggeredAt).find(
    (m) => m.status === 200 && (m.endedAt ?? Infinity) < arrivedAt && ((m.body as ReconciliationReport).buckets ?? []).some((b) => b.missing.includes(r.DATA_KEY)),
  );
}

/** The arrival of a record pushed in real time (not first delivered after reconciliation named it missing). */
function realTimeArrival(run: ChannelRun, r: RunRecord): ChannelAttempt | undefined {
  const a = arrival(run.platform, run.systemNo, r.DATA_KEY, r.triggeredAt);
  return a && !namedMissingFirst(run, r, a.at) ? a : undefined;
}

/** DATA_KEYs the platform rejected for their content since the run began and never stored: push.valid judges them, the comparisons leave them out. */
function rejectedKeys(run: ChannelRun): Set<string> {
  const finals = pushes(run.platform, run.systemNo, run.startedAt).filter(isFinal).map((a) => receiptOf(a)!);
  return new Set(finals.flatMap((r) => (r.status === "rejected" ? keysOf(r) : [])).filter((k) => !run.platform.intake.store.get(k)));
}

function received(run: ChannelRun): Verdict {
  const j = new ChannelJudge(run.platform);
  const missing: string[] = [];
  const viaReconciliation: string[] = [];
  for (const r of run.records) {
    const a = arrival(run.platform, run.systemNo, r.DATA_KEY, r.triggeredAt);
    if (!a) missing.push(`${r.DATA_NO}/${r.DATA_KEY}`);
    else {
      const m = namedMissingFirst(run, r, a.at);
      if (m) {
        viaReconciliation.push(`${r.DATA_NO}/${r.DATA_KEY}`);
        j.show(m, `reconciliation reply naming ${r.DATA_KEY} missing`);
      }
    }
  }
  const window = secs(run.platform.timing.receiveWindowMs);
  if (missing.length)
    j.fail(`${missing.length} 条记录在 ${window} 秒内未推送到平台：${list(missing)}`, `${missing.length} records were not pushed to the platform within ${window} s: ${list(missing)}`);
  if (viaReconciliation.length)
    j.fail(
      `${viaReconciliation.length} 条记录未实时推送，直到对账结果指出缺失后才补推：${list(viaReconciliation)}`,
      `${viaReconciliation.length} records were not pushed in real time, only after a reconciliation reply named them missing: ${list(viaReconciliation)}`,
    );
  const n = run.records.length;
  return j.done(t(`${run.scenarios.length} 个场景产生的 ${n} 条记录均已实时推送到平台`, `All ${n} records of the ${run.scenarios.length} scenarios were pushed to the platform in real time`));
}

function timely(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const limit = p.deliveryDeadlineMs;
  const state = p.intake.state(run.systemNo);
  let judged = 0;
  let worst = 0;
  for (const r of run.records) {
    const a = realTimeArrival(run, r);
    const entry = a?.headers.eventId ? state.byEvent.get(a.headers.eventId) : undefined;
    if (!a || !entry) continue;
    judged++;
    const occurred = Date.parse(entry.occurredAt);
    const event = Date.parse(r.updatedAt);
    if (Math.abs(occurred - event) > OCCURRED_AT_TOLERANCE_MS) {
      j.fail(
        `${r.DATA_KEY} 的 Ywjy-Occurred-At（${entry.occurredAt}）不是业务事件时间（查询接口 updatedAt ${r.updatedAt}）`,
        `${r.DATA_KEY}: Ywjy-Occurred-At (${entry.occurredAt}) is not the time of the event (updatedAt ${r.updatedAt} in the query API)`,
      );
      j.show(a, `push of ${r.DATA_KEY}`);
    }
    const accepted = entry.acceptedAt ? Date.parse(entry.acceptedAt) : Date.now();
    const elapsed = accepted - Math.min(occurred, event);
    worst = Math.max(worst, elapsed);
    if (elapsed > limit) {
      const how = entry.acceptedAt ? t(`用时 ${secs(elapsed)} 秒`, `took ${secs(elapsed)} s`) : t("至今未生效（仍暂存）", "is not applied yet (still held)");
      j.fail(`${r.DATA_KEY} 自事件发生至平台接收${how.zh}，超过 deliveryDeadline ${secs(limit)} 秒`, `${r.DATA_KEY}: from the event to the platform's acceptance ${how.en}, over deliveryDeadline ${secs(limit)} s`);
      j.show(a, `late push of ${r.DATA_KEY}`);
    }
  }
  if (judged === 0) return skip("平台未收到本次场景的记录，无法判断及时性（见 push.received）。", "The platform received no record of the scenarios, so timeliness cannot be judged (see push.received).");
  return j.done(t(`${judged} 条记录均在 deliveryDeadline（${secs(limit)} 秒）内被平台接收，最长 ${secs(worst)} 秒`, `All ${judged} records were accepted within deliveryDeadline (${secs(limit)} s); the longest took ${secs(worst)} s`));
}

const SIGNED = [CHANNEL_HEADERS.eventId, CHANNEL_HEADERS.systemNo, CHANNEL_HEADERS.sequence, CHANNEL_HEADERS.occurredAt, CHANNEL_HEADERS.orderingKey] as const;
const headerValue = (a: ChannelAttempt, name: (typeof SIGNED)[number]): string | number | undefined =>
  ({
    [CHANNEL_HEADERS.eventId]: a.headers.eventId,
    [CHANNEL_HEADERS.systemNo]: a.headers.systemNo,
    [CHANNEL_HEADERS.sequence]: a.headers.sequence,
    [CHANNEL_HEADERS.occurredAt]: a.headers.occurredAt,
    [CHANNEL_HEADERS.orderingKey]: a.headers.orderingKey,
  })[name];

const findingsOf = (attempts: ChannelAttempt[], ...ruleIds: string[]) =>
  attempts.flatMap((a) => (receiptOf(a)?.findings ?? []).filter((f) => ruleIds.includes(f.ruleId)).map((f) => ({ a, f })));

function signed(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const attempts = pushes(p, run.systemNo, run.startedAt).filter((a) => !a.injected);
  for (const a of attempts) {
    const sig = a.headers.signature;
    if (!sig) {
      j.fail(`序号 ${a.headers.sequence ?? "?"} 的推送没有 Ywjy-Signature`, `the push numbered ${a.headers.sequence ?? "?"} has no Ywjy-Signature`);
      j.show(a, "unsigned push");
      continue;
    }
    let header: Record<string, unknown>;
    try {
      header = decodeProtectedHeader(sig) as Record<string, unknown>;
    } catch {
      j.fail(`序号 ${a.headers.sequence ?? "?"} 的 Ywjy-Signature 不是 JWS`, `the Ywjy-Signature of the push numbered ${a.headers.sequence ?? "?"} is not a JWS`);
      j.show(a, "signature not a JWS");
      continue;
    }
    const bad: string[] = [];
    if (header.alg !== "ES256" && header.alg !== "EdDSA") bad.push(`alg ${String(header.alg)}`);
    if (typeof header.kid !== "string" || header.kid === "") bad.push("kid");
    for (const name of SIGNED) if (header[name.toLowerCase()] !== headerValue(a, name)) bad.push(name.toLowerCase());
    if (bad.length) {
      j.fail(`序号 ${a.headers.sequence ?? "?"} 的签名保护头不符：${bad.join("、")}`, `the signature's protected header of the push numbered ${a.headers.sequence ?? "?"} is wrong: ${bad.join(", ")}`);
      j.show(a, "signature header");
    }
  }
  for (const { a, f } of findingsOf(attempts, "intake.signature-invalid", "intake.signed-header-mismatch", "intake.header-missing", "intake.header-invalid")) {
    j.fail(`平台拒收：${f.message.zh}`, `refused by the platform: ${f.message.en}`);
    j.show(a, f.ruleId);
  }
  if (attempts.length === 0) return skip("没有收到推送。", "No push arrived.");
  return j.done(t(`${attempts.length} 次推送均以登记的密钥签名，保护头载明五项报文头`, `All ${attempts.length} pushes were signed with the registered key, the protected header carrying the five headers`));
}

function sequence(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const attempts = pushes(p, run.systemNo, run.startedAt).filter((a) => !a.injected && a.headers.eventId && a.headers.sequence !== undefined);
  const numbersOf = new Map<string, Set<number>>();
  for (const a of attempts) numbersOf.set(a.headers.eventId!, (numbersOf.get(a.headers.eventId!) ?? new Set()).add(a.headers.sequence!));
  for (const [eventId, numbers] of numbersOf)
    if (numbers.size > 1) j.fail(`事件 ${eventId} 的重试使用了不同序号：${[...numbers].join("、")}`, `the retries of event ${eventId} carried different numbers: ${[...numbers].join(", ")}`);
  for (const { a, f } of findingsOf(attempts, "intake.sequence-reused", "intake.sequence-too-far-ahead")) {
    j.fail(`平台拒收：${f.message.zh}`, `refused by the platform: ${f.message.en}`);
    j.show(a, f.ruleId);
  }
  const s = p.intake.sequenceStatus(run.systemNo);
  for (const g of s.gaps) j.fail(`序号 ${range(g)} 缺失`, `${g.from === g.to ? "number" : "numbers"} ${range(g)} ${g.from === g.to ? "is" : "are"} missing`);
  if (attempts.length === 0) return skip("没有收到推送。", "No push arrived.");
  return j.done(t(`序号连续无重复（已处理至 ${s.appliedThrough}），重试沿用原序号`, `The numbers run without gaps or repeats (applied through ${s.appliedThrough}), and retries kept their numbers`));
}

function ordered(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const byKey = new Map<string, ChannelAttempt[]>();
  for (const a of pushes(p, run.systemNo, run.startedAt).filter((x) => !x.injected && x.headers.orderingKey && x.headers.eventId))
    byKey.set(a.headers.orderingKey!, [...(byKey.get(a.headers.orderingKey!) ?? []), a]);
  for (const [key, attempts] of byKey) {
    const messages = [...new Set(attempts.map((a) => a.headers.eventId!))];
    for (let i = 1; i < messages.length; i++) {
      const prev = attempts.filter((a) => a.headers.eventId === messages[i - 1]);
      const next = attempts.find((a) => a.headers.eventId === messages[i])!;
      const final = prev.find(isFinal);
      if (!final || (final.endedAt ?? Infinity) > next.at) {
        j.fail(
          `排序键 ${key}：序号 ${next.headers.sequence} 在序号 ${prev[0]!.headers.sequence} 取得最终回执前即已发送`,
          `ordering key ${key}: number ${next.headers.sequence} was sent before number ${prev[0]!.headers.sequence} had its final receipt`,
        );
        j.show(next, "sent too early");
      } else if ((next.headers.sequence ?? 0) < (prev[0]!.headers.sequence ?? 0))
        j.fail(`排序键 ${key}：序号 ${next.headers.sequence} 在序号 ${prev[0]!.headers.sequence} 之后发送`, `ordering key ${key}: number ${next.headers.sequence} was sent after number ${prev[0]!.headers.sequence}`);
    }
  }
  // The records of one tender project arrive in the order the scenario made them.
  for (const s of run.scenarios) {
    const arrived = recordsOf(s)
      .map((r) => ({ r, a: arrival(p, run.systemNo, r.DATA_KEY, r.triggeredAt) }))
      .filter((x) => x.a && x.a.headers.orderingKey);
    const byLane = new Map<string, typeof arrived>();
    for (const x of arrived) byLane.set(x.a!.headers.orderingKey!, [...(byLane.get(x.a!.headers.orderingKey!) ?? []), x]);
    for (const [key, lane] of byLane)
      for (let i = 1; i < lane.length; i++)
        if ((lane[i]!.a!.headers.sequence ?? 0) < (lane[i - 1]!.a!.headers.sequence ?? 0))
          j.fail(`场景 ${s.name}（排序键 ${key}）：${lane[i]!.r.DATA_KEY} 先于 ${lane[i - 1]!.r.DATA_KEY} 推送`, `scenario ${s.name} (ordering key ${key}): ${lane[i]!.r.DATA_KEY} was pushed before ${lane[i - 1]!.r.DATA_KEY}`);
  }
  if (byKey.size === 0) return skip("没有收到推送。", "No push arrived.");
  return j.done(t(`${byKey.size} 个排序键的消息均逐条按序发送`, `The messages of all ${byKey.size} ordering keys were sent one at a time, in order`));
}

function valid(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const finals = pushes(p, run.systemNo, run.startedAt).filter(isFinal);
  let records = 0;
  const findings: Finding[] = [];
  for (const a of finals) {
    const r = receiptOf(a)!;
    if (r.duplicate) continue;
    records += r.status === "rejected" ? new Set(keysOf(r)).size || 1 : (r.records ?? []).length;
    const content = r.findings.filter((f) => !f.ruleId.startsWith("intake.") || ["intake.system-no-mismatch", "intake.duplicate-data-key", "intake.body-not-json"].includes(f.ruleId));
    findings.push(...content);
    if (r.status === "rejected") {
      const errors = content.filter((f) => f.severity === "error");
      j.fail(
        `序号 ${r.sequence} 因内容被拒收：${errors.slice(0, 3).map((f) => `${f.ruleId} ${f.DATA_KEY ?? ""} ${f.path}`).join("；")}`,
        `number ${r.sequence} was rejected for its content: ${errors.slice(0, 3).map((f) => `${f.ruleId} ${f.DATA_KEY ?? ""} ${f.path}`).join("; ")}`,
      );
      j.show(a, "rejected for its content");
    }
  }
  if (finals.length === 0) return skip("没有收到推送。", "No push arrived.");
  const validationFindings = findings.filter((f) => !f.ruleId.startsWith("intake."));
  j.validation = { records, findings: validationFindings.slice(0, FINDINGS_SAMPLE).map(toRuleFinding), findingsTotal: validationFindings.length };
  const warnings = findings.filter((f) => f.severity !== "error").length;
  return j.done(
    t(
      `推送的 ${records} 条记录均符合数据契约${warnings ? `（${warnings} 个警告）` : ""}`,
      `All ${records} pushed records meet the data contracts${warnings ? ` (${warnings} warnings)` : ""}`,
    ),
  );
}

function authenticated(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const attempts = pushes(p, run.systemNo, run.startedAt).filter((a) => !a.injected);
  for (const a of attempts) {
    if (!a.headers.authorization) {
      j.fail(`序号 ${a.headers.sequence ?? "?"} 的推送未携带访问令牌`, `the push numbered ${a.headers.sequence ?? "?"} carried no access token`);
      j.show(a, "no token");
    } else if (a.status === 401 || (a.status === 403 && !isReceipt(a.body))) {
      j.fail(`平台拒绝了推送的访问令牌（${a.body?.code ?? a.status}）`, `the platform refused the push's access token (${a.body?.code ?? a.status})`);
      j.show(a, "token refused");
    }
  }
  for (const { a, f } of findingsOf(attempts, "intake.system-not-of-client", "intake.system-unknown")) {
    j.fail(`平台拒收：${f.message.zh}`, `refused by the platform: ${f.message.en}`);
    j.show(a, f.ruleId);
  }
  if (!attempts.some(isFinal)) return j.failed ? j.done(t("", "")) : skip("没有收到推送。", "No push arrived.");
  return j.done(t(`${attempts.length} 次推送均携带登记客户端的 report:push 访问令牌`, `All ${attempts.length} pushes carried a report:push token of the registered client`));
}

function packageLimits(run: ChannelRun): Verdict {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const attempts = pushes(p, run.systemNo, run.startedAt).filter((a) => !a.injected);
  for (const { a, f } of findingsOf(attempts, "intake.too-large", "intake.too-many-records", "intake.ordering-key-mismatch", "intake.content-type")) {
    j.fail(`平台拒收：${f.message.zh}`, `refused by the platform: ${f.message.en}`);
    j.show(a, f.ruleId);
  }
  const largest = Math.max(0, ...attempts.map((a) => (receiptOf(a)?.records ?? []).length));
  if (attempts.length === 0) return skip("没有收到推送。", "No push arrived.");
  return j.done(
    t(
      `每条消息只含一个排序键的记录，最多 ${largest} 条（上限 ${CHANNEL_PARAMETERS.maxPackageRecords.value}），报文体未超过 maxMessageBytes`,
      `Every message held records of one ordering key, at most ${largest} (limit ${CHANNEL_PARAMETERS.maxPackageRecords.value}), in a body within maxMessageBytes`,
    ),
  );
}

// ---- The query API against the pushes ------------------------------------------------------

async function agreesWithPush(run: ChannelRun, ctx: CheckContext): Promise<Verdict> {
  const p = run.platform;
  const j = new ChannelJudge(p);
  const latest = new Map(run.records.map((r) => [r.DATA_KEY, r]));
  const rejected = rejectedKeys(run);
  let compared = 0;
  await mapLimit([...latest.values()], 12, async (r) => {
    const res = await call(ctx, "getRecord", { params: { dataNo: r.DATA_NO, dataKey: r.DATA_KEY } });
    if (!j.status(res, 200)) return;
    const item = res.json as RecordItem | undefined;
    const held = p.intake.store.get(r.DATA_KEY);
    if (!item?.record) return void j.fail(`${r.DATA_KEY}：查询接口应答没有 record`, `${r.DATA_KEY}: the query API's answer has no record`, res);
    if (!held) {
      if (rejected.has(r.DATA_KEY)) return void j.note(`${r.DATA_KEY}: rejected by the platform for its content (judged by push.valid), not compared`);
      return void j.fail(`${r.DATA_KEY}：查询接口可查到，但从未推送到平台`, `${r.DATA_KEY}: the query API returns it, but it was never pushed to the platform`, res);
    }
    compared++;
    if (recordDigest(item.record) !== recordDigest(held.record))
      j.fail(`${r.DATA_KEY}：查询接口返回的内容与推送到平台的最新版本不同`, `${r.DATA_KEY}: the query API returns other content than the latest version pushed to the platform`, res);
  });
  if (compared === 0 && !j.failed) return skip("没有可比较的记录。", "No record to compare.");
  return j.done(t(`${compared} 条记录在查询接口中的内容与推送的最新版本一致`, `The query API returns the latest pushed content of all ${compared} records`));
}

// ---- Faults ---------------------------------------------------------------------------------

interface Episode {
  run: ChannelRun;
  from: number;
  attempts: () => ChannelAttempt[];
  scenario: ScenarioTrigger;
}

/** Re-runs the episode scenario with `setup` in force, and waits until its records arrived and every message it saw had a final receipt. */
async function episode(ctx: CheckContext, run: ChannelRun, ready: (e: Episode) => boolean, setup: (e: Episode) => Promise<void> | void): Promise<Episode | Verdict> {
  const p = run.platform;
  const from = Date.now();
  const e: Episode = { run, from, attempts: () => pushes(p, run.systemNo, from), scenario: { name: EPISODE_SCENARIO, triggeredAt: from } };
  const scenario = trigger(ctx, EPISODE_SCENARIO);
  await setup(e);
  e.scenario = await scenario;
  if (e.scenario.problem) return e.scenario.problem;
  const records = recordsOf(e.scenario);
  const delivered = () => {
    const events = new Set(e.attempts().map((a) => a.headers.eventId));
    return [...events].every((id) => e.attempts().some((a) => a.headers.eventId === id && isFinal(a)));
  };
  const until = Date.now() + p.timing.retryWindowMs;
  await p.until(() => ready(e) && delivered(), p.timing.retryWindowMs);
  // A record the target never pushes does not hold the episode up for long (push.received judges it).
  await p.until(() => delivered() && allArrived(run, records)(), Math.min(SETTLE_MS, until - Date.now()));
  return e;
}

/** A 503 with Retry-After, then a lost answer (stored, but the sender does not know), on the first message pushed. */
function outage(ctx: CheckContext): Promise<Setup & { episode?: Episode }> {
  return once(ctx, "channel-outage", async () => {
    const setup = await channelRun(ctx);
    if ("verdict" in setup) return setup;
    const { run } = setup;
    const match = { target: "reports" as const, systemNo: run.systemNo };
    const rules = [
      run.platform.addFault({ action: "fail", status: 503, retryAfterSeconds: RETRY_AFTER_SECONDS, times: 1, match }),
      run.platform.addFault({ action: "drop-response", times: 1, match }),
    ];
    const faulted = (e: Episode) => e.attempts().some((a) => a.injected) && e.attempts().some((a) => a.status === undefined && a.endedAt !== undefined);
    const ep = await episode(ctx, run, faulted, () => {});
    for (const r of rules) run.platform.removeFault(r.id);
    return "outcome" in ep ? { verdict: ep } : { run, episode: ep };
  });
}

/** The attempts of the message first hit by the 503, in order, and of its ordering key after it. */
function faultedMessage(e: Episode) {
  const all = e.attempts();
  const first = all.find((a) => a.injected);
  if (!first) return undefined;
  const lane = all.filter((a) => a.headers.orderingKey === first.headers.orderingKey && a.at >= first.at);
  const lost = lane.find((a) => a.status === undefined && a.endedAt !== undefined);
  return { first, lane, lost };
}

function backoff(r: Setup & { episode?: Episode }): Verdict {
  if ("verdict" in r) return r.verdict;
  const e = r.episode!;
  const p = r.run.platform;
  const j = new ChannelJudge(p);
  const m = faultedMessage(e);
  const window = secs(p.timing.retryWindowMs);
  if (!m) {
    j.fail(`${window} 秒内没有推送到达平台，无法注入故障`, `no push reached the platform within ${window} s, so no fault could be injected`);
    return j.done(t("", ""));
  }
  j.show(m.first, "503 with Retry-After: 1 (injected)");
  const retry = m.lane.find((a) => a.at > m.first.at);
  if (!retry) j.fail(`503 之后 ${window} 秒内消息未重试（消息被丢弃？）`, `the message was not retried within ${window} s of the 503 (dropped?)`);
  else {
    const gap = retry.at - m.first.at;
    j.show(retry, `retry after ${gap} ms`);
    if (gap < RETRY_AFTER_SECONDS * 1000 - EARLY_TOLERANCE_MS)
      j.fail(`503（Retry-After: ${RETRY_AFTER_SECONDS}）之后 ${gap} 毫秒即重试，未遵从 Retry-After`, `retried ${gap} ms after the 503 with Retry-After: ${RETRY_AFTER_SECONDS}, not honouring Retry-After`);
  }
  if (m.lost) {
    const attemptsBefore = m.lane.filter((a) => a.at <= m.lost!.at && a.headers.eventId === m.lost!.headers.eventId).length + 1;
    const next = m.lane.find((a) => a.at > m.lost!.at);
    const bound =
      Math.min(CHANNEL_PARAMETERS.retryMaxDelay.value, CHANNEL_PARAMETERS.retryInitialDelay.value * CHANNEL_PARAMETERS.retryMultiplier.value ** Math.max(0, attemptsBefore - 1)) * 1000;
    if (!next) j.fail(`应答丢失后 ${window} 秒内消息未重试`, `the message was not retried within ${window} s after its answer was lost`);
    else {
      const gap = next.at - (m.lost.endedAt ?? m.lost.at);
      if (gap > bound + LATE_TOLERANCE_MS)
        j.warn(`应答丢失后等待 ${secs(gap)} 秒才重试，超过全抖动退避上限 ${secs(bound)} 秒`, `waited ${secs(gap)} s to retry after a lost answer, more than the full-jitter bound of ${secs(bound)} s`);
    }
  }
  return j.done(t("平台故障后以退避重试，遵从 Retry-After", "After platform faults the message was retried with back-off, honouring Retry-After"));
}

function idempotentRetry(r: Setup & { episode?: Episode }): Verdict {
  if ("verdict" in r) return r.verdict;
  const e = r.episode!;
  const p = r.run.platform;
  const j = new ChannelJudge(p);
  const m = faultedMessage(e);
  if (!m) return skip("故障注入期间没有推送到达，无法观察重试。", "No push arrived while faults were injected, so no retry could be observed.");
  const first = m.first;
  const end = m.lane.findIndex((a) => a.headers.eventId === first.headers.eventId && isFinal(a));
  const retries = (end < 0 ? m.lane : m.lane.slice(0, end + 1)).slice(1);
  for (const a of retries) {
    const diff = (["eventId", "sequence", "signature"] as const).filter((k) => a.headers[k] !== first.headers[k]);
    if (diff.length) {
      j.fail(`重试与首次发送的 ${diff.join("、")} 不同`, `a retry differs from the first sending in ${diff.join(", ")}`);
      j.show(a, "retry");
      break;
    }
  }
  if (m.lost) {
    const after = m.lane.find((a) => a.at > m.lost!.at && isFinal(a));
    const receipt = after && receiptOf(after);
    if (receipt && !receipt.duplicate) {
      j.fail("应答丢失的消息已被平台存储，重试却被当作新消息存储（重复入库）", "the message whose answer was lost was stored, yet its retry was stored as a new message (stored twice)");
      j.show(after, "retry stored again");
    }
  }
  for (const { a, f } of findingsOf(pushes(p, r.run.systemNo, r.run.startedAt), "intake.event-id-reused")) {
    j.fail(`平台拒收：${f.message.zh}`, `refused by the platform: ${f.message.en}`);
    j.show(a, f.ruleId);
  }
  return j.done(t(`每次重试沿用相同的事件标识、序号和签名（${retries.length} 次重试），重复投递只存储一次`, `Every retry carried the same event id, number and signature (${retries.length} retries); the repeated delivery was stored once`));
}

function outageRecovery(r: Setup & { episode?: Episode }): Verdict {
  if ("verdict" in r) return r.verdict;
  const e = r.episode!;
  const p = r.run.platform;
  const j = new ChannelJudge(p);
  const attempts = e.attempts();
  if (attempts.length === 0) return skip("故障注入期间没有推送到达。", "No push arrived while faults were injected.");
  const events = [...new Set(attempts.map((a) => a.headers.eventId))];
  const undelivered = events.filter((id) => !attempts.some((a) => a.headers.eventId === id && isFinal(a)));
  if (undelivered.length)
    j.fail(`故障期间发送的 ${undelivered.length} 条消息在恢复后未送达`, `${undelivered.length} messages sent during the faults were not delivered after recovery`);
  const storedBy = new Map<string, Set<string>>();
  for (const a of attempts.filter(isFinal)) {
    const rec = receiptOf(a)!;
    if (rec.status === "rejected") continue;
    for (const k of (rec.records ?? []).map((x) => x.DATA_KEY)) storedBy.set(k, (storedBy.get(k) ?? new Set()).add(rec.eventId ?? ""));
  }
  const twice = [...storedBy].filter(([, ids]) => ids.size > 1).map(([k]) => k);
  if (twice.length) j.fail(`${twice.length} 条记录在恢复后重复入库：${list(twice)}`, `${twice.length} records were stored twice after recovery: ${list(twice)}`);
  const s = p.intake.sequenceStatus(r.run.systemNo);
  if (s.gaps.length) j.fail(`恢复后序号仍有缺口：${s.gaps.map(range).join("、")}`, `after recovery the sequence still has gaps: ${s.gaps.map(range).join(", ")}`);
  return j.done(t(`故障期间及其后排队的 ${events.length} 条消息均在恢复后送达，无丢失、无重复入库`, `All ${events.length} messages sent during and queued behind the faults were delivered after recovery, none lost, none stored twice`));
}

/** Withdraws the system's signing keys until the first push is refused for its signature, then restores them. */
function refusal(ctx: CheckContext): Promise<Setup & { episode?: Episode; refused?: ChannelAttempt }> {
  return once(ctx, "channel-refusal", async () => {
    await outage(ctx);
    const setup = await channelRun(ctx);
    if ("verdict" in setup) return setup;
    const { run } = setup;
    const p = run.platform;
    let refused: ChannelAttempt | undefined;
    const ep = await episode(
      ctx,
      run,
      () => refused !== undefined,
      async (e) => {
        const restore = p.withdrawSigningKeys(run.systemNo);
        const isRefused = (a: ChannelAttempt) => a.status !== undefined && receiptOf(a)?.findings.some((f) => f.ruleId === "intake.signature-invalid") === true;
        await p.until(() => e.attempts().some(isRefused), p.timing.retryWindowMs);
        refused = e.attempts().find(isRefused);
        restore();
      },
    );
    return "outcome" in ep ? { verdict: ep } : { run, episode: ep, refused };
  });
}

async function receiptHandling(ctx: CheckContext): Promise<Verdict> {
  const r = await refusal(ctx);
  if ("verdict" in r) return r.verdict;
  const p = r.run.platform;
  const j = new ChannelJudge(p);
  const window = secs(p.timing.retryWindowMs);
  // A refusal for a registration or signature problem: the message is kept and retried unchanged.
  if (!r.refused) j.fail(`${window} 秒内没有推送到达，无法观察对签名拒收的处理`, `no push arrived within ${window} s, so the handling of a signature refusal could not be observed`);
  else {
    j.show(r.refused, "refused: intake.signature-invalid (the platform withdrew the system's key)");
    const refused = r.refused.headers;
    const next = r.episode!.attempts().find((a) => a.at > r.refused!.at && a.headers.orderingKey === refused.orderingKey);
    if (!next) j.fail(`签名被拒收的消息在 ${window} 秒内未重试`, `the message refused for its signature was not retried within ${window} s`);
    else if (next.headers.sequence !== refused.sequence) {
      j.fail(`签名被拒收的消息被丢弃：同一招标项目的下一条消息（序号 ${next.headers.sequence}）随即发出`, `the message refused for its signature was dropped: the next message of its tender project (number ${next.headers.sequence}) went out instead`);
      j.show(next, "the next message instead of the retry");
    } else if (next.headers.eventId !== refused.eventId || next.headers.signature !== refused.signature) {
      j.fail("签名被拒收的消息未原样重试（事件标识或签名已变）", "the message refused for its signature was not retried as it was (its event id or signature changed)");
      j.show(next, "retry");
    }
  }
  // Accepted or held messages are not sent again; nor is one rejected for its content.
  const all = pushes(p, r.run.systemNo, r.run.startedAt);
  const settled = new Map<string, ChannelAttempt>();
  for (const a of all) {
    const id = a.headers.eventId;
    if (!id) continue;
    const before = settled.get(id);
    if (before) {
      const what = receiptOf(before)!.status === "rejected" ? t("因内容被拒收后又原样重发", "was sent again unchanged after a rejection for its content") : t("取得回执后又重复发送", "was sent again after its receipt");
      j.fail(`序号 ${a.headers.sequence} 的消息${what.zh}`, `the message numbered ${a.headers.sequence} ${what.en}`);
      j.show(a, "sent again");
      settled.delete(id);
    } else if (isFinal(a)) settled.set(id, a);
  }
  return j.done(t("已接收的消息不再重发；签名被拒收的消息原样保留，修正后重试送达", "Accepted messages were not sent again; the message refused for its signature was kept and, once fixed, retried and delivered"));
}

// ---- Reconciliation --------------------------------------------------------------------------

interface Reconciliation {
  lostKey: string;
  lostDay: string;
  from: number;
  /** The first manifest answered after the loss. */
  first?: ChannelAttempt;
}

function reconciliation(ctx: CheckContext): Promise<Setup & { rec?: Reconciliation }> {
  return once(ctx, "channel-reconciliation", async () => {
    await refusal(ctx);
    const setup = await channelRun(ctx);
    if ("verdict" in setup) return setup;
    const { run } = setup;
    const p = run.platform;
    const lost = run.records.map((r) => p.intake.store.get(r.DATA_KEY)).find((s) => s?.state === "accepted" && recordDay(s.record));
    if (!lost) return { verdict: skip("平台没有可用于对账的已接收记录。", "The platform holds no accepted record to reconcile.") };
    const from = Date.now();
    p.loseRecord(lost.record.DATA_KEY);
    const answered = () => manifests(p, run.systemNo, from).find((m) => m.status !== undefined && !m.body?.buckets?.some((b: { itemsNeeded?: boolean }) => b.itemsNeeded));
    const prompt = await trigger(ctx, EPISODE_SCENARIO);
    if (prompt.problem) return { verdict: prompt.problem };
    await p.until(() => answered() !== undefined, p.timing.reconcileWindowMs);
    return { run, rec: { lostKey: lost.record.DATA_KEY, lostDay: recordDay(lost.record)!, from, first: answered() } };
  });
}

/** What a reconciliation reply names besides `except` and the records the platform rejected for their content. */
function disagreements(report: ReconciliationReport, run: ChannelRun, except?: string): string[] {
  const rejected = rejectedKeys(run);
  return report.buckets.flatMap((b) =>
    [...b.missing, ...b.differing, ...b.unexpected].filter((k) => k !== except && !rejected.has(k)).map((k) => `${b.day}/${b.DATA_NO} ${k}`),
  );
}

function reconcileManifest(r: Setup & { rec?: Reconciliation }): Verdict {
  if ("verdict" in r) return r.verdict;
  const { rec, run } = r as { rec: Reconciliation; run: ChannelRun };
  const p = run.platform;
  const j = new ChannelJudge(p);
  const window = secs(p.timing.reconcileWindowMs);
  const m = rec.first;
  if (!m) {
    j.fail(`${window} 秒内没有收到对账清单`, `no reconciliation manifest arrived within ${window} s`);
    return j.done(t("", ""));
  }
  j.show(m, "manifest and the platform's reply");
  if (m.status !== 200) {
    const findings = (receiptOf(m)?.findings ?? []).map((f) => f.message);
    j.fail(`平台拒收了对账清单：${findings.map((f) => f.zh).join("；") || m.status}`, `the platform refused the manifest: ${findings.map((f) => f.en).join("; ") || m.status}`);
    return j.done(t("", ""));
  }
  const report = m.body as ReconciliationReport;
  const bucket = report.buckets.find((b) => b.day === rec.lostDay && b.missing.includes(rec.lostKey));
  if (!bucket)
    j.fail(`对账清单未覆盖已推送记录 ${rec.lostKey} 所在的日（${rec.lostDay}）`, `the manifest does not cover the day (${rec.lostDay}) of the pushed record ${rec.lostKey}`);
  const other = disagreements(report, run, rec.lostKey);
  if (other.length)
    j.fail(`对账清单与推送的数据不一致：${list(other)}`, `the manifest disagrees with what the system pushed: ${list(other)}`);
  return j.done(t(`对账清单已签名、格式正确，与推送的数据一致（覆盖 ${report.buckets.length} 个桶）`, `The manifest is signed, well-formed and agrees with what was pushed (${report.buckets.length} buckets)`));
}

async function reconcileResend(ctx: CheckContext): Promise<Verdict> {
  const r = await reconciliation(ctx);
  if ("verdict" in r) return r.verdict;
  const { rec, run } = r as { rec: Reconciliation; run: ChannelRun };
  const p = run.platform;
  const j = new ChannelJudge(p);
  const m = rec.first;
  if (!m || m.status !== 200 || !(m.body as ReconciliationReport).buckets.some((b) => b.missing.includes(rec.lostKey)))
    return skip("没有指出缺失记录的对账结果，无法观察补推（见 reconcile.manifest）。", "No reconciliation reply named a record missing, so re-sending could not be observed (see reconcile.manifest).");
  const replied = m.endedAt ?? m.at;
  const known = new Set(pushes(p, run.systemNo, 0, replied).map((a) => a.headers.eventId));
  const resent = () => pushes(p, run.systemNo, replied).find((a) => isFinal(a) && !known.has(a.headers.eventId) && receiptOf(a)!.status !== "rejected" && keysOf(receiptOf(a)!).includes(rec.lostKey));
  const matched = () => {
    const a = resent();
    return a ? manifests(p, run.systemNo, a.at).find((x) => x.status === 200 && disagreements(x.body as ReconciliationReport, run).length === 0) : undefined;
  };
  await p.until(() => matched() !== undefined, p.timing.reconcileWindowMs);
  const window = secs(p.timing.reconcileWindowMs);
  const a = resent();
  if (!a) j.fail(`对账结果指出 ${rec.lostKey} 缺失后 ${window} 秒内未作为新消息补推`, `${rec.lostKey} was not pushed again as a new message within ${window} s of the reply naming it missing`);
  else {
    j.show(a, `${rec.lostKey} pushed again`);
    const again = matched();
    if (!again) j.fail(`补推后 ${window} 秒内未再次提交一致的对账清单`, `no manifest that matches was posted within ${window} s after re-sending`);
    else j.show(again, "the manifest posted again: match");
  }
  return j.done(t(`对账指出缺失的 ${rec.lostKey} 已作为新消息补推，再次对账一致`, `${rec.lostKey}, named missing by reconciliation, was pushed again as a new message, and the manifest posted again matched`));
}

// ---- The suite ------------------------------------------------------------------------------

const check = (id: string, title: LocalizedText, run: (ctx: CheckContext) => Promise<Verdict>, depends: string[] = []): CheckDefinition<CheckContext> => ({ id, title, timeoutMs: 90_000, depends, run });

/** What the checks wait for, and the limits they judge by (the published values of CheckDefinition.depends). */
const RECEIVED = ["param:receiveWindow", "param:deliveryDeadline", "endpoint:reports"];
const RETRIED = ["param:retryWindow"];
const RECONCILED = ["param:reconcileWindow", "endpoint:reconciliation"];

export const channelSuite: SuiteDefinition<CheckContext> = {
  id: "channel",
  title: t("数据上报通道", "Reporting channel"),
  // Every group triggers scenarios or injects faults at the intake, or judges what they pushed.
  claims: { data: "write" },
  groups: [
    {
      id: "delivery",
      title: t("实时推送", "Real-time pushes"),
      checks: [
        check("push.received", t("每条记录都推送到平台", "Every record is pushed to the platform"), onRun(received), RECEIVED),
        check("push.timely", t("推送及时", "Pushes are timely"), onRun(timely), [...RECEIVED, "header:Ywjy-Occurred-At"]),
        check("push.signed", t("推送已签名", "Pushes are signed"), onRun(signed), [...RECEIVED, "header:Ywjy-Signature", "header:Ywjy-Event-Id", "header:Ywjy-System-No", "header:Ywjy-Sequence", "header:Ywjy-Occurred-At", "header:Ywjy-Ordering-Key"]),
        check("push.sequence", t("序号连续", "Numbers run without gaps"), onRun(sequence), [...RECEIVED, "header:Ywjy-Sequence"]),
        check("push.ordered", t("同一招标项目按序逐条发送", "One tender project's messages go one at a time, in order"), onRun(ordered), [...RECEIVED, "header:Ywjy-Ordering-Key"]),
        check("push.valid", t("推送的记录符合数据契约", "Pushed records meet the data contracts"), onRun(valid), RECEIVED),
        check("push.authenticated", t("推送携带平台访问令牌", "Pushes carry a platform access token"), onRun(authenticated), [...RECEIVED, "endpoint:token", "endpoint:intake", "header:Authorization"]),
        check("push.package-limits", t("数据包不超限", "Packages stay within the limits"), onRun(packageLimits), [...RECEIVED, "param:maxPackageRecords", "param:maxMessageBytes"]),
      ],
    },
    {
      id: "query-api",
      title: t("查询接口与推送一致", "Query API agrees with the pushes"),
      checks: [check("data.agrees-with-push", t("查询接口与推送一致", "The query API agrees with what was pushed"), onRun(agreesWithPush), RECEIVED)],
    },
    {
      id: "faults",
      title: t("故障下的投递", "Delivery under faults"),
      checks: [
        check("push.backoff", t("退避重试并遵从 Retry-After", "Retries back off and honour Retry-After"), async (ctx) => backoff(await outage(ctx)), [...RETRIED, "param:retryInitialDelay", "param:retryMultiplier", "param:retryMaxDelay", "header:Retry-After"]),
        check("push.idempotent-retry", t("重试幂等", "Retries are idempotent"), async (ctx) => idempotentRetry(await outage(ctx)), [...RETRIED, "header:Ywjy-Event-Id"]),
        check("push.outage-recovery", t("平台中断后不丢失、不重复", "Nothing lost or stored twice after an outage"), async (ctx) => outageRecovery(await outage(ctx)), RETRIED),
        check("push.receipt-handling", t("按回执处理消息", "Messages are handled as their receipts say"), receiptHandling, RETRIED),
      ],
    },
    {
      id: "reconciliation",
      title: t("对账", "Reconciliation"),
      checks: [
        check("reconcile.manifest", t("提交与推送一致的对账清单", "A manifest that agrees with the pushes"), async (ctx) => reconcileManifest(await reconciliation(ctx)), RECONCILED),
        check("reconcile.resend", t("补推对账指出缺失的记录", "Records named missing are pushed again"), reconcileResend, RECONCILED),
      ],
    },
  ],
};
