/**
 * The conformance hook (access standard, ACC-HOOK): in sandbox mode the runner triggers every scenario
 * of the catalogue (specs/access/scenarios.yaml) in order through POST /conformance/scenarios/{name},
 * compares what each produced with the catalogue's effects, reads the records back through the query
 * API, and runs the data contracts over them. The scenario results stay in ctx.state for the audit
 * checks and the reporting channel's checks.
 */
import { expectedEffects, SCENARIO_CATALOGUE, scenarioCodes, type ScenarioCodes, type ScenarioDefinition } from "../../src/sdk/index.ts";
import type { CheckContext } from "../context.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";
import { skip, type CheckDefinition, type GroupDefinition, type Verdict } from "../runner/model.ts";
import { Judge, mapLimit, requestLine, t } from "./judge.ts";
import { responseProblems } from "./openapi-responses.ts";
import { judgeRecords, validateRecords } from "./records.ts";
import { auditBaselines, call, discovery, once, scenarioAttempts, scenarioLog, scenarioRuns, type RecordItem, type ScenarioResult, type ScenarioRun } from "./state.ts";

const FIRST = SCENARIO_CATALOGUE.scenarios[0].name;
export const scenarioCheckId = (name: string) => `scenario.${name}`;

/** Skips when the target is not in sandbox mode (the hook exists only there). */
export async function unlessSandbox(ctx: CheckContext): Promise<Verdict | undefined> {
  if ((await discovery(ctx)).sandbox === true) return undefined;
  return skip("目标系统不在沙箱模式（发现文档 sandbox 不为 true），无法执行符合性测试场景", "The target is not in sandbox mode (its discovery document's sandbox is not true), so no scenario can run");
}

/** Notes the length of a tender project's audit trail before this run's scenarios touch it (0 when it has none; undefined when unknown). */
async function noteAuditBaseline(ctx: CheckContext, tenderProjectCode: string): Promise<void> {
  const m = auditBaselines(ctx);
  if (m.has(tenderProjectCode)) return;
  const res = await call(ctx, "getAuditDigest", { params: { tenderProjectCode } });
  const length = (res.json as { length?: unknown } | undefined)?.length;
  m.set(tenderProjectCode, res.status === 404 ? 0 : res.status === 200 && Number.isInteger(length) ? (length as number) : undefined);
}

/**
 * Runs a scenario through the hook. When the answer conforms, the run goes into the scenario log (and
 * `run` is set); the caller judges the answer.
 */
export async function runScenario(ctx: CheckContext, def: ScenarioDefinition, input: Record<string, string> = {}): Promise<{ res: ProbeResponse; run?: ScenarioRun }> {
  const codes = scenarioCodes(def, input) as ScenarioCodes;
  await noteAuditBaseline(ctx, codes.tenderProjectCode);
  const triggeredAt = Date.now();
  scenarioAttempts(ctx).add(def.name);
  const res = await call(ctx, "runScenario", { params: { name: def.name }, body: input });
  if (res.status !== 200 || responseProblems("runScenario", res).length > 0) return { res };
  const run: ScenarioRun = { name: def.name, input, codes, result: res.json as ScenarioResult, triggeredAt };
  scenarioLog(ctx).push(run);
  return { res, run };
}

/**
 * In sandbox mode, runs once each catalogue scenario this certification has not triggered yet (a run of
 * the data checks without the scenario checks, as at --level data, where the data checks need only the
 * first): they make the records the data checks read — every data set of an engineering system's domain
 * (data.domain-data-sets) among them. The scenario checks judge them.
 */
export function ensureScenarioData(ctx: CheckContext): Promise<void> {
  return once(ctx, "scenario-data", async () => {
    if ((await discovery(ctx)).sandbox !== true) return;
    for (const def of SCENARIO_CATALOGUE.scenarios) if (!scenarioAttempts(ctx).has(def.name)) await runScenario(ctx, def);
  });
}

