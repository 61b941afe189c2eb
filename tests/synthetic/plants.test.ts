// Planted defects and collusion patterns: every kind the schemas allow is planted, evenly, each in a record
// that still meets the contracts, and each breaks what its rule checks (limits from specs/quality).
import { describe, expect, it } from "vitest";
import type { ReportRecord } from "../../specs/reporting/contracts/envelope.ts";
import { PLANT_KINDS, generateYear, loadSchemaBundle, unplantable, type Plant, type SchemaBundle } from "../../src/synthetic/index.ts";
import { regularRun, steps } from "../../src/synthetic/money.ts";
import { Index, days, findings, hours, ruleParam, run, sectionOf, workdays, yuan, type Ctx } from "./helpers.ts";

const bundle = loadSchemaBundle();
const { year, records } = run({ seed: 2026, projects: 260, defectRate: 0.6, collusionRate: 0.3 });
const ix = new Index(records);
const truth = year.truth;

type RuleId = (typeof PLANT_KINDS)[number]["ruleId"];
type Check = (c: Ctx, p: Plant, related: Ctx[]) => boolean;

const section = (c: Ctx) => sectionOf(c)!;
const one = (c: Ctx, dataNo: number) => ix.in(section(c), dataNo)[0]!.context;
const codesIn = (c: Ctx, dataNo: number, field: string) => new Set<string | undefined>(ix.in(section(c), dataNo).map((r) => r.context[field]));
const same = (a: Ctx, b: Ctx, fields: string[]) => fields.every((f) => a[f] !== undefined && a[f] === b[f]);
const prices = (cs: Ctx[]) => cs.map((c) => yuan(c.BID_PRICE, c.PRICE_UNIT));

