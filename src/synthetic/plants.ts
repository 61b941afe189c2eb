/**
 * Planted defects and collusion patterns, one kind per quality rule (IDs of issue 6's rule set).
 * A plant breaks its own rule only and keeps every record valid against the schemas: a defect is
 * business-rule wrong, not malformed. Each kind says which data sets (and optional fields) it needs,
 * how the lifecycle must look (its first section or package is the target), how the plan is bent,
 * and which records it then changes. Violations are clear (days, not hours, past a limit).
 */
import { competitive, decimal, priceLimits } from "./money.ts";
import { rank, setBids, type EngineeringPlan, type Section, type Shape } from "./engineering.ts";
import type { ProcurementPlan, ProcurementShape } from "./procurement.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import type { SchemaBundle } from "./schemas.ts";
import type { Draft, World } from "./world.ts";

/** One planted defect or pattern, as the truth file lists it. */
export interface Plant {
  ruleId: string;
  kind: "defect" | "collusion";
  /** The record that carries the defect (for a missing record: the record that is left without it). */
  DATA_NO: number;
  DATA_KEY: string;
  PROJECT_CODE?: string;
  TENDER_PROJECT_CODE?: string;
  BID_SECTION_CODE?: string;
  PURCHASE_PROJECT_CODE?: string;
  PURCHASE_SECTION_CODE?: string;
  fields: string[];
  description: string;
  /** Other records of the same plant: the other bidders of a pattern, the other sections of a ring. */
  related?: Array<{ DATA_NO: number; DATA_KEY: string; BID_SECTION_CODE?: string }>;
  /** The data set whose record was left out (QF-LIFECYCLE, QA-REF-*). */
  missingDataNo?: number;
  /** Rules that the plant cannot help tripping too, under the rule set's own definitions. */
  overlaps?: string[];
}

/** What `apply` returns: the record, fields and words of the plant; keys are filled in on emission. */
export interface Target {
  draft: Draft;
  fields: string[];
  description: string;
  related?: Draft[];
  missingDataNo?: number;
}

interface KindBase {
  ruleId: string;
  collusion: boolean;
  /** Rules the plant cannot help tripping too (see Plant.overlaps). */
  overlaps?: string[];
  /** Data sets that must have a schema. */
  needs: number[];
  /** Fields that must be optional in their data set's schema: all of them, or any one of them. */
  optional?: { dataNo: number; fields: string[]; any?: boolean };
}

export interface EngineeringKind extends KindBase {
  domain: "engineering";
  shape?: Shape;
  plan?(w: World, p: EngineeringPlan, n: number): void;
  apply(w: World, p: EngineeringPlan, drafts: Draft[], n: number): Target;
}

export interface ProcurementKind extends KindBase {
  domain: "procurement";
  shape?: ProcurementShape;
  apply(w: World, p: ProcurementPlan, drafts: Draft[], n: number): Target;
}

export type PlantKind = EngineeringKind | ProcurementKind;

const target = (p: EngineeringPlan): Section => p.tps[0]!.sections[0]!;

/** The drafts of `dataNo` whose fields match `where`. */
function all(drafts: Draft[], dataNo: number, where: Record<string, string | undefined>): Draft[] {
  return drafts.filter((x) => x.dataNo === dataNo && Object.entries(where).every(([k, v]) => x.fields[k] === v));
}

/** The first of them; a plant that finds none is a bug of its kind. */
function find(drafts: Draft[], dataNo: number, where: Record<string, string | undefined>): Draft {
  const d = all(drafts, dataNo, where)[0];
  if (!d) throw new Error(`synthetic: no ${dataNo} record with ${JSON.stringify(where)} to plant in`);
  return d;
}

const remove = (drafts: Draft[], d: Draft) => drafts.splice(drafts.indexOf(d), 1);
const omit = (d: Draft, fields: string[]) => {
  for (const f of fields) d.fields[f] = undefined;
};

