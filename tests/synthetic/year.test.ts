// The synthetic year without plants: deterministic, valid against the contracts, lifecycles in order with
// nested codes, the statutory periods kept (limits from specs/quality), and memory flat on a larger run.
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { DATA_SETS, generateYear, loadSchemaBundle } from "../../src/synthetic/index.ts";
import { Index, days, findings, hours, ruleParam, run, sectionOf, workdays, yuan } from "./helpers.ts";

const clean = { defectRate: 0, collusionRate: 0, correctionRate: 0 };
const bundle = loadSchemaBundle();
const { year, records } = run({ seed: 11, projects: 160, ...clean });
const ix = new Index(records);
const sections = ix.of(502).map((r) => r.context.BID_SECTION_CODE!);
const lots = ix.of(550).map((r) => sectionOf(r.context)!);

/** The fields of `from` that `blanked` left blank. */
const pick = (from: Record<string, string | undefined>, blanked: Record<string, string | undefined>) => Object.fromEntries(Object.entries(blanked).filter(([, v]) => v === "").map(([k]) => [k, from[k]]));

describe("generateYear", () => {
  it("gives the same records for the same seed, and others for another", () => {
    const a = JSON.stringify([...generateYear({ seed: 3, projects: 12 })]);
    expect(JSON.stringify([...generateYear({ seed: 3, projects: 12 })])).toBe(a);
    expect(JSON.stringify([...generateYear({ seed: 4, projects: 12 })])).not.toBe(a);
    expect(JSON.stringify([...generateYear({ seed: "three", projects: 12 })])).toBe(JSON.stringify([...generateYear({ seed: "three", projects: 12 })]));
  });

  it("iterates afresh each time, with the same truth and stats", () => {
    const y = generateYear({ seed: 9, projects: 15, defectRate: 0.5 });
    const first = JSON.stringify([...y]);
    const truth = JSON.stringify(y.truth);
    expect(JSON.stringify([...y])).toBe(first);
    expect(JSON.stringify(y.truth)).toBe(truth);
    expect(y.stats.lifecycles).toBe(15);
  });

  it("generates every data set of a full year that has a schema, and names those that have none", () => {
    expect(year.missingDataSets).toEqual(DATA_SETS.filter((n) => !bundle.dataSets.has(n)));
    const generated = new Set(records.map((r) => r.DATA_NO));
    expect(DATA_SETS.filter((n) => bundle.dataSets.has(n) && !generated.has(n))).toEqual([]);
    expect([...generated].filter((n) => !DATA_SETS.includes(n))).toEqual([]);
    expect(year.stats.records).toBe(records.length);
    expect(year.stats.engineering + year.stats.procurement).toBe(160);
  });

  it("reports a share of records with a slip, corrected later as a change; the rest is the same as without", () => {
    const o = { seed: 11, projects: 40, ...clean };
    const plain = [...generateYear(o)];
    const y = generateYear({ ...o, correctionRate: 0.5 });
    const withSlips = [...y];
    expect(y.corrections.length).toBeGreaterThan(5);
    expect(y.stats.corrections).toBe(y.corrections.length);
    for (const c of y.corrections) {
      const versions = withSlips.map((r, i) => [r, i] as const).filter(([r]) => r.DATA_KEY === c.DATA_KEY);
      expect(versions.map(([r]) => r.DATA_TYPE), c.DATA_KEY).toEqual(["1", "2"]);
      const [[first], [second]] = versions as [[typeof withSlips[0], number], [typeof withSlips[0], number]];
      expect(first.context[c.field]).toBe("");
      expect(second.context[c.field]).not.toBe("");
      expect(second.context.DATA_TIMESTAMP! > first.context.DATA_TIMESTAMP!).toBe(true);
      expect(findings(second)).toEqual([]);
    }
    // Take the corrections out and put the slipped names back: the records of the run without corrections.
    const corrected = new Map(withSlips.filter((r) => r.DATA_TYPE === "2").map((r) => [r.DATA_KEY, r]));
    const restored = withSlips.filter((r) => r.DATA_TYPE !== "2").map((r) => (corrected.has(r.DATA_KEY) ? { ...r, context: { ...r.context, ...pick(corrected.get(r.DATA_KEY)!.context, r.context) } } : r));
    expect(restored).toEqual(plain);
  });

  it("stops after about N records, finishing the project under way", () => {
    const y = generateYear({ seed: 2, records: 1_000 });
    const n = [...y].length;
    expect(n).toBeGreaterThanOrEqual(1_000);
    expect(n).toBeLessThan(1_000 + 600);
  });

  it.each([[11], [12], [13]])("gives records that meet the contracts (seed %i)", (seed) => {
    const recs = seed === 11 ? records : run({ seed, projects: 40, ...clean }).records;
    const bad = recs.flatMap((r) => findings(r).map((f) => `${r.DATA_NO} ${r.DATA_KEY} ${f.ruleId} ${f.path} ${f.message.en}`));
    expect(bad).toEqual([]);
  });

  it("keys every record uniquely: SYSTEM_NO + DATA_NO + serial, 22 characters, from several systems", () => {
    expect(new Set(records.map((r) => r.DATA_KEY)).size).toBe(records.length);
    for (const r of records) expect(r.DATA_KEY).toMatch(new RegExp(`^(0201|0202|0203)${r.DATA_NO}\\d+$`));
    expect(new Set(records.map((r) => r.DATA_KEY.slice(0, 4))).size).toBe(3);
  });

  it("nests the codes: project (E + Xiamen region + 10 digits) → tender project → section", () => {
    const projects = ix.codes(500, "PROJECT_CODE");
    const tps = ix.codes(501, "TENDER_PROJECT_CODE");
    for (const p of projects) expect(p).toMatch(/^E35020[3569]\d{10}$|^E3502(11|12|13)\d{10}$/);
    for (const r of ix.of(501)) {
      expect(r.context.TENDER_PROJECT_CODE).toMatch(new RegExp(`^${r.context.PROJECT_CODE}\\d{3}$`));
      expect(projects.has(r.context.PROJECT_CODE!)).toBe(true);
    }
    for (const r of records) {
      const c = r.context;
      const section = c.BID_SECTION_CODE ?? c.BID_SECTION_CODES;
      if (!c.TENDER_PROJECT_CODE || !section) continue;
      expect(section, `${r.DATA_NO} ${r.DATA_KEY}`).toMatch(new RegExp(`^${c.TENDER_PROJECT_CODE}\\d{3}$`));
      expect(tps.has(c.TENDER_PROJECT_CODE), `${r.DATA_NO} ${r.DATA_KEY}`).toBe(true);
      expect(sections.includes(section), `${r.DATA_NO} ${r.DATA_KEY}`).toBe(true);
    }
  });

  it("reports each engineering section's stages in order, in time and in the stream, up to the year's end", () => {
    const opened = [502, 503, 504, 507, 506, 508, 509, 510, 511, 513, 512];
    const failedTender = [502, 503, 504, 507, 517];
    let failed = 0;
    let complete = 0;
    for (const s of sections) {
      const first = (n: number) => ix.position.get(ix.in(s, n)[0]!) ?? -1;
      const bids = ix.in(s, 507);
      const fails = bids.length < 3;
      const order = fails ? failedTender : opened;
      const present = order.filter((n) => first(n) >= 0);
      // the stages present are the first ones of the lifecycle (later ones may fall after 31 December), in stream order
      expect(present, s).toEqual(order.slice(0, present.length));
      expect(present.map(first), s).toEqual([...present.map(first)].sort((a, b) => a - b));
      const one = (n: number) => ix.in(s, n)[0]?.context ?? {};
      const times = [one(502).CREATE_TIME, one(503).NOTICE_SEND_TIME, one(503).BID_DOC_REFER_END_TIME, one(506).BID_OPENING_TIME, one(509).SUBMIT_TIME, one(511).PUBLICITY_START_TIME, one(511).PUBLICITY_END_TIME, one(513).NOTICE_SEND_TIME, one(512).CONTRACT_SIGN_TIME].filter(Boolean);
      expect(times, s).toEqual([...times].sort());
      expect(bids.length, s).toBeLessThanOrEqual(12);
      if (fails && present.includes(517)) failed++;
      if (present.includes(512)) complete++;
      // a section whose notice went out before autumn is finished within the year
      if (one(503).NOTICE_SEND_TIME! < "20250901") expect(present.includes(512) || present.includes(517), s).toBe(true);
    }
    expect(failed).toBeGreaterThan(0);
    expect(complete).toBeGreaterThan(sections.length / 2);
  });

  it("keeps each project's 500 before its 501s, and each procurement lot's stages in order", () => {
    for (const r of ix.of(501)) {
      const project = ix.of(500).find((p) => p.context.PROJECT_CODE === r.context.PROJECT_CODE)!;
      expect(ix.position.get(project)!).toBeLessThan(ix.position.get(r)!);
    }
    const stages = [550, 551, 557, 556, 553, 554];
    for (const lot of lots) {
      const present = stages.filter((n) => ix.in(lot, n).length > 0);
      expect(present, lot).toEqual(stages.slice(0, present.length));
      const one = (n: number) => ix.in(lot, n)[0]?.context ?? {};
      const times = [one(550).CREATE_TIME, one(551).BULLETIN_START_TIME, one(551).BID_CLOSING_TIME, one(556).BID_OPENING_TIME, one(553).WIN_BID_BULLETIN_START_TIME, one(554).SIGNING_TIME].filter(Boolean);
      expect(times, lot).toEqual([...times].sort());
      if (one(550).CREATE_TIME! < "20250901") expect(present, lot).toEqual(stages);
    }
  });

  it("spreads the lifecycles over 2025 and reports nothing after it", () => {
    const months = new Set(ix.of(503).map((r) => r.context.NOTICE_SEND_TIME!.slice(0, 6)));
    expect(months.size).toBe(12);
    for (const r of records) expect(r.context.DATA_TIMESTAMP!.slice(0, 4), r.DATA_KEY).toBe("2025");
  });

  it("draws 5 or 7 experts with one chair, candidates from the bidders, and awards the first at its bid price", () => {
    for (const s of sections) {
      if (ix.in(s, 512).length === 0) continue;
      const experts = ix.in(s, 508);
      expect([5, 7]).toContain(experts.length);
      expect(experts.filter((e) => e.context.IS_CHAIR_MAN === "1")).toHaveLength(1);
      const bids = new Map(ix.in(s, 507).map((b) => [b.context.BIDDER_ORG_CODE!, b.context]));
      const candidates = ix.in(s, 510).sort((a, b) => Number(a.context.WIN_CANDIDATE_ORDER) - Number(b.context.WIN_CANDIDATE_ORDER));
      expect(candidates).toHaveLength(3);
      for (const c of candidates) expect(bids.has(c.context.WIN_CANDIDATE_CODE!), s).toBe(true);
      const award = ix.in(s, 513)[0]!.context;
      expect(award.WIN_BIDDER_CODE).toBe(candidates[0]!.context.WIN_CANDIDATE_CODE);
      const bid = bids.get(award.WIN_BIDDER_CODE!)!;
      expect(yuan(award.BID_AMOUNT, award.PRICE_UNIT)).toBeCloseTo(yuan(bid.BID_PRICE, bid.PRICE_UNIT), 6);
      expect(ix.in(s, 512)[0]!.context.BIDDER_CODE).toBe(award.WIN_BIDDER_CODE);
    }
  });

  it("mixes 元 and 万元 amounts, tendering with and without an agency, and postponed openings", () => {
    const units = new Set(ix.of(507).map((r) => r.context.PRICE_UNIT));
    expect(units.size).toBe(2);
    expect(new Set(ix.of(501).map((r) => r.context.TENDER_ORGANIZE_FORM)).size).toBe(2);
    expect(ix.of(504).some((r) => r.context.IS_POSTPONE === "1" && r.context.POST_OPEN_TIME)).toBe(true);
    expect(ix.of(500).some((r) => r.context.RELATE_CODE === "1" && r.context.INVEST_PROJECT_CODE)).toBe(true);
  });
});

