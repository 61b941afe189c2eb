/**
 * The audit trail (access standard, ACC-AUDIT): the trail of the scenarios' tender project has the
 * standard's structure, forms a valid hash chain (src/sdk/audit-chain.ts), agrees with its digest,
 * logs every record the scenarios produced with the catalogue's action, and only ever grows — the trail
 * read before a scenario is a prefix of the trail read after it.
 */
import { canonicalJson, SCENARIO_CATALOGUE, verifyAuditChain } from "../../src/sdk/index.ts";
import type { CheckContext } from "../context.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";
import type { CheckDefinition, GroupDefinition } from "../runner/model.ts";
import { runScenario, scenarioCheckId, unlessSandbox } from "./hook.ts";
import { Judge, t } from "./judge.ts";
import { auditBaselines, call, sampleCodes, scenarioLog, scenarioRuns, type AuditEntry } from "./state.ts";

type Trail = { tenderProjectCode: string; entries: AuditEntry[] };

/** The tender project the catalogue's scenarios ran on. */
const tenderProjectOf = (ctx: CheckContext): string => [...scenarioRuns(ctx).values()][0]?.result.tenderProjectCode ?? sampleCodes().tenderProjectCode;

const readTrail = async (ctx: CheckContext, j: Judge, tenderProjectCode: string): Promise<{ res: ProbeResponse; trail?: Trail }> => {
  const res = await call(ctx, "getAuditTrail", { params: { tenderProjectCode } });
  const trail = j.ok<Trail>("getAuditTrail", res);
  return { res, ...(trail ? { trail } : {}) };
};

/** The trail audit.trail-schema read first, kept for the chain and append-only checks. */
const FIRST_READ = "audit-first-read";
const firstRead = (ctx: CheckContext) => ctx.state.get(FIRST_READ) as { res: ProbeResponse; trail: Trail };

const trailSchema: CheckDefinition<CheckContext> = {
  id: "audit.trail-schema",
  title: t("按招标项目提供结构完整的操作日志", "Gives the audit trail of a tender project in the standard's structure"),
  needs: [scenarioCheckId(SCENARIO_CATALOGUE.scenarios[0].name)],
  async run(ctx) {
    const j = new Judge();
    const code = tenderProjectOf(ctx);
    const { res, trail } = await readTrail(ctx, j, code);
    if (trail) {
      if (trail.tenderProjectCode !== code) j.fail(`操作日志的招标项目为 ${trail.tenderProjectCode}，请求的是 ${code}`, `the trail is of tender project ${trail.tenderProjectCode}, ${code} was asked for`, res);
      if (trail.entries.length === 0) j.fail(`执行场景后招标项目 ${code} 的操作日志仍为空`, `the trail of tender project ${code} is empty after the scenarios`, res);
      const foreign = trail.entries.filter((e) => e.tenderProjectCode !== code);
      if (foreign.length) j.fail(`操作日志含 ${foreign.length} 条其他招标项目的记录（序号 ${foreign[0]!.seq}）`, `the trail has ${foreign.length} entries of other tender projects (seq ${foreign[0]!.seq})`, res);
      ctx.state.set(FIRST_READ, { res, trail });
    }
    return j.verdict(t(`招标项目 ${code} 的操作日志（${trail?.entries.length} 条）结构符合接入标准。`, `The audit trail of tender project ${code} (${trail?.entries.length} entries) has the standard's structure.`));
  },
};

const chainValid: CheckDefinition<CheckContext> = {
  id: "audit.chain-valid",
  title: t("操作日志构成有效的哈希链", "The audit trail is a valid hash chain"),
  needs: ["audit.trail-schema"],
  async run(ctx) {
    const j = new Judge();
    const { res, trail } = firstRead(ctx);
    const v = verifyAuditChain(trail.entries);
    if (!v.ok) j.fail(`哈希链在第 ${v.index + 1} 条记录处断开（${v.problem}）：${v.detail}`, `the hash chain breaks at entry ${v.index + 1} (${v.problem}): ${v.detail}`, res);
    j.see(res);
    return j.verdict(t(`${trail.entries.length} 条记录的哈希链有效（RFC 8785 + SHA-256）。`, `The hash chain of ${trail.entries.length} entries is valid (RFC 8785 + SHA-256).`));
  },
};

const digestMatches: CheckDefinition<CheckContext> = {
  id: "audit.digest-matches",
  title: t("操作日志摘要与日志链头一致", "The audit digest agrees with the trail's head"),
  needs: ["audit.trail-schema"],
  async run(ctx) {
    const j = new Judge();
    const code = tenderProjectOf(ctx);
    const res = await call(ctx, "getAuditDigest", { params: { tenderProjectCode: code } });
    const digest = j.ok<{ tenderProjectCode: string; length: number; head: string }>("getAuditDigest", res);
    const { res: trailRes, trail } = await readTrail(ctx, j, code);
    if (digest && trail) {
      const last = trail.entries[trail.entries.length - 1];
      if (digest.tenderProjectCode !== code) j.fail(`摘要的招标项目为 ${digest.tenderProjectCode}，应为 ${code}`, `the digest is of ${digest.tenderProjectCode}, not ${code}`, res);
      if (digest.length !== trail.entries.length) j.fail(`摘要的链长为 ${digest.length}，日志有 ${trail.entries.length} 条`, `the digest says ${digest.length} entries, the trail has ${trail.entries.length}`, res);
      if (last && digest.head !== last.hash) j.fail(`摘要的链头 ${digest.head} 不是日志最后一条（序号 ${last.seq}）的哈希 ${last.hash}`, `the digest's head ${digest.head} is not the hash ${last.hash} of the trail's last entry (seq ${last.seq})`, res);
      j.see(trailRes);
    }
    return j.verdict(t(`摘要（链长 ${digest?.length}）与日志最后一条记录一致。`, `The digest (length ${digest?.length}) agrees with the trail's last entry.`));
  },
};