/** What each planted record shows: the rule's condition, broken. */
const BROKEN: Record<string, Check> = {
  "QC-AGENCY-FIELDS": (c, p) => c.TENDER_ORGANIZE_FORM === "2" && p.fields.some((f) => c[f] === undefined),
  "QC-INVEST-CODE": (c) => c.RELATE_CODE === "1" && c.INVEST_PROJECT_CODE === undefined,
  "QC-POSTPONE-FIELDS": (c) => c.IS_POSTPONE === "1" && c.POST_OPEN_TIME === undefined && c.POST_OPEN_ADDRESS === undefined,
  "QC-TAX-CERT": (c) => c.TAX_CERT_NO === undefined && c.LOCAL_TAX_CERT_NO === undefined,
  "QA-REF-TENDER-PROJECT": (c) => !ix.codes(501, "TENDER_PROJECT_CODE").has(c.TENDER_PROJECT_CODE!),
  "QA-REF-PROJECT": (c) => !ix.codes(500, "PROJECT_CODE").has(c.PROJECT_CODE!),
  "QA-REF-SECTION": (c) => !ix.codes(502, "BID_SECTION_CODE").has(c.BID_SECTION_CODE!),
  "QA-WINNER-NOT-CANDIDATE": (c) => !codesIn(c, 510, "WIN_CANDIDATE_CODE").has(c.WIN_BIDDER_CODE) && codesIn(c, 507, "BIDDER_ORG_CODE").has(c.WIN_BIDDER_CODE),
  "QA-CANDIDATE-NOT-BIDDER": (c) => !codesIn(c, 507, "BIDDER_ORG_CODE").has(c.WIN_CANDIDATE_CODE),
  "QA-AMOUNT-CAP": (c) => yuan(c.CONTRACT_RECKON_PRICE, c.PRICE_UNIT) > ruleParam("QA-AMOUNT-CAP", "capYuan"),
  "QA-WIN-AMOUNT-MISMATCH": (c) => {
    const bid = ix.in(section(c), 507).find((b) => b.context.BIDDER_ORG_CODE === c.WIN_BIDDER_CODE)!.context;
    return Math.abs(yuan(c.BID_AMOUNT, c.PRICE_UNIT) - yuan(bid.BID_PRICE, bid.PRICE_UNIT)) > 1;
  },
  "QA-CODE-HIERARCHY": (c) => !c.BID_SECTION_CODES!.startsWith(c.TENDER_PROJECT_CODE!) && ix.codes(501, "TENDER_PROJECT_CODE").has(c.TENDER_PROJECT_CODE!),
  "QT-BID-PERIOD": (c) => days(c.DOC_GET_START_TIME!, c.BID_DOC_REFER_END_TIME!) < ruleParam("QT-BID-PERIOD", "min"),
  "QT-DOC-SALE-PERIOD": (c) => days(c.DOC_GET_START_TIME!, c.DOC_GET_END_TIME!) < ruleParam("QT-DOC-SALE-PERIOD", "min"),
  "QT-CLARIFY-LEAD": (c) => days(c.SUBMIT_TIME!, c.BID_DOC_REFER_END_TIME!) < ruleParam("QT-CLARIFY-LEAD", "min"),
  "QT-CANDIDATE-PUBLISH": (c) => days(one(c, 509).SUBMIT_TIME!, c.PUBLICITY_START_TIME!) > ruleParam("QT-CANDIDATE-PUBLISH", "max"),
  "QT-CANDIDATE-PERIOD": (c) => days(c.PUBLICITY_START_TIME!, c.PUBLICITY_END_TIME!) < ruleParam("QT-CANDIDATE-PERIOD", "min"),
  "QT-CONTRACT-SIGN": (c) => days(one(c, 513).NOTICE_SEND_TIME!, c.CONTRACT_SIGN_TIME!) > ruleParam("QT-CONTRACT-SIGN", "max"),
  "QT-REPORT-LAG": (c) => hours(c.NOTICE_SEND_TIME!, c.DATA_TIMESTAMP!) > ruleParam("QT-REPORT-LAG", "max"),
  "QT-GP-BID-PERIOD": (c) => days(c.BULLETIN_START_TIME!, c.BID_CLOSING_TIME!) < ruleParam("QT-GP-BID-PERIOD", "min"),
  "QT-GP-RESULT-PUBLISH": (c) => workdays(one(c, 556).BID_OPENING_TIME!, c.WIN_BID_BULLETIN_START_TIME!) > ruleParam("QT-GP-RESULT-PUBLISH", "max"),
  "QT-GP-CONTRACT-PUBLISH": (c) => workdays(c.SIGNING_TIME!, c.DATA_TIMESTAMP!) > ruleParam("QT-GP-CONTRACT-PUBLISH", "max"),
  "QF-LIFECYCLE": (c, p) => ix.in(c.BID_SECTION_CODE!, p.missingDataNo!).length === 0 && ix.in(c.BID_SECTION_CODE!, 512).length + ix.in(c.BID_SECTION_CODE!, 513).length > 0 && ix.in(c.BID_SECTION_CODE!, 517).length === 0,
  "QW-SAME-BID-DOC-FEATURE": (c, _p, [other]) => other!.BIDDER_ORG_CODE !== c.BIDDER_ORG_CODE && same(c, other!, ["CPU_ID", "HARD_DISK_SERIAL_NUMBER", "MEMORY_SERIAL_NUMBER", "MAC_ADDRESS"]),
  "QW-SAME-CONTACT": (c, p, [other]) => other!.BIDDER_ORG_CODE !== c.BIDDER_ORG_CODE && same(c, other!, p.fields),
  "QW-PRICE-PATTERN": (c, _p, related) => {
    const { diffs } = steps(prices([c, ...related]));
    return related.length + 1 >= ruleParam("QW-PRICE-PATTERN", "minRun") && regularRun(diffs, diffs.length + 1, ruleParam("QW-PRICE-PATTERN", "tolerance"));
  },
  "QW-PRICE-BAND": (c, _p, related) => {
    const ps = prices([c, ...related]);
    return ps.length >= ruleParam("QW-PRICE-BAND", "minBidders") && (Math.max(...ps) - Math.min(...ps)) / Math.min(...ps) <= ruleParam("QW-PRICE-BAND", "band");
  },
  "QW-ROTATING-LOSERS": (c, _p, related) => {
    const awards = [c, ...related.filter((r) => r.WIN_BIDDER_CODE)];
    const losers = related.filter((r) => r.BIDDER_ORG_CODE);
    const ringBySection = new Map<string, string[]>();
    for (const l of losers) ringBySection.set(l.BID_SECTION_CODE!, [...(ringBySection.get(l.BID_SECTION_CODE!) ?? []), l.BIDDER_ORG_CODE!].sort());
    const rings = new Set([...ringBySection.values()].map((r) => r.join()));
    return awards.length >= ruleParam("QW-ROTATING-LOSERS", "minRepeats") && new Set(awards.map((a) => a.WIN_BIDDER_CODE)).size === 1 && rings.size === 1 && ringBySection.size === awards.length;
  },
};

