/**
 * Trading data for supervision and reconciliation (access standard, ACC-DATA): the data-set list,
 * the record lists page by page, single records, incremental sync with updatedSince, cursor paging
 * that returns every record exactly once — also while the conformance hook adds records between pages —
 * and ETags. Every answer is validated against the OpenAPI document; the records themselves against
 * the data contracts (data.payload-valid).
 */
import { randomInt } from "node:crypto";
import { canonicalJson, loadAccessApi, SCENARIO_CATALOGUE, type ScenarioDefinition } from "../../src/sdk/index.ts";
import { loadDomains } from "../../src/specs/domains.ts";
import type { CheckContext } from "../context.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";
import { skip, type CheckDefinition, type GroupDefinition } from "../runner/model.ts";
import { ensureScenarioData, runScenario, scenarioCheckId, unlessSandbox } from "./hook.ts";
import { Judge, mapLimit, requestLine, t } from "./judge.ts";
import { judgeRecords, validateRecords } from "./records.ts";
import { call, discovery, discoveryResponse, sampleCodes, servedDataSets, STATE, unknownDataKey, type CallOptions, type RecordItem } from "./state.ts";

const LIST_LIMIT = 500;

/**
 * The most a check reads of record lists, over all its pages and data sets: a sandbox under certification
 * holds its test data (the reference system's scenarios list a few hundred kilobytes), and the records
 * read stay in memory for the checks that compare them — a target must not be able to fill it.
 */
export const LISTING_BUDGET_BYTES = 8 * 1024 * 1024;

/** What is left of a check's LISTING_BUDGET_BYTES (shared by the walks of one check). */
class ReadBudget {
  constructor(public left = LISTING_BUDGET_BYTES) {}
}

/** A page as the walk keeps it, for evidence: without its parsed JSON (its records are in `items`). */
const kept = ({ json: _json, ...page }: ProbeResponse): ProbeResponse => page;

interface Walk {
  items: RecordItem[];
  pages: ProbeResponse[];
  /** The walk reached nextCursor null with every page conforming. */
  complete: boolean;
}

/**
 * Follows nextCursor from a first page until it is null, judging every page against the document.
 * `between` runs after each page (to change the data while paging). A cursor that repeats, more
 * pages than `maxPages`, or more bytes than the check's budget end the walk as a failure — a hostile
 * target can neither keep the runner paging nor fill its memory.
 */
async function walk(
  ctx: CheckContext,
  j: Judge,
  dataNo: number,
  query: { limit: number; updatedSince?: string },
  o: { maxPages?: number; between?: (page: number) => Promise<void>; budget?: ReadBudget } = {},
): Promise<Walk> {
  const items: RecordItem[] = [];
  const pages: ProbeResponse[] = [];
  const cursors = new Set<string>();
  let cursor: string | undefined;
  const maxPages = o.maxPages ?? 1000;
  const budget = o.budget ?? new ReadBudget();
  for (let n = 1; n <= maxPages; n++) {
    const res = await call(ctx, "listRecords", { params: { dataNo }, query: { ...query, cursor } });
    pages.push(kept(res));
    budget.left -= res.bytes;
    if (budget.left < 0) {
      const mb = LISTING_BUDGET_BYTES / (1024 * 1024);
      j.fail(`数据集列表超过 ${mb} MB 仍未结束（认证沙箱只应含测试数据）`, `the record lists exceed ${mb} MB (a sandbox under certification should hold test data only)`, res);
      return { items, pages, complete: false };
    }
    const page = j.ok<{ items: RecordItem[]; nextCursor: string | null }>("listRecords", res);
    if (!page) return { items, pages, complete: false };
    items.push(...page.items);
    if (page.nextCursor === null) return { items, pages, complete: true };
    if (cursors.has(page.nextCursor)) {
      j.fail(`${requestLine(res)} 返回了已用过的游标，翻页不前进`, `${requestLine(res)} hands out a cursor it gave before; paging does not advance`, res);
      return { items, pages, complete: false };
    }
    cursors.add(page.nextCursor);
    cursor = page.nextCursor;
    await o.between?.(n);
  }
  j.fail(`数据集 ${dataNo} 翻页超过 ${maxPages} 页仍未结束`, `paging data set ${dataNo} did not end within ${maxPages} pages`, pages[pages.length - 1]);
  return { items, pages, complete: false };
}