describe("the statutory periods on clean data (limits from specs/quality)", () => {
  const cases: Array<[rule: string, check: () => Array<[string, number]>, bound: "min" | "max"]> = [
    ["QT-BID-PERIOD", () => ix.of(503).map((r) => [r.DATA_KEY, days(r.context.DOC_GET_START_TIME!, r.context.BID_DOC_REFER_END_TIME!)]), "min"],
    ["QT-DOC-SALE-PERIOD", () => ix.of(503).map((r) => [r.DATA_KEY, days(r.context.DOC_GET_START_TIME!, r.context.DOC_GET_END_TIME!)]), "min"],
    ["QT-CLARIFY-LEAD", () => ix.of(504).map((r) => [r.DATA_KEY, days(r.context.SUBMIT_TIME!, r.context.BID_DOC_REFER_END_TIME!)]), "min"],
    ["QT-CANDIDATE-PUBLISH", () => ix.of(511).map((r) => [r.DATA_KEY, days(ix.in(sectionOf(r.context)!, 509)[0]!.context.SUBMIT_TIME!, r.context.PUBLICITY_START_TIME!)]), "max"],
    ["QT-CANDIDATE-PERIOD", () => ix.of(511).map((r) => [r.DATA_KEY, days(r.context.PUBLICITY_START_TIME!, r.context.PUBLICITY_END_TIME!)]), "min"],
    ["QT-CONTRACT-SIGN", () => ix.of(512).map((r) => [r.DATA_KEY, days(ix.in(sectionOf(r.context)!, 513)[0]!.context.NOTICE_SEND_TIME!, r.context.CONTRACT_SIGN_TIME!)]), "max"],
    ["QT-GP-BID-PERIOD", () => ix.of(551).map((r) => [r.DATA_KEY, days(r.context.BULLETIN_START_TIME!, r.context.BID_CLOSING_TIME!)]), "min"],
    ["QT-GP-RESULT-PUBLISH", () => ix.of(553).map((r) => [r.DATA_KEY, workdays(ix.in(sectionOf(r.context)!, 556)[0]!.context.BID_OPENING_TIME!, r.context.WIN_BID_BULLETIN_START_TIME!)]), "max"],
    ["QT-GP-CONTRACT-PUBLISH", () => ix.of(554).map((r) => [r.DATA_KEY, workdays(r.context.SIGNING_TIME!, r.context.DATA_TIMESTAMP!)]), "max"],
  ];
  it.each(cases)("%s", (rule, check, bound) => {
    const limit = ruleParam(rule, bound);
    const values = check();
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter(([, v]) => (bound === "min" ? v < limit : v > limit))).toEqual([]);
  });

  it("QT-REPORT-LAG: every event reported within the limit, the same day", () => {
    const events: Record<number, string> = { 503: "NOTICE_SEND_TIME", 504: "SUBMIT_TIME", 505: "BID_INVITE_ISSUE_TIME", 506: "BID_OPENING_TIME", 509: "SUBMIT_TIME", 511: "PUBLICITY_START_TIME", 512: "CONTRACT_SIGN_TIME", 513: "NOTICE_SEND_TIME", 517: "APPROVAL_TIME", 551: "BULLETIN_START_TIME", 552: "MODIFICATION_START_TIME", 553: "WIN_BID_BULLETIN_START_TIME", 556: "BID_OPENING_TIME" };
    const max = ruleParam("QT-REPORT-LAG", "max");
    const late = records.filter((r) => events[r.DATA_NO]).map((r) => [r.DATA_KEY, hours(r.context[events[r.DATA_NO]!]!, r.context.DATA_TIMESTAMP!)] as const);
    expect(late.filter(([, h]) => h < 0 || h > max)).toEqual([]);
  });
});

describe("memory", () => {
  it("stays flat on a larger run (records counted, not kept)", () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    let n = 0;
    let early = 0;
    for (const _ of generateYear({ seed: 8, records: 40_000 })) if (++n === 10_000) early = heap();
    const late = heap();
    expect(n).toBeGreaterThanOrEqual(40_000);
    // the parties' windows fill early; 30,000 more records must not add what they hold
    expect((late - early) / 1e6).toBeLessThan(20);
  }, 120_000);
});