describe("planted defects and collusion patterns", () => {
  const kinds = new Map(PLANT_KINDS.map((k) => [k.ruleId, k]));

  it("has a check in this test for every kind", () => {
    expect(PLANT_KINDS.map((k) => k.ruleId).filter((id) => !BROKEN[id])).toEqual([]);
  });

  it("plants every kind the schemas allow, evenly (the counts of a category differ by one at most)", () => {
    const counts = new Map<RuleId, number>();
    for (const p of truth) counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
    const skipped = new Set(year.skippedKinds.map((k) => k.ruleId));
    for (const collusion of [false, true]) {
      const ids = PLANT_KINDS.filter((k) => k.collusion === collusion && !skipped.has(k.ruleId)).map((k) => k.ruleId);
      const n = ids.map((id) => counts.get(id) ?? 0);
      expect(Math.min(...n), ids.join()).toBeGreaterThanOrEqual(2);
      expect(Math.max(...n) - Math.min(...n)).toBeLessThanOrEqual(1);
    }
    for (const p of truth) expect(p.kind).toBe(kinds.get(p.ruleId)!.collusion ? "collusion" : "defect");
    expect([...counts.keys()].filter((id) => skipped.has(id))).toEqual([]);
  });

  it("has about the share of projects asked for", () => {
    const defects = truth.filter((p) => p.kind === "defect").length;
    expect(defects / year.stats.lifecycles).toBeGreaterThan(0.45);
    expect(defects / year.stats.lifecycles).toBeLessThan(0.75);
    expect(truth.length - defects).toBeGreaterThan(0);
  });

  it.each(PLANT_KINDS.map((k) => [k.ruleId]))("%s: the record is reported, meets the contracts and breaks the rule", (id) => {
    const plants = truth.filter((p) => p.ruleId === id);
    if (year.skippedKinds.some((k) => k.ruleId === id)) return expect(plants).toEqual([]);
    expect(plants.length).toBeGreaterThan(0);
    for (const p of plants) {
      const record = ix.byKey.get(p.DATA_KEY)!;
      expect(record, p.DATA_KEY).toBeDefined();
      expect(record.DATA_NO).toBe(p.DATA_NO);
      const related = (p.related ?? []).map((r) => ix.byKey.get(r.DATA_KEY)!);
      expect(related.every(Boolean)).toBe(true);
      for (const r of [record, ...related]) expect(findings(r).map((f) => `${f.ruleId} ${f.path}`), r.DATA_KEY).toEqual([]);
      expect(BROKEN[id]!(record.context, p, related.map((r) => r.context)), `${p.DATA_KEY}: ${p.description}`).toBe(true);
      expect(p.description.length).toBeGreaterThan(10);
    }
  });

  it("names where each plant is: the codes of its section or lot", () => {
    for (const p of truth) {
      const codes = p.BID_SECTION_CODE ? [p.PROJECT_CODE, p.TENDER_PROJECT_CODE, p.BID_SECTION_CODE] : [p.PURCHASE_PROJECT_CODE, p.PURCHASE_SECTION_CODE];
      expect(codes.every(Boolean), `${p.ruleId} ${p.DATA_KEY}`).toBe(true);
    }
  });

  it("leaves the clean projects clean: the same periods as a run without plants", () => {
    const planted = new Set(truth.map((p) => p.PROJECT_CODE ?? p.PURCHASE_PROJECT_CODE));
    const cleanBids = ix.of(503).filter((r) => !planted.has(r.context.TENDER_PROJECT_CODE!.slice(0, 17)));
    expect(cleanBids.length).toBeGreaterThan(0);
    for (const r of cleanBids) expect(days(r.context.DOC_GET_START_TIME!, r.context.BID_DOC_REFER_END_TIME!)).toBeGreaterThanOrEqual(ruleParam("QT-BID-PERIOD", "min"));
  });
});