const keysOf = (items: RecordItem[]) => items.map((i) => i.record.DATA_KEY);
const after = (a: RecordItem, b: RecordItem) => {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  return ta > tb || (ta === tb && a.record.DATA_KEY > b.record.DATA_KEY);
};

/** What the list check read: every record of every served data set, and the pages that carried them. */
interface Listing {
  records: Map<number, RecordItem[]>;
  pages: Map<number, ProbeResponse[]>;
}

const LISTING = "data-listing";

/** The listing data.list left (the checks that use it need data.list). */
function requireListing(ctx: CheckContext): Listing {
  const l = ctx.state.get(LISTING) as Listing | undefined;
  if (!l) throw new Error("data.list left no listing");
  return l;
}

/** Compares the keys a walk returned with the keys expected; fails for each duplicate, missing and unexpected key. */
function compareKeys(j: Judge, what: { zh: string; en: string }, got: string[], expected: Iterable<string>, evidence?: ProbeResponse): void {
  const want = new Set(expected);
  const counts = new Map<string, number>();
  for (const k of got) counts.set(k, (counts.get(k) ?? 0) + 1);
  const dup = [...counts].filter(([, c]) => c > 1).map(([k]) => k);
  const missing = [...want].filter((k) => !counts.has(k));
  const extra = [...counts.keys()].filter((k) => !want.has(k));
  const list = (l: string[]) => l.slice(0, 3).join(", ") + (l.length > 3 ? ` …(+${l.length - 3})` : "");
  if (dup.length) j.fail(`${what.zh}：${dup.length} 条记录重复出现（${list(dup)}）`, `${what.en}: ${dup.length} records came more than once (${list(dup)})`, evidence);
  if (missing.length) j.fail(`${what.zh}：漏掉 ${missing.length} 条记录（${list(missing)}）`, `${what.en}: ${missing.length} records were skipped (${list(missing)})`, evidence);
  if (extra.length) j.fail(`${what.zh}：多出 ${extra.length} 条不应出现的记录（${list(extra)}）`, `${what.en}: ${extra.length} records came that should not (${list(extra)})`, evidence);
}

const list: CheckDefinition<CheckContext> = {
  id: "data.list",
  title: t("按数据集分页列出交易数据", "Lists the trading data of each data set"),
  // It runs the scenarios itself when none has run (ensureScenarioData).
  claims: { data: "write" },
  needs: ["discovery.document"],
  async run(ctx) {
    const j = new Judge();
    await ensureScenarioData(ctx);
    const sets = j.ok<{ items: Array<{ DATA_NO: number }> }>("listDataSets", await call(ctx, "listDataSets"));
    const served = [...new Set([...(await servedDataSets(ctx)), ...(sets?.items.map((i) => i.DATA_NO) ?? [])])].sort((a, b) => a - b);
    const norms = loadAccessApi().dataSets();
    const l: Listing = { records: new Map(), pages: new Map() };
    const budget = new ReadBudget();
    await mapLimit(served, 4, async (dataNo) => {
      const w = await walk(ctx, j, dataNo, { limit: LIST_LIMIT }, { budget });
      l.records.set(dataNo, w.items);
      l.pages.set(dataNo, w.pages);
      const foreign = w.items.filter((i) => i.record.DATA_NO !== dataNo || i.record.DATA_EN !== norms.get(dataNo)?.dataEn);
      if (foreign.length)
        j.fail(
          `数据集 ${dataNo} 的列表含 ${foreign.length} 条其他数据集或 DATA_EN 不符的记录（首条 ${foreign[0]!.record.DATA_NO} ${foreign[0]!.record.DATA_EN}）`,
          `the list of data set ${dataNo} has ${foreign.length} records of another data set or with the wrong DATA_EN (first ${foreign[0]!.record.DATA_NO} ${foreign[0]!.record.DATA_EN})`,
          w.pages[0],
        );
    });
    ctx.state.set(LISTING, l);
    ctx.state.set(STATE.records, l.records);
    const total = [...l.records.values()].reduce((n, items) => n + items.length, 0);
    if (total === 0) j.warn("系统没有可列出的记录，数据检查无从比对", "the system lists no record, so the data checks have nothing to compare");
    return j.verdict(t(`${served.length} 个数据集共列出 ${total} 条记录，应答均符合接入标准。`, `${served.length} data sets list ${total} records; every answer conforms to the standard.`));
  },
};