export const PLANT_KINDS: PlantKind[] = [
  // ── completeness ──
  {
    ruleId: "QC-AGENCY-FIELDS",
    collusion: false,
    domain: "engineering",
    needs: [501],
    optional: { dataNo: 501, fields: ["TENDER_AGENCY_NAME", "TENDER_AGENCY_CODE", "TENDER_AGENCY_CODE_TYPE"], any: true },
    shape: { organizeAgency: true },
    apply(w, p, drafts) {
      const d = find(drafts, 501, { TENDER_PROJECT_CODE: p.tps[0]!.code });
      const fields = optionalOf(w.bundle, 501, ["TENDER_AGENCY_NAME", "TENDER_AGENCY_CODE", "TENDER_AGENCY_CODE_TYPE"]);
      omit(d, fields);
      return { draft: d, fields, description: `TENDER_ORGANIZE_FORM is 委托招标 but ${fields.join(", ")} missing` };
    },
  },
  {
    ruleId: "QC-INVEST-CODE",
    collusion: false,
    domain: "engineering",
    needs: [500],
    optional: { dataNo: 500, fields: ["INVEST_PROJECT_CODE"] },
    shape: { fixedAsset: true },
    apply(_w, p, drafts) {
      const d = find(drafts, 500, { PROJECT_CODE: p.code });
      omit(d, ["INVEST_PROJECT_CODE"]);
      return { draft: d, fields: ["RELATE_CODE", "INVEST_PROJECT_CODE"], description: "RELATE_CODE is 1 (fixed-asset project) but INVEST_PROJECT_CODE is missing" };
    },
  },
  {
    ruleId: "QC-POSTPONE-FIELDS",
    collusion: false,
    domain: "engineering",
    needs: [504],
    optional: { dataNo: 504, fields: ["POST_OPEN_TIME", "POST_OPEN_ADDRESS"] },
    shape: { noPostpone: true },
    apply(w, p, drafts) {
      const d = find(drafts, 504, { BID_SECTION_CODE: target(p).code });
      d.fields.IS_POSTPONE = w.codes.yes;
      omit(d, ["POST_OPEN_TIME", "POST_OPEN_ADDRESS"]);
      return { draft: d, fields: ["IS_POSTPONE", "POST_OPEN_TIME", "POST_OPEN_ADDRESS"], description: "IS_POSTPONE is 1 but POST_OPEN_TIME and POST_OPEN_ADDRESS are missing" };
    },
  },
  {
    ruleId: "QC-TAX-CERT",
    collusion: false,
    domain: "engineering",
    needs: [100],
    optional: { dataNo: 100, fields: ["TAX_CERT_NO", "TAX_CERT_END_DATE", "LOCAL_TAX_CERT_NO", "LOCAL_TAX_CERT_END_DATE"] },
    plan(w, p) {
      // A company new to the market joins the target section, so that its 100 is reported here.
      const s = target(p);
      w.parties.contractors.slide(1);
      const newcomer = w.parties.contractors.newest();
      const orgs = s.bids.map((b) => b.org).filter((o) => o.id !== newcomer.id);
      setBids(w, s, [...orgs.slice(0, Math.max(2, orgs.length - 1)), newcomer]);
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const org = s.bids[s.bids.length - 1]!.org;
      const d = find(drafts, 100, { LEGAL_CODE: org.uscc });
      const fields = ["TAX_CERT_NO", "TAX_CERT_END_DATE", "LOCAL_TAX_CERT_NO", "LOCAL_TAX_CERT_END_DATE"];
      omit(d, fields);
      return { draft: d, fields, description: `${org.name} has neither tax certificate pair (TAX_CERT_NO + TAX_CERT_END_DATE, LOCAL_TAX_CERT_NO + LOCAL_TAX_CERT_END_DATE)` };
    },
  },

  // ── accuracy ──
  {
    ruleId: "QA-REF-TENDER-PROJECT",
    collusion: false,
    domain: "engineering",
    needs: [501, 502],
    // Every record that can name a tender project also names a section, and QF-LIFECYCLE counts a
    // section's tender project (its 501) as the first stage: no plant of this rule avoids both.
    overlaps: ["QF-LIFECYCLE"],
    apply(_w, p, drafts) {
      const tp = p.tps[0]!;
      remove(drafts, find(drafts, 501, { TENDER_PROJECT_CODE: tp.code }));
      const d = find(drafts, 502, { BID_SECTION_CODE: target(p).code });
      return { draft: d, fields: ["TENDER_PROJECT_CODE"], missingDataNo: 501, description: `tender project ${tp.code} is never reported (no 501); its sections and later records refer to it` };
    },
  },
  {
    ruleId: "QA-REF-PROJECT",
    collusion: false,
    domain: "engineering",
    needs: [500, 501],
    apply(_w, p, drafts) {
      remove(drafts, find(drafts, 500, { PROJECT_CODE: p.code }));
      const d = find(drafts, 501, { TENDER_PROJECT_CODE: p.tps[0]!.code });
      return { draft: d, fields: ["PROJECT_CODE"], missingDataNo: 500, description: `project ${p.code} is never reported (no 500) but its tender project refers to it` };
    },
  },
  {
    ruleId: "QA-REF-SECTION",
    collusion: false,
    domain: "engineering",
    needs: [502, 523],
    plan(_w, p) {
      target(p).bids[0]!.guarantee = true;
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const d = find(drafts, 523, { BID_SECTION_CODE: s.code });
      const phantom = p.tps[0]!.code + "9" + s.code.slice(-2);
      d.fields.BID_SECTION_CODE = phantom;
      return { draft: d, fields: ["BID_SECTION_CODE"], missingDataNo: 502, description: `the guarantee (523) names section ${phantom}, which is never reported (no 502)` };
    },
  },
  {
    ruleId: "QA-WINNER-NOT-CANDIDATE",
    collusion: false,
    domain: "engineering",
    needs: [510, 513],
    shape: { minBids: 4 },
    plan(_w, p) {
      const s = target(p);
      s.winner = s.bids.find((b) => !s.candidates.includes(b));
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const d = find(drafts, 513, { BID_SECTION_CODE: s.code });
      return { draft: d, fields: ["WIN_BIDDER_CODE", "WIN_BIDDER_NAME"], description: `the winner ${s.winner!.org.name} bid (507) but is not among the candidates (510)` };
    },
  },
  {
    ruleId: "QA-CANDIDATE-NOT-BIDDER",
    collusion: false,
    domain: "engineering",
    needs: [507, 510],
    shape: { minBids: 3 },
    plan(w, p) {
      const s = target(p);
      const outsider = w.parties.contractors.draw(w.rng, 1, s.bids.map((b) => b.org))[0]!;
      const third = s.candidates[2]!;
      s.candidates[2] = { ...third, org: outsider, pm: outsider.pms[0]!, operator: outsider.operator, fingerprint: outsider.fingerprint };
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const outsider = s.candidates[2]!.org;
      const d = find(drafts, 510, { BID_SECTION_CODE: s.code, WIN_CANDIDATE_CODE: outsider.uscc });
      return { draft: d, fields: ["WIN_CANDIDATE_CODE", "WIN_CANDIDATE_NAME"], description: `candidate 3, ${outsider.name}, never bid (no 507 in the section)` };
    },
  },
  {
    ruleId: "QA-AMOUNT-CAP",
    collusion: false,
    domain: "engineering",
    needs: [502],
    plan(w, p) {
      target(p).estimate = w.rng.int(310, 500) * 1e9; // 31–50亿元 in fen
    },
    apply(_w, p, drafts) {
      const d = find(drafts, 502, { BID_SECTION_CODE: target(p).code });
      return { draft: d, fields: ["CONTRACT_RECKON_PRICE", "PRICE_UNIT"], description: `the section's estimated contract price is ${decimal(target(p).estimate, true)}万元, over the 30亿元 cap` };
    },
  },
  {
    ruleId: "QA-WIN-AMOUNT-MISMATCH",
    collusion: false,
    domain: "engineering",
    needs: [507, 513],
    apply(w, p, drafts) {
      const s = target(p);
      const d = find(drafts, 513, { BID_SECTION_CODE: s.code });
      const wrong = Math.round(s.winner!.price * 1.05);
      d.fields.BID_AMOUNT = decimal(wrong, d.fields.PRICE_UNIT === w.codes.wan);
      return { draft: d, fields: ["BID_AMOUNT", "PRICE_UNIT"], description: `BID_AMOUNT is ${decimal(wrong, false)}元 but the winner bid ${decimal(s.winner!.price, false)}元 (507)` };
    },
  },
  {
    ruleId: "QA-CODE-HIERARCHY",
    collusion: false,
    domain: "engineering",
    needs: [501, 502, 506],
    shape: { tenderProjects: 2 },
    apply(_w, p, drafts) {
      const s = target(p);
      const other = p.tps[1]!.code;
      const d = find(drafts, 506, { BID_SECTION_CODES: s.code });
      d.fields.TENDER_PROJECT_CODE = other;
      return { draft: d, fields: ["TENDER_PROJECT_CODE", "BID_SECTION_CODES"], description: `the opening record names tender project ${other} for section ${s.code}, which belongs to ${p.tps[0]!.code} (502)` };
    },
  },

  // ── timeliness ──
  {
    ruleId: "QT-BID-PERIOD",
    collusion: false,
    domain: "engineering",
    needs: [503],
    shape: { bidPeriodDays: 16, lawMust: true, noPostpone: true },
    apply(_w, p, drafts) {
      const d = find(drafts, 503, { BID_SECTION_CODES: target(p).code });
      return { draft: d, fields: ["DOC_GET_START_TIME", "BID_DOC_REFER_END_TIME"], description: "16 days from issuing the documents to the bid deadline (at least 20)" };
    },
  },
  {
    ruleId: "QT-DOC-SALE-PERIOD",
    collusion: false,
    domain: "engineering",
    needs: [503],
    shape: { docSaleDays: 2, lawMust: true },
    apply(_w, p, drafts) {
      const d = find(drafts, 503, { BID_SECTION_CODES: target(p).code });
      return { draft: d, fields: ["DOC_GET_START_TIME", "DOC_GET_END_TIME"], description: "the documents are on sale for 2 days (at least 5)" };
    },
  },
  {
    ruleId: "QT-CLARIFY-LEAD",
    collusion: false,
    domain: "engineering",
    needs: [504],
    shape: { clarificationLeadDays: 8, lawMust: true },
    apply(_w, p, drafts) {
      const ds = all(drafts, 504, { BID_SECTION_CODE: target(p).code });
      const d = ds[ds.length - 1]!;
      return { draft: d, fields: ["SUBMIT_TIME", "BID_DOC_REFER_END_TIME"], description: "a clarification issued 8 days before the bid deadline (at least 15), without postponing it" };
    },
  },
  {
    ruleId: "QT-CANDIDATE-PUBLISH",
    collusion: false,
    domain: "engineering",
    needs: [509, 511],
    shape: { publishDelayDays: 7 },
    apply(_w, p, drafts) {
      const d = find(drafts, 511, { BID_SECTION_CODES: target(p).code });
      return { draft: d, fields: ["PUBLICITY_START_TIME"], description: "candidates published 7 days after the evaluation report (at most 3)" };
    },
  },
  {
    ruleId: "QT-CANDIDATE-PERIOD",
    collusion: false,
    domain: "engineering",
    needs: [511],
    shape: { publicityDays: 1 },
    apply(_w, p, drafts) {
      const d = find(drafts, 511, { BID_SECTION_CODES: target(p).code });
      return { draft: d, fields: ["PUBLICITY_START_TIME", "PUBLICITY_END_TIME"], description: "candidates publicised for 1 day (at least 3)" };
    },
  },
  {
    ruleId: "QT-CONTRACT-SIGN",
    collusion: false,
    domain: "engineering",
    needs: [512, 513],
    shape: { signDays: 45 },
    apply(_w, p, drafts) {
      const d = find(drafts, 512, { BID_SECTION_CODE: target(p).code });
      return { draft: d, fields: ["CONTRACT_SIGN_TIME"], description: "contract signed 45 days after the award notice (at most 30)" };
    },
  },
  {
    ruleId: "QT-REPORT-LAG",
    collusion: false,
    domain: "engineering",
    needs: [503],
    apply(w, p, drafts) {
      const d = find(drafts, 503, { BID_SECTION_CODES: target(p).code });
      const days = w.rng.int(20, 40);
      d.lag = days * 86_400 + w.rng.int(0, 3_600);
      return { draft: d, fields: ["DATA_TIMESTAMP", "NOTICE_SEND_TIME"], description: `the notice is reported ${days} days after it was published` };
    },
  },
  {
    ruleId: "QT-GP-BID-PERIOD",
    collusion: false,
    domain: "procurement",
    needs: [551],
    shape: { bidPeriodDays: 12, openTendering: true },
    apply(_w, p, drafts) {
      const d = find(drafts, 551, { PURCHASE_SECTION_CODE: p.packages[0]!.code });
      return { draft: d, fields: ["BULLETIN_START_TIME", "BID_CLOSING_TIME"], description: "12–14 days from the procurement notice to the closing (at least 20, open tendering)" };
    },
  },
  {
    ruleId: "QT-GP-RESULT-PUBLISH",
    collusion: false,
    domain: "procurement",
    needs: [553, 556],
    shape: { resultWorkdays: 5 },
    apply(_w, p, drafts) {
      const d = find(drafts, 553, { PURCHASE_SECTION_CODE: p.packages[0]!.code });
      return { draft: d, fields: ["WIN_BID_BULLETIN_START_TIME"], description: "the result is published 5 working days after the opening (at most 2)" };
    },
  },
  {
    ruleId: "QT-GP-CONTRACT-PUBLISH",
    collusion: false,
    domain: "procurement",
    needs: [554],
    shape: { contractWorkdays: 5 },
    apply(_w, p, drafts) {
      const d = find(drafts, 554, { PURCHASE_SECTION_CODE: p.packages[0]!.code });
      return { draft: d, fields: ["DATA_TIMESTAMP", "SIGNING_TIME"], description: "the contract is published (reported) 5 working days after signing (at most 2)" };
    },
  },

  // ── comprehensiveness ──
  {
    ruleId: "QF-LIFECYCLE",
    collusion: false,
    domain: "engineering",
    needs: [502, 503, 512, 513],
    // Open tendering, so that no 505 stands in for the notice; a later stage is left in place, so the
    // gap shows even while the section is still in its settling period.
    shape: { lawMust: true },
    apply(_w, p, drafts, n) {
      const s = target(p);
      const missing = n % 2 === 0 ? 513 : 503;
      remove(drafts, find(drafts, missing, missing === 503 ? { BID_SECTION_CODES: s.code } : { BID_SECTION_CODE: s.code }));
      const d = find(drafts, 502, { BID_SECTION_CODE: s.code });
      return { draft: d, fields: [], missingDataNo: missing, description: `the section has no ${missing === 513 ? "award notice (513)" : "tender notice (503)"}, though later stages are reported, and no exception report (517)` };
    },
  },

  // ── collusion early warnings ──
  {
    ruleId: "QW-SAME-BID-DOC-FEATURE",
    collusion: true,
    domain: "engineering",
    needs: [507, 519],
    shape: { minBids: 4, with519: true },
    plan(_w, p) {
      const s = target(p);
      s.bids[1]!.fingerprint = s.bids[0]!.fingerprint;
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const [a, b] = [0, 1].map((i) => find(drafts, 519, { BID_SECTION_CODE: s.code, BIDDER_ORG_CODE: s.bids[i]!.org.uscc }));
      return { draft: b!, related: [a!], fields: ["CPU_ID", "HARD_DISK_SERIAL_NUMBER", "MEMORY_SERIAL_NUMBER", "MAC_ADDRESS", "NET_ID"], description: `${s.bids[0]!.org.name} and ${s.bids[1]!.org.name} made their bid documents on the same machine` };
    },
  },
  {
    ruleId: "QW-SAME-CONTACT",
    collusion: true,
    domain: "engineering",
    needs: [507],
    shape: { minBids: 4 },
    plan(_w, p, n) {
      const s = target(p);
      if (n % 2 === 0) s.bids[1]!.operator = s.bids[0]!.operator;
      else s.bids[1]!.pm = s.bids[0]!.pm;
    },
    apply(_w, p, drafts, n) {
      const s = target(p);
      const [a, b] = [0, 1].map((i) => find(drafts, 507, { BID_SECTION_CODE: s.code, BIDDER_ORG_CODE: s.bids[i]!.org.uscc }));
      const fields = n % 2 === 0 ? ["BIDDER_OPERATION_PERSON", "BIDDER_OPERATION_PERSON_ID", "BIDDER_OPERATION_PERSON_CON"] : ["BID_MANAGER", "PM_CODE"];
      return { draft: b!, related: [a!], fields, description: `${s.bids[0]!.org.name} and ${s.bids[1]!.org.name} name the same ${n % 2 === 0 ? "operator" : "project manager"}` };
    },
  },
  {
    ruleId: "QW-PRICE-PATTERN",
    collusion: true,
    domain: "engineering",
    needs: [507],
    shape: { minBids: 6, maxBids: 7 },
    plan(w, p) {
      const s = target(p);
      const base = s.control * w.rng.range(0.95, 0.98);
      const step = base * w.rng.range(0.012, 0.02);
      const noise = step * priceLimits().tolerance * 0.01;
      const order = w.rng.sample(s.bids.length, s.bids.length);
      s.bids.forEach((b, i) => (b.price = Math.round(base - order[i]! * step + w.rng.range(-noise, noise))));
      rank(w, s);
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const ds = s.bids.map((b) => find(drafts, 507, { BID_SECTION_CODE: s.code, BIDDER_ORG_CODE: b.org.uscc }));
      return { draft: ds[0]!, related: ds.slice(1), fields: ["BID_PRICE", "PRICE_UNIT"], description: `the ${s.bids.length} bid prices form an arithmetic sequence (equal steps, within 1% of the rule's tolerance)` };
    },
  },
  {
    ruleId: "QW-PRICE-BAND",
    collusion: true,
    domain: "engineering",
    needs: [507],
    shape: { minBids: 5, maxBids: 6 },
    plan(w, p) {
      const s = target(p);
      const base = s.control * w.rng.range(0.95, 0.98);
      const width = priceLimits().band * 0.6;
      let offsets: number[] = [];
      do offsets = s.bids.map(() => w.rng.range(0, width));
      while (!competitive(offsets.map((o) => 1 + o), 0));
      s.bids.forEach((b, i) => (b.price = Math.round(base * (1 - offsets[i]!))));
      rank(w, s);
    },
    apply(_w, p, drafts) {
      const s = target(p);
      const ds = s.bids.map((b) => find(drafts, 507, { BID_SECTION_CODE: s.code, BIDDER_ORG_CODE: b.org.uscc }));
      return { draft: ds[0]!, related: ds.slice(1), fields: ["BID_PRICE", "PRICE_UNIT"], description: `all ${s.bids.length} bid prices lie within ${(priceLimits().band * 60).toFixed(1)}% of the lowest` };
    },
  },
  {
    ruleId: "QW-ROTATING-LOSERS",
    collusion: true,
    domain: "engineering",
    needs: [507, 513],
    shape: { sections: 3, construction: true, minBids: 4, maxBids: 4 },
    plan(w, p) {
      const [winner, ...ring] = w.parties.contractors.draw(w.rng, 4);
      for (const s of p.tps[0]!.sections) {
        setBids(w, s, [winner!, ...ring]);
        // The winner quotes lowest and the ring covers it: the bids in price order.
        const prices = s.bids.map((b) => b.price).sort((a, b) => a - b);
        s.bids.forEach((b, i) => (b.price = prices[i]!));
        s.candidates = s.bids.slice(0, 3);
        s.winner = s.bids[0];
      }
    },
    apply(_w, p, drafts) {
      const sections = p.tps[0]!.sections;
      const awards = sections.map((s) => find(drafts, 513, { BID_SECTION_CODE: s.code }));
      const losers = sections.flatMap((s) => s.bids.slice(1).map((b) => find(drafts, 507, { BID_SECTION_CODE: s.code, BIDDER_ORG_CODE: b.org.uscc })));
      const s0 = sections[0]!;
      return {
        draft: awards[awards.length - 1]!,
        related: [...awards.slice(0, -1), ...losers],
        fields: ["WIN_BIDDER_CODE", "BIDDER_ORG_CODE"],
        description: `${s0.bids.slice(1).map((b) => b.org.name).join("、")} lose to ${s0.bids[0]!.org.name} in all ${sections.length} sections`,
      };
    },
  },
];