const scenarioCheck = (def: ScenarioDefinition): CheckDefinition<CheckContext> => ({
  id: scenarioCheckId(def.name),
  title: t(`场景 ${def.name}：${def.zh}`, `Scenario ${def.name}: ${def.en}`),
  needs: ["discovery.document", ...def.requires.map(scenarioCheckId)],
  timeoutMs: 60_000,
  async run(ctx) {
    const notSandbox = await unlessSandbox(ctx);
    if (notSandbox) return notSandbox;
    const j = new Judge();
    const { res, run } = await runScenario(ctx, def);
    const result = j.ok<ScenarioResult>("runScenario", res);
    if (result && run) {
      const codes = run.codes;
      if (result.scenario !== def.name) j.fail(`应答的场景名为 ${result.scenario}，应为 ${def.name}`, `the answer names scenario ${result.scenario}, not ${def.name}`, res);
      if (result.tenderProjectCode !== codes.tenderProjectCode)
        j.fail(`应答的招标项目为 ${result.tenderProjectCode}，按场景目录缺省值应为 ${codes.tenderProjectCode}`, `the answer's tender project is ${result.tenderProjectCode}, the catalogue's defaults give ${codes.tenderProjectCode}`, res);
      if (result.records.length === 0) j.fail("场景未产生任何记录", "the scenario produced no record", res);
      scenarioRuns(ctx).set(def.name, run);
    }
    return j.verdict(
      t(`场景已执行：${result?.records.length} 条记录、${result?.audit.length} 条操作日志。`, `The scenario ran: ${result?.records.length} records, ${result?.audit.length} audit entries.`),
    );
  },
});

const unknownScenario: CheckDefinition<CheckContext> = {
  id: "hook.unknown-scenario",
  title: t("未知场景返回 404（scenario-unknown）", "An unknown scenario gets 404 (scenario-unknown)"),
  needs: ["discovery.document"],
  async run(ctx) {
    const notSandbox = await unlessSandbox(ctx);
    if (notSandbox) return notSandbox;
    const j = new Judge();
    j.refuses(await call(ctx, "runScenario", { params: { name: "ywjy-no-such-scenario" }, body: {} }), "scenario-unknown", t("执行不存在的场景", "running a scenario that does not exist"));
    return j.verdict(t("未知场景以 404（scenario-unknown）拒绝。", "An unknown scenario is refused with 404 (scenario-unknown)."));
  },
};

export interface ReadBack {
  run: ScenarioRun;
  entry: ScenarioResult["records"][number];
  res: ProbeResponse;
  /** The record as the query API returns it, when the answer conforms. */
  item?: RecordItem;
}

/** Every record the scenarios of this run produced, read back once through the query API. */
export function readBack(ctx: CheckContext): Promise<ReadBack[]> {
  return once(ctx, "scenario-read-back", async () => {
    const wanted = [...scenarioRuns(ctx).values()].flatMap((run) => run.result.records.map((entry) => ({ run, entry })));
    return mapLimit(wanted, 8, async ({ run, entry }) => {
      const res = await call(ctx, "getRecord", { params: { dataNo: entry.DATA_NO, dataKey: entry.DATA_KEY } });
      const ok = res.status === 200 && responseProblems("getRecord", res).length === 0;
      return { run, entry, res, ...(ok ? { item: res.json as RecordItem } : {}) };
    });
  });
}