const dataSets: CheckDefinition<CheckContext> = {
  id: "data.data-sets",
  title: t("数据集清单与发现文档和列表一致", "The data-set list agrees with discovery and the lists"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const l = requireListing(ctx);
    const res = await call(ctx, "listDataSets");
    const body = j.ok<{ items: Array<{ DATA_NO: number; DATA_EN: string; count: number; lastUpdatedAt?: string }> }>("listDataSets", res);
    const declared = new Set(await servedDataSets(ctx));
    const norms = loadAccessApi().dataSets();
    if (body) {
      const listed = new Set(body.items.map((i) => i.DATA_NO));
      const notListed = [...declared].filter((n) => !listed.has(n));
      const notDeclared = [...listed].filter((n) => !declared.has(n));
      if (notListed.length) j.fail(`发现文档声明的数据集 ${notListed.join("、")} 不在数据集清单中`, `data sets ${notListed.join(", ")} of the discovery document are not in the data-set list`, res);
      if (notDeclared.length) j.fail(`数据集清单中的 ${notDeclared.join("、")} 未在发现文档 dataSets 中声明`, `data sets ${notDeclared.join(", ")} of the list are not declared in the discovery document's dataSets`, res);
      for (const i of body.items) {
        const items = l.records.get(i.DATA_NO);
        if (norms.get(i.DATA_NO)?.dataEn !== i.DATA_EN) j.fail(`数据集 ${i.DATA_NO} 的 DATA_EN 为 ${i.DATA_EN}，应为 ${norms.get(i.DATA_NO)?.dataEn}`, `data set ${i.DATA_NO} has DATA_EN ${i.DATA_EN}, expected ${norms.get(i.DATA_NO)?.dataEn}`, res);
        if (items && i.count !== items.length) j.fail(`数据集 ${i.DATA_NO} 的 count 为 ${i.count}，列表实有 ${items.length} 条`, `data set ${i.DATA_NO} says count ${i.count}, its list has ${items.length}`, res);
        const last = items?.length ? items.reduce((a, b) => (after(b, a) ? b : a)).updatedAt : undefined;
        if (items && i.lastUpdatedAt !== undefined && last !== undefined && Date.parse(i.lastUpdatedAt) !== Date.parse(last))
          j.fail(`数据集 ${i.DATA_NO} 的 lastUpdatedAt 为 ${i.lastUpdatedAt}，列表中最新为 ${last}`, `data set ${i.DATA_NO} says lastUpdatedAt ${i.lastUpdatedAt}, its latest record is of ${last}`, res);
      }
    }
    const unserved = [...norms.keys()].find((n) => !declared.has(n)) ?? 9999;
    j.refuses(await call(ctx, "listRecords", { params: { dataNo: unserved } }), "data-set-unknown", t(`查询未提供的数据集 ${unserved}`, `listing data set ${unserved}, which the system does not serve`));
    return j.verdict(t(`数据集清单（${body?.items.length} 个）与发现文档和各列表一致，未提供的数据集返回 404。`, `The data-set list (${body?.items.length}) agrees with discovery and the lists; an unserved data set gets 404.`));
  },
};

/**
 * A system reports its own domain: every data set the domain catalogue (specs/reporting/domains.yaml)
 * requires of each domain its discovery document declares is declared in dataSets and listed with at
 * least one record — a property-rights exchange is certified on 700/701/750/753, not on 501.
 */