const scenarioEntries: CheckDefinition<CheckContext> = {
  id: "audit.scenario-entries",
  title: t("场景产生的每条数据都记入操作日志", "Every record the scenarios produced is logged"),
  needs: ["audit.trail-schema"],
  async run(ctx) {
    const j = new Judge();
    const runs = scenarioLog(ctx);
    const baselines = auditBaselines(ctx);
    let logged = 0;
    for (const code of new Set(runs.map((r) => r.result.tenderProjectCode))) {
      const { res, trail } = await readTrail(ctx, j, code);
      if (!trail) continue;
      // Only entries appended during this run count (a record logged by an earlier run does not).
      const fresh = trail.entries.slice(baselines.get(code) ?? 0);
      const bySeq = new Map(trail.entries.map((e) => [e.seq, e]));
      for (const run of runs.filter((r) => r.result.tenderProjectCode === code)) {
        const def = SCENARIO_CATALOGUE.scenarios.find((s) => s.name === run.name)!;
        for (const r of run.result.records) {
          const action = def.effects.find((e) => e.DATA_NO === r.DATA_NO)?.action;
          const i = fresh.findIndex((e) => e.object.DATA_NO === r.DATA_NO && e.object.DATA_KEY === r.DATA_KEY && e.action === action && (e.object.DATA_TYPE ?? r.DATA_TYPE) === r.DATA_TYPE);
          if (i < 0)
            j.fail(`场景 ${run.name} 的记录 ${r.DATA_NO}/${r.DATA_KEY} 未记入招标项目 ${code} 的操作日志（应有操作 ${action}）`, `record ${r.DATA_NO}/${r.DATA_KEY} of scenario ${run.name} is not logged in the trail of ${code} (action ${action} expected)`, res);
          else {
            fresh.splice(i, 1);
            logged++;
          }
        }
        for (const a of run.result.audit)
          if (bySeq.get(a.seq)?.hash !== a.hash) j.fail(`场景 ${run.name} 应答中的操作日志记录 ${a.seq} 与日志中的不同`, `audit entry ${a.seq} of scenario ${run.name}'s answer differs from the trail's`, res);
      }
    }
    return j.verdict(t(`${runs.length} 次场景执行的 ${logged} 条记录均记入操作日志，操作与场景目录一致。`, `The ${logged} records of ${runs.length} scenario runs are all logged with the catalogue's actions.`));
  },
};

/** Fails unless `before` is a prefix of `after` (entry by entry, as canonical JSON). */
function judgePrefix(j: Judge, before: AuditEntry[], after: AuditEntry[], res: ProbeResponse, when: { zh: string; en: string }): void {
  if (after.length < before.length) {
    j.fail(`${when.zh}：日志从 ${before.length} 条变为 ${after.length} 条，记录被删除`, `${when.en}: the trail went from ${before.length} to ${after.length} entries; entries were removed`, res);
    return;
  }
  const i = before.findIndex((e, k) => canonicalJson(e) !== canonicalJson(after[k]));
  if (i >= 0) j.fail(`${when.zh}：序号 ${before[i]!.seq} 的记录被改写`, `${when.en}: the entry of seq ${before[i]!.seq} was rewritten`, res);
}

const appendOnly: CheckDefinition<CheckContext> = {
  id: "audit.append-only",
  claims: { data: "write" },
  title: t("操作日志只能追加", "The audit trail is append-only"),
  needs: ["audit.trail-schema"],
  timeoutMs: 60_000,
  async run(ctx) {
    const j = new Judge();
    const code = tenderProjectOf(ctx);
    const first = firstRead(ctx).trail.entries;
    const now = await readTrail(ctx, j, code);
    if (!now.trail) return j.verdict(t("", ""));
    judgePrefix(j, first, now.trail.entries, now.res, t("与先前读取相比", "compared with an earlier read"));
    // Run a scenario again and read once more: the trail may only have grown.
    const last = [...scenarioRuns(ctx).values()].filter((r) => r.result.tenderProjectCode === code).pop();
    const notSandbox = await unlessSandbox(ctx);
    if (last && !notSandbox) {
      const def = SCENARIO_CATALOGUE.scenarios.find((s) => s.name === last.name)!;
      const { res, run } = await runScenario(ctx, def, last.input);
      if (!run) j.ok("runScenario", res);
      const later = await readTrail(ctx, j, code);
      if (later.trail) {
        judgePrefix(j, now.trail.entries, later.trail.entries, later.res, t(`再次执行场景 ${def.name} 后`, `after running scenario ${def.name} again`));
        if (run && later.trail.entries.length < now.trail.entries.length + run.result.audit.length)
          j.fail(
            `再次执行场景 ${def.name} 后日志只从 ${now.trail.entries.length} 条增至 ${later.trail.entries.length} 条，应至少增加 ${run.result.audit.length} 条`,
            `after running scenario ${def.name} again the trail grew from ${now.trail.entries.length} to only ${later.trail.entries.length} entries; at least ${run.result.audit.length} more were expected`,
            later.res,
          );
      }
    } else j.warn("未能再次执行场景，仅比较了两次读取", "no scenario could run again; only two reads were compared");
    return j.verdict(t(`先前读取的日志（${first.length} 条）是之后读取的日志的前缀。`, `The trail read earlier (${first.length} entries) is a prefix of the trail read later.`));
  },
};

export const auditGroup: GroupDefinition<CheckContext> = {
  id: "audit",
  title: t("交易留痕与可追溯", "Audit trail and traceability"),
  claims: { data: "read" },
  checks: [trailSchema, chainValid, digestMatches, scenarioEntries, appendOnly],
};