/** Which of `fields` are optional in data set `dataNo`'s schema. */
export function optionalOf(bundle: SchemaBundle, dataNo: number, fields: string[]): string[] {
  const ds = bundle.dataSets.get(dataNo);
  return fields.filter((f) => ds?.byName.get(f) && !ds.byName.get(f)!.required);
}

/** Why a kind cannot be planted with these schemas, or undefined when it can. */
export function unplantable(kind: PlantKind, bundle: SchemaBundle): LocalizedText | undefined {
  const missing = kind.needs.filter((n) => !bundle.dataSets.has(n));
  if (missing.length > 0) return { zh: `数据集 ${missing.join("、")} 尚无数据契约`, en: `no schema for data set ${missing.join(", ")}` };
  if (kind.optional) {
    const { dataNo, fields, any } = kind.optional;
    const optional = optionalOf(bundle, dataNo, fields);
    const ok = any ? optional.length > 0 : optional.length === fields.filter((f) => bundle.dataSets.get(dataNo)!.byName.has(f)).length;
    const required = fields.filter((f) => !optional.includes(f)).join(", ");
    if (!ok)
      return {
        zh: `${dataNo} 的数据契约规定 ${required} 为必填，缺少它们的记录不符合契约，而非业务规则缺陷`,
        en: `the ${dataNo} schema makes ${required} required, so a record without them would be malformed, not a business-rule defect`,
      };
  }
  return undefined;
}