const domainDataSets: CheckDefinition<CheckContext> = {
  id: "data.domain-data-sets",
  title: t("提供所声明交易领域规定的数据集", "Serves the data sets of the trading domains it declares"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const l = requireListing(ctx);
    const res = j.see(await discoveryResponse(ctx));
    const d = await discovery(ctx);
    const catalogue = new Map(loadDomains().map((x) => [x.id, x]));
    const declared = (Array.isArray(d.domains) ? d.domains : []).filter((x): x is string => typeof x === "string");
    const known = declared.flatMap((id) => (catalogue.has(id) ? [catalogue.get(id)!] : []));
    const trading = loadDomains().filter((x) => x.trading).map((x) => x.id);
    if (!known.some((x) => x.trading)) {
      j.fail(
        `发现文档 domains ${JSON.stringify(d.domains)} 未声明任何交易领域（${trading.join("、")}）`,
        `the discovery document's domains ${JSON.stringify(d.domains)} declares no kind of trading system (${trading.join(", ")})`,
        res,
      );
      return j.verdict(t("", ""));
    }
    const served = new Set(await servedDataSets(ctx));
    const lists = await call(ctx, "listDataSets");
    const norms = loadAccessApi().dataSets();
    const name = (n: number) => `${n} ${norms.get(n)?.dataEn ?? ""}`.trim();
    for (const domain of known) {
      const undeclared = domain.required.filter((n) => !served.has(n));
      const empty = domain.required.filter((n) => served.has(n) && (l.records.get(n)?.length ?? 0) === 0);
      if (undeclared.length)
        j.fail(
          `声明交易领域 ${domain.id}（${domain.zh}），但发现文档 dataSets 未声明该领域规定的数据集 ${undeclared.map(name).join("、")}`,
          `declares the trading domain ${domain.id} (${domain.en}), but the discovery document's dataSets lacks the data sets it requires: ${undeclared.map(name).join(", ")}`,
          res,
        );
      if (empty.length)
        j.fail(
          `交易领域 ${domain.id}（${domain.zh}）规定的数据集 ${empty.map(name).join("、")} 没有可列出的记录`,
          `the data sets ${empty.map(name).join(", ")} that the trading domain ${domain.id} (${domain.en}) requires list no record`,
          lists,
        );
    }
    const required = [...new Set(known.flatMap((x) => x.required))].sort((a, b) => a - b);
    return j.verdict(
      t(
        `声明交易领域 ${known.map((x) => x.id).join("、")}，提供其规定的数据集 ${required.join("、")}。`,
        `Declares the trading domains ${known.map((x) => x.id).join(", ")} and serves the data sets they require: ${required.join(", ")}.`,
      ),
    );
  },
};

const payloadValid: CheckDefinition<CheckContext> = {
  id: "data.payload-valid",
  title: t("列出的每条记录符合其数据集的数据契约", "Every listed record meets its data set's contract"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const l = requireListing(ctx);
    const items = [...l.records.values()].flat();
    const v = validateRecords(
      items.map((i) => i.record),
      (await discovery(ctx)).SYSTEM_NO,
    );
    judgeRecords(j, v, t("列出的记录未通过数据契约校验", "listed records fail the data contracts"));
    for (const [dataNo, list] of l.records) if (list.some((i) => v.invalid.has(i.record.DATA_KEY))) j.fail(`数据集 ${dataNo} 的列表含无效记录`, `the list of data set ${dataNo} has invalid records`, l.pages.get(dataNo)![0]);
    const first = [...l.pages.values()][0]?.[0];
    if (first) j.see(first);
    return j.verdict(t(`${items.length} 条记录均通过数据契约校验${v.warnings ? `（${v.warnings} 个警告）` : ""}。`, `All ${items.length} records pass the data contracts${v.warnings ? ` (${v.warnings} warnings)` : ""}.`));
  },
};