describe("kinds the schemas do not allow", () => {
  /** The schemas with one change: a data set left out, or a field made required. */
  function changed(change: { without?: number; require?: [number, string] }): SchemaBundle {
    const dataSets = new Map(bundle.dataSets);
    if (change.without) dataSets.delete(change.without);
    if (change.require) {
      const [no, field] = change.require;
      const ds = dataSets.get(no)!;
      const fields = ds.fields.map((f) => (f.name === field ? { ...f, required: true } : f));
      dataSets.set(no, { ...ds, fields, byName: new Map(fields.map((f) => [f.name, f])) });
    }
    return { ...bundle, dataSets };
  }

  const cases: Array<[string, { without?: number; require?: [number, string] }, RegExp]> = [
    ["QW-SAME-BID-DOC-FEATURE", { without: 519 }, /519/],
    ["QC-INVEST-CODE", { require: [500, "INVEST_PROJECT_CODE"] }, /INVEST_PROJECT_CODE/],
    ["QA-REF-SECTION", { without: 523 }, /523/],
  ];
  it.each(cases)("%s is skipped, with the reason, when %j", (id, change, reason) => {
    const schemas = changed(change);
    const kind = PLANT_KINDS.find((k) => k.ruleId === id)!;
    expect(unplantable(kind, bundle)).toBeUndefined();
    const why = unplantable(kind, schemas)!;
    expect(why.en).toMatch(reason);
    expect(why.zh).toMatch(reason);
    const y = generateYear({ seed: 1, projects: 40, defectRate: 0.5, collusionRate: 0.5, schemas });
    const recs: ReportRecord[] = [...y];
    expect(y.skippedKinds.map((k) => k.ruleId)).toContain(id);
    expect(y.truth.some((p) => p.ruleId === id)).toBe(false);
    if (change.without) {
      expect(y.missingDataSets).toContain(change.without);
      expect(recs.some((r) => r.DATA_NO === change.without)).toBe(false);
    }
  });

  it("plants only the kinds asked for", () => {
    const y = generateYear({ seed: 4, projects: 30, defectRate: 0.5, collusionRate: 0.5, kinds: ["QT-BID-PERIOD", "QW-PRICE-BAND"] });
    [...y];
    expect(new Set(y.truth.map((p) => p.ruleId))).toEqual(new Set(["QT-BID-PERIOD", "QW-PRICE-BAND"]));
  });

  it("rejects rates outside 0–1 and a run without a size", () => {
    expect(() => generateYear({ projects: 1, defectRate: 1.5 })).toThrow(/defectRate/);
    expect(() => generateYear({ projects: 1, defectRate: 0.7, collusionRate: 0.4 })).toThrow(/exceed 1/);
    expect(() => generateYear({})).toThrow(/records or projects/);
  });
});