const effects: CheckDefinition<CheckContext> = {
  id: "scenario.effects",
  claims: { data: "read" },
  title: t("场景效果与场景目录一致", "Each scenario's effects match the catalogue"),
  needs: [scenarioCheckId(FIRST)],
  async run(ctx) {
    const j = new Judge();
    const runs = scenarioRuns(ctx);
    const missing = SCENARIO_CATALOGUE.scenarios.filter((s) => !runs.has(s.name)).map((s) => s.name);
    if (missing.length) j.warn(`未执行成功的场景未比对：${missing.join("、")}`, `scenarios that did not run were not compared: ${missing.join(", ")}`);
    for (const [name, run] of runs) {
      const def = SCENARIO_CATALOGUE.scenarios.find((s) => s.name === name)!;
      const expected = expectedEffects(def).flatMap((e) => Array.from({ length: e.count }, () => e));
      const got = run.result.records;
      const count = (list: Array<{ DATA_NO: number }>, n: number) => list.filter((r) => r.DATA_NO === n).length;
      const dataNos = [...new Set([...expected.map((e) => e.DATA_NO), ...got.map((r) => r.DATA_NO)])];
      const wrong = dataNos.filter((n) => count(got, n) !== count(expected, n));
      if (wrong.length)
        j.fail(
          `场景 ${name} 的记录条数与场景目录不符：${wrong.map((n) => `${n} 有 ${count(got, n)} 条，应为 ${count(expected, n)} 条`).join("，")}`,
          `scenario ${name}: record counts differ from the catalogue: ${wrong.map((n) => `${n} has ${count(got, n)}, expected ${count(expected, n)}`).join(", ")}`,
        );
      else if (got.some((r, i) => r.DATA_NO !== expected[i]!.DATA_NO))
        j.fail(`场景 ${name} 的记录顺序与场景目录的效果顺序不符`, `scenario ${name}: the records are not in the order of the catalogue's effects`);
      // One audit entry per record, naming it, with the catalogue's action.
      const audit = [...run.result.audit];
      for (const r of got) {
        const action = expected.find((e) => e.DATA_NO === r.DATA_NO)?.action;
        const i = audit.findIndex((a) => a.object.DATA_NO === r.DATA_NO && a.object.DATA_KEY === r.DATA_KEY && a.action === action);
        if (i < 0) j.fail(`场景 ${name} 的应答中缺少记录 ${r.DATA_NO}/${r.DATA_KEY} 的操作日志（${action}）`, `scenario ${name}: the answer has no audit entry (${action}) for record ${r.DATA_NO}/${r.DATA_KEY}`);
        else audit.splice(i, 1);
      }
    }
    for (const b of await readBack(ctx)) {
      const what = `${b.entry.DATA_NO}/${b.entry.DATA_KEY}`;
      if (!j.status(b.res, 200) || !j.conforms("getRecord", b.res) || !b.item) continue;
      const r = b.item.record;
      if (r.DATA_KEY !== b.entry.DATA_KEY || r.DATA_NO !== b.entry.DATA_NO)
        j.fail(`查询 ${what} 得到的是 ${r.DATA_NO}/${r.DATA_KEY}`, `reading ${what} gives ${r.DATA_NO}/${r.DATA_KEY}`, b.res);
      else if (r.DATA_TYPE !== b.entry.DATA_TYPE)
        j.fail(`查询 ${what} 的 DATA_TYPE 为 ${r.DATA_TYPE}，场景应答为 ${b.entry.DATA_TYPE}`, `${what} reads back with DATA_TYPE ${r.DATA_TYPE}, the scenario answered ${b.entry.DATA_TYPE}`, b.res);
      else if (Date.parse(b.item.updatedAt) < Date.parse(b.entry.updatedAt))
        j.fail(`查询 ${what} 的 updatedAt ${b.item.updatedAt} 早于场景应答的 ${b.entry.updatedAt}`, `${what} reads back with updatedAt ${b.item.updatedAt}, before the scenario's ${b.entry.updatedAt}`, b.res);
    }
    const n = [...runs.values()].reduce((s, r) => s + r.result.records.length, 0);
    return j.verdict(t(`${runs.size} 个场景的 ${n} 条记录与场景目录一致，且可经查询接口读回。`, `The ${n} records of ${runs.size} scenarios match the catalogue and read back through the query API.`));
  },
};

const recordsValid: CheckDefinition<CheckContext> = {
  id: "scenario.records-valid",
  claims: { data: "read" },
  title: t("场景产生的记录通过数据契约校验", "The records the scenarios produce pass the data contracts"),
  needs: [scenarioCheckId(FIRST)],
  async run(ctx) {
    const j = new Judge();
    const read = await readBack(ctx);
    for (const b of read) if (!b.item) j.status(b.res, 200) && j.conforms("getRecord", b.res);
    const items = read.flatMap((b) => (b.item ? [b] : []));
    const v = validateRecords(
      items.map((b) => b.item!.record),
      (await discovery(ctx)).SYSTEM_NO,
    );
    judgeRecords(j, v, t("场景记录未通过数据契约校验", "the scenario records fail the data contracts"));
    for (const b of items.filter((b) => v.invalid.has(b.entry.DATA_KEY)).slice(0, 3)) j.fail(`${requestLine(b.res)} 的记录无效`, `${requestLine(b.res)}: the record is invalid`, b.res);
    if (items[0]) j.see(items[0].res);
    return j.verdict(
      t(`${items.length} 条场景记录均通过数据契约校验${v.warnings ? `（${v.warnings} 个警告）` : ""}。`, `All ${items.length} scenario records pass the data contracts${v.warnings ? ` (${v.warnings} warnings)` : ""}.`),
    );
  },
};

export const hookGroup: GroupDefinition<CheckContext> = {
  id: "hook",
  title: t("符合性测试挂钩与场景", "Conformance hook and scenarios"),
  claims: { data: "write" },
  checks: [unknownScenario, ...SCENARIO_CATALOGUE.scenarios.map(scenarioCheck), effects, recordsValid],
};