const get: CheckDefinition<CheckContext> = {
  id: "data.get",
  title: t("按数据主键查询单条数据", "Returns a single record by its DATA_KEY"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const samples = [...requireListing(ctx).records].flatMap(([dataNo, items]) => (items[0] ? [{ dataNo, item: items[0] }] : []));
    if (samples.length === 0) return skip("系统没有可查询的记录", "The system lists no record to read");
    await mapLimit(samples, 4, async ({ dataNo, item }) => {
      const res = await call(ctx, "getRecord", { params: { dataNo, dataKey: item.record.DATA_KEY } });
      const got = j.ok<RecordItem>("getRecord", res);
      if (got && (canonicalJson(got.record) !== canonicalJson(item.record) || Date.parse(got.updatedAt) !== Date.parse(item.updatedAt)))
        j.fail(`${requestLine(res)} 返回的记录与列表中的不同`, `${requestLine(res)} returns a record that differs from the list's`, res);
    });
    return j.verdict(t(`${samples.length} 条记录按 DATA_KEY 查询的结果与列表一致。`, `${samples.length} records read by DATA_KEY agree with the lists.`));
  },
};

const notFound: CheckDefinition<CheckContext> = {
  id: "data.not-found",
  title: t("不存在的数据主键返回 404（record-not-found）", "An unknown DATA_KEY gets 404 (record-not-found)"),
  needs: ["discovery.document"],
  async run(ctx) {
    const j = new Judge();
    const [dataNo] = await servedDataSets(ctx);
    const key = unknownDataKey((await discovery(ctx)).SYSTEM_NO, dataNo!);
    j.refuses(await call(ctx, "getRecord", { params: { dataNo: dataNo!, dataKey: key } }), "record-not-found", t(`查询不存在的 ${key}`, `reading ${key}, which does not exist`));
    return j.verdict(t("不存在的数据主键返回 404（record-not-found）。", "An unknown DATA_KEY gets 404 (record-not-found)."));
  },
};

/** The listed data set with the most records (at least `min`). */
function largest(l: Listing, min: number): [number, RecordItem[]] | undefined {
  const best = [...l.records].sort((a, b) => b[1].length - a[1].length)[0];
  return best && best[1].length >= min ? best : undefined;
}

const updatedSince: CheckDefinition<CheckContext> = {
  id: "data.updated-since",
  title: t("updatedSince 只返回其后更新的数据", "updatedSince returns only what changed after it"),
  // It also pages with the filter, so paging itself must work first.
  needs: ["data.pagination-complete"],
  async run(ctx) {
    const j = new Judge();
    const pick = largest(requireListing(ctx), 2);
    if (!pick) return skip("没有至少含 2 条记录的数据集，无法检验增量同步", "No data set has two records or more, so incremental sync cannot be tested");
    const [dataNo, items] = pick;
    const sorted = [...items].sort((a, b) => (after(a, b) ? 1 : -1));
    // From the middle, from the latest (nothing after it), and paged one at a time from the first (the cursor keeps the filter).
    const cases = [
      { since: sorted[Math.floor(sorted.length / 2) - 1]!.updatedAt, limit: LIST_LIMIT },
      { since: sorted[sorted.length - 1]!.updatedAt, limit: LIST_LIMIT },
      { since: sorted[0]!.updatedAt, limit: 1 },
    ];
    const budget = new ReadBudget();
    const walks = await Promise.all(cases.map(({ since, limit }) => walk(ctx, j, dataNo, { limit, updatedSince: since }, { maxPages: sorted.length + 5, budget })));
    cases.forEach(({ since, limit }, k) => {
      const w = walks[k]!;
      const expected = sorted.filter((i) => Date.parse(i.updatedAt) > Date.parse(since));
      const what = t(`updatedSince=${since}、每页 ${limit} 条`, `updatedSince=${since}, ${limit} a page`);
      if (w.complete) compareKeys(j, what, keysOf(w.items), keysOf(expected), w.pages[w.pages.length - 1]);
    });
    return j.verdict(t(`数据集 ${dataNo} 按 updatedSince 只返回其后更新的记录。`, `Data set ${dataNo} returns only the records updated after updatedSince.`));
  },
};

/** Fails unless the items are in strictly ascending (updatedAt, DATA_KEY) order. */
function judgeOrder(j: Judge, dataNo: number, w: Walk): void {
  const i = w.items.findIndex((item, k) => k > 0 && !after(item, w.items[k - 1]!));
  if (i > 0)
    j.fail(
      `数据集 ${dataNo} 的翻页结果未按（updatedAt, DATA_KEY）升序：第 ${i + 1} 条 ${w.items[i]!.record.DATA_KEY} 在 ${w.items[i - 1]!.record.DATA_KEY} 之后`,
      `data set ${dataNo} does not page in ascending (updatedAt, DATA_KEY) order: item ${i + 1} ${w.items[i]!.record.DATA_KEY} follows ${w.items[i - 1]!.record.DATA_KEY}`,
      w.pages[0],
    );
}

const paginationComplete: CheckDefinition<CheckContext> = {
  id: "data.pagination-complete",
  title: t("游标翻页恰好返回每条数据一次", "Cursor paging returns every record exactly once"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const l = requireListing(ctx);
    const multi = [...l.records].filter(([, items]) => items.length >= 2);
    if (multi.length === 0) return skip("没有至少含 2 条记录的数据集，无法检验翻页", "No data set has two records or more, so paging cannot be tested");
    let pages = 0;
    const budget = new ReadBudget();
    await mapLimit(multi, 4, async ([dataNo, items]) => {
      const limit = Math.max(1, Math.ceil(items.length / 3));
      const w = await walk(ctx, j, dataNo, { limit }, { maxPages: items.length + 5, budget });
      pages += w.pages.length;
      if (!w.complete) return;
      compareKeys(j, t(`数据集 ${dataNo} 每页 ${limit} 条翻页`, `data set ${dataNo} paged ${limit} at a time`), keysOf(w.items), keysOf(items), w.pages[1] ?? w.pages[0]);
      judgeOrder(j, dataNo, w);
    });
    return j.verdict(t(`${multi.length} 个数据集分 ${pages} 页遍历，每条记录恰好出现一次且有序。`, `${multi.length} data sets paged in ${pages} pages return every record exactly once, in order.`));
  },
};

const FIRST: ScenarioDefinition = SCENARIO_CATALOGUE.scenarios[0];

/** Input for the first scenario with codes of its own (a fresh project), so that it adds records rather than changing them. */
function freshInput(def: ScenarioDefinition): Record<string, string> {
  const sample = sampleCodes();
  const serial = String(randomInt(1000, 10_000));
  return (def.reads as readonly string[]).includes("projectCode")
    ? { projectCode: sample.projectCode.slice(0, -4) + serial }
    : { tenderProjectCode: sample.projectCode + serial.slice(1) };
}

const paginationConcurrent: CheckDefinition<CheckContext> = {
  id: "data.pagination-concurrent",
  claims: { data: "write" },
  title: t("翻页期间新增数据时仍不重不漏", "Paging stays exact while records are added between pages"),
  needs: ["data.pagination-complete", scenarioCheckId(FIRST.name)],
  timeoutMs: 60_000,
  async run(ctx) {
    const notSandbox = await unlessSandbox(ctx);
    if (notSandbox) return notSandbox;
    const j = new Judge();
    // The data set the scenario adds most records to.
    const dataNo = [...FIRST.effects].sort((a, b) => b.count - a.count)[0]!.DATA_NO;
    const added = new Map<string, string>();
    const trigger = async () => {
      const { res, run } = await runScenario(ctx, FIRST, freshInput(FIRST));
      j.see(res, "scenario");
      if (!run) {
        j.ok("runScenario", res);
        return;
      }
      for (const r of run.result.records) if (r.DATA_NO === dataNo) added.set(r.DATA_KEY, r.DATA_TYPE);
    };
    let before = await walk(ctx, j, dataNo, { limit: LIST_LIMIT });
    if (before.complete && before.items.length < 2) {
      await trigger();
      before = await walk(ctx, j, dataNo, { limit: LIST_LIMIT });
    }
    if (!before.complete || j.failed) return j.verdict(t("", ""));
    const baseline = new Set(keysOf(before.items));
    added.clear();
    const w = await walk(ctx, j, dataNo, { limit: 1 }, { maxPages: baseline.size + 20, between: async (page) => {
        if (page <= 2) await trigger();
      } });
    if (w.complete && !j.failed) {
      const counts = new Map<string, number>();
      for (const k of keysOf(w.items)) counts.set(k, (counts.get(k) ?? 0) + 1);
      // A record changed while paging may come again at its new place; every other one exactly once.
      const allowed = (k: string) => (baseline.has(k) && added.get(k) === "2" ? 2 : 1);
      const expected = new Set([...baseline, ...added.keys()]);
      const missing = [...expected].filter((k) => !counts.has(k));
      const repeated = [...counts].filter(([k, c]) => c > allowed(k)).map(([k]) => k);
      const evidence = w.pages[2] ?? w.pages[w.pages.length - 1];
      if (missing.length) j.fail(`翻页期间新增 ${added.size} 条记录后，遍历漏掉 ${missing.length} 条（${missing.slice(0, 3).join(", ")}）`, `with ${added.size} records added while paging, the traversal skipped ${missing.length} (${missing.slice(0, 3).join(", ")})`, evidence);
      if (repeated.length) j.fail(`翻页期间新增 ${added.size} 条记录后，${repeated.length} 条记录重复出现（${repeated.slice(0, 3).join(", ")}）`, `with ${added.size} records added while paging, ${repeated.length} records came twice (${repeated.slice(0, 3).join(", ")})`, evidence);
      judgeOrder(j, dataNo, w);
    }
    return j.verdict(
      t(`数据集 ${dataNo} 每页 1 条遍历期间经挂钩新增 ${added.size} 条记录，${w.items.length} 条记录不重不漏。`, `Paging data set ${dataNo} one at a time while the hook added ${added.size} records returned all ${w.items.length} exactly once.`),
    );
  },
};

const etag: CheckDefinition<CheckContext> = {
  id: "data.etag",
  title: t("数据应答携带 ETag 并支持 304", "Data answers carry an ETag and answer If-None-Match with 304"),
  needs: ["data.list"],
  async run(ctx) {
    const j = new Judge();
    const pick = [...requireListing(ctx).records].find(([, items]) => items.length > 0);
    if (!pick) return skip("系统没有可查询的记录", "The system lists no record to read");
    const [dataNo, items] = pick;
    const targets: Array<CallOptions & { op: "listRecords" | "getRecord" }> = [
      { op: "listRecords", params: { dataNo }, query: { limit: LIST_LIMIT } },
      { op: "getRecord", params: { dataNo, dataKey: items[0]!.record.DATA_KEY } },
    ];
    for (const target of targets) {
      const first = await call(ctx, target.op, target);
      if (!j.status(first, 200)) continue;
      const tag = first.headers.etag;
      if (!tag) {
        j.fail(`${requestLine(first)} 的应答没有 ETag`, `${requestLine(first)} answers without an ETag`, first);
        continue;
      }
      const again = await call(ctx, target.op, { ...target, headers: { "if-none-match": tag } });
      if (j.status(again, 304) && j.conforms(target.op, again) && again.bytes > 0) j.fail(`${requestLine(again)} 的 304 应答带有正文`, `${requestLine(again)}: the 304 answer has a body`, again);
      j.status(await call(ctx, target.op, { ...target, headers: { "if-none-match": '"ywjy-not-this-etag"' } }), 200);
    }
    return j.verdict(t("列表和单条记录均带 ETag，匹配的 If-None-Match 得到 304，不匹配的得到 200。", "Lists and records carry an ETag; a matching If-None-Match gets 304, another gets 200."));
  },
};

export const dataGroup: GroupDefinition<CheckContext> = {
  id: "data",
  title: t("监管与对账交易数据", "Trading data for supervision and reconciliation"),
  claims: { data: "read" },
  checks: [list, dataSets, domainDataSets, payloadValid, get, notFound, paginationComplete, updatedSince, etag, paginationConcurrent],
};
