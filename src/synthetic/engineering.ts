/**
 * The engineering-construction lifecycle (工程建设), one project at a time: 500 project → 501 tender
 * project(s) → 502 sections → 503 notice → 504 documents and clarifications → 505 invitations (invited
 * tendering) → 507 bidders with 519 bid-document features and 523 guarantees → 506 opening → 508
 * experts and 509 report (520 details) → 510 candidates → 511 publicity → 513 award → 512 contract; a
 * section with fewer than three bids fails and gets a 517 exception report (流标) instead.
 *
 * Dates keep the statutory periods with at least a day to spare (calendar days, the first day not
 * counted): ≥ 20 days from issuing the documents to the bid deadline, ≥ 5 days of document sale,
 * clarifications ≥ 15 days before the deadline, candidates published ≤ 3 days after the evaluation
 * report for ≥ 3 days, the contract ≤ 30 days after the award.
 */
import { decimal, competitive } from "./money.ts";
import type { Expert, Fingerprint, Org, Pool, ProjectManager } from "./parties.ts";
import { cityOf, type Person } from "./fake.ts";
import { investCode } from "./fill.ts";
import { DAY, HOUR, MINUTE, dayOf, ymd, ymdhms } from "./time.ts";
import { codeName } from "./codes.ts";
import { MEDIA, PLACES, PROJECT_KINDS, SUPERVISORS, APPROVERS, XIAMEN } from "./vocab.ts";
import type { Draft, TradingSystem, World } from "./world.ts";

export interface Bid {
  org: Org;
  /** In fen. */
  price: number;
  wan: boolean;
  checkin: number;
  margin: number;
  marginForm: string;
  guarantee: boolean;
  operator: Person;
  pm: ProjectManager;
  fingerprint: Fingerprint;
  md5: string;
}

export interface Section {
  seq: number;
  code: string;
  dealCode: string;
  name: string;
  classify: string;
  created: number;
  /** CONTRACT_RECKON_PRICE in fen, and CONTROL_PRICE. */
  estimate: number;
  control: number;
  notice: number;
  docStart: number;
  docEnd: number;
  deadline: number;
  /** The opening: the deadline, or the postponed time. */
  open: number;
  clarifications: Array<{ submit: number; postponeTo?: number }>;
  bids: Bid[];
  failed: boolean;
  with519: boolean;
  with520: boolean;
  experts: Expert[];
  evalEnd: number;
  report: number;
  /** Candidates in rank order, and the winner (normally the first candidate). */
  candidates: Bid[];
  winner?: Bid;
  pubStart: number;
  pubEnd: number;
  award: number;
  sign: number;
}

export interface TenderProject {
  seq: number;
  code: string;
  name: string;
  created: number;
  selfCode: string;
  agency?: Org;
  mode: string;
  lawMust: boolean;
  type: string;
  sections: Section[];
}

export interface EngineeringPlan {
  kind: "engineering";
  system: TradingSystem;
  region: string;
  code: string;
  name: string;
  created: number;
  fixedAsset: boolean;
  investCode: string;
  tenderer: Org;
  tps: TenderProject[];
}

/** What a plant asks of the lifecycle it is planted in (its first section is the target). */
export interface Shape {
  /** The lifecycle must end within the year (a plant's): it starts early enough. */
  complete?: boolean;
  /** Tender projects of the project. */
  tenderProjects?: number;
  /** Sections of the first tender project (all of them succeed), all of them construction (施工). */
  sections?: number;
  construction?: boolean;
  minBids?: number;
  maxBids?: number;
  /** The first section succeeds (three bids or more). */
  success?: boolean;
  /** Open tendering of a project that must by law be tendered, with an agency. */
  lawMust?: boolean;
  organizeAgency?: boolean;
  with519?: boolean;
  fixedAsset?: boolean;
  noPostpone?: boolean;
  bidPeriodDays?: number;
  docSaleDays?: number;
  clarificationLeadDays?: number;
  publishDelayDays?: number;
  publicityDays?: number;
  signDays?: number;
}

/** The longest an engineering lifecycle takes, in days (with the slowest plant and its report lag). */
export const ENGINEERING_SPAN = 200;

/**
 * Prices for `n` bids under `control` (fen) that look competitive (see `competitive`), with the widest
 * margin from the collusion rules' limits that a few tries can meet.
 */
export function competitivePrices(w: World, n: number, control: number): number[] {
  let prices: number[] = [];
  for (const [margin, tries] of [[5, 60], [2, 60], [1, 200]] as const)
    for (let i = 0; i < tries; i++) {
      prices = Array.from({ length: n }, () => {
        const p = Math.round(control * w.rng.range(0.84, 0.995));
        return w.rng.chance(0.4) ? Math.round(p / 100) * 100 : p;
      });
      if (competitive(prices, 0.03, margin)) return prices;
    }
  return prices;
}

function makeBid(w: World, org: Org, price: number, deadline: number): Bid {
  const r = w.rng;
  const checkin = deadline - r.int(10 * MINUTE, 20 * HOUR);
  const guarantee = r.chance(0.35);
  return {
    org,
    price,
    wan: r.chance(0.5),
    checkin,
    margin: checkin - r.int(10 * MINUTE, 6 * HOUR),
    marginForm: guarantee ? w.codes.marginGuarantee : w.codes.marginTransfer,
    guarantee,
    operator: org.operator,
    pm: org.pms[r.int(0, org.pms.length - 1)]!,
    fingerprint: org.fingerprint,
    md5: w.fake.md5(),
  };
}

/** Sets the bids of a section (competitive prices under the control price) and ranks them. */
export function setBids(w: World, s: Section, orgs: Org[]): void {
  const prices = competitivePrices(w, orgs.length, s.control);
  s.bids = orgs.map((org, i) => makeBid(w, org, prices[i]!, s.open));
  rank(w, s);
}

/**
 * `count` bidders of the section's pool whose operators and project managers have distinct names,
 * phones and ID numbers (shared ones are a collusion pattern, QW-SAME-CONTACT).
 */
function drawBidders(w: World, pool: Pool<Org>, count: number): Org[] {
  const out: Org[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const o = pool.draw(w.rng, 1, out)[0]!;
    if (o.contacts.some((v) => seen.has(v))) continue;
    for (const v of o.contacts) seen.add(v);
    out.push(o);
  }
  return out;
}

/** Ranks the bids (lower price scores better, with some weight for the technical part). */
export function rank(w: World, s: Section): void {
  if (s.failed) return;
  const scored = s.bids.map((b) => ({ b, score: b.price * w.rng.range(0.97, 1.03) })).sort((x, y) => x.score - y.score);
  s.candidates = scored.slice(0, 3).map((x) => x.b);
  s.winner = s.candidates[0];
}

/** Contractors bid for construction sections, consultants for surveys, designs, supervision and the like. */
function bidderPool(w: World, classify: string) {
  return classify === w.codes.construction ? w.parties.contractors : w.parties.consultants;
}

export function planEngineering(w: World, shape: Shape = {}): EngineeringPlan {
  const r = w.rng;
  const c = w.codes;
  const system = w.system();
  const region = w.fake.district();
  const created = w.start(shape.complete ? ENGINEERING_SPAN : 0);
  const place = r.pick(PLACES);
  const name = `${place}${r.pick(PROJECT_KINDS)}`;
  const fixedAsset = shape.fixedAsset ?? r.chance(0.7);
  const tenderer = r.chance(0.6) ? w.parties.publicBodies.draw(r, 1)[0]! : w.parties.stateOwned.draw(r, 1)[0]!;
  const code = w.projectCode(region);
  const plan: EngineeringPlan = {
    kind: "engineering",
    system,
    region,
    code,
    name,
    created,
    fixedAsset,
    investCode: investCode(r, { t: created, region, subject: name, site: system.site }),
    tenderer,
    tps: [],
  };
  const tpCount = shape.tenderProjects ?? (shape.sections !== undefined ? 1 : r.chance(0.1) ? 2 : 1);
  for (let t = 1; t <= tpCount; t++) {
    const tpCreated = w.later(created, r.int(1, 10));
    const lawMust = shape.lawMust || r.chance(0.85);
    const agency = shape.organizeAgency || shape.lawMust || r.chance(0.75) ? w.parties.agencies.draw(r, 1)[0] : undefined;
    const tp: TenderProject = {
      seq: t,
      code: code + String(t).padStart(3, "0"),
      name: tpCount > 1 ? `${name}（${t === 1 ? "一" : "二"}期）` : name,
      created: tpCreated,
      selfCode: `XMZB-${w.year}-${r.digits(5)}`,
      agency,
      mode: lawMust || r.chance(0.5) ? c.tenderOpen : c.tenderInvited,
      lawMust,
      type: r.pick(c.projectTypes.length > 0 ? c.projectTypes : [c.otherProjectType]),
      sections: [],
    };
    const sectionCount = t === 1 && shape.sections !== undefined ? shape.sections : r.pick([1, 1, 1, 2, 2, 3]);
    const many = t === 1 && shape.sections !== undefined;
    for (let k = 1; k <= sectionCount; k++) tp.sections.push(planSection(w, system, tp, k, t === 1 && k === 1 ? shape : many ? { construction: shape.construction } : {}, many));
    plan.tps.push(tp);
  }
  return plan;
}

function planSection(w: World, system: TradingSystem, tp: TenderProject, seq: number, shape: Shape, forceSuccess: boolean): Section {
  const r = w.rng;
  const construction = w.codes.construction;
  const classify = shape.construction || seq === 1 || w.codes.classify.length === 0 ? construction : r.pick(w.codes.classify);
  const kind = codeName("TENDER_PROJECT_CLASSIFY_CODE", classify);
  const scale = classify === construction ? 1 : 0.08;
  const estimate = Math.round((Math.exp(r.range(Math.log(5e7), Math.log(4e10))) * scale) / 1e4) * 1e4;
  const created = w.later(tp.created, r.int(0, 2));
  const notice = w.laterWorkday(created, r.int(1, 4), 8, 12);
  const docStart = notice;
  const docEnd = dayOf(docStart + (shape.docSaleDays ?? r.int(6, 10)) * DAY) * DAY + 17 * HOUR + 30 * MINUTE;
  const deadline = shape.bidPeriodDays !== undefined ? w.later(docStart, shape.bidPeriodDays, 9, 10) : w.laterWorkday(docStart, r.int(21, 35), 9, 10);
  const s: Section = {
    seq,
    code: tp.code + String(seq).padStart(3, "0"),
    dealCode: "",
    name: `${tp.name}${kind}${seq > 1 || r.chance(0.3) ? `${"一二三四"[seq - 1]}标段` : ""}`,
    classify,
    created,
    estimate,
    control: Math.round((estimate * r.range(0.92, 1)) / 100) * 100,
    notice,
    docStart,
    docEnd,
    deadline,
    open: deadline,
    clarifications: [],
    bids: [],
    failed: false,
    with519: shape.with519 ?? r.chance(0.6),
    with520: r.chance(0.4),
    experts: [],
    evalEnd: 0,
    report: 0,
    candidates: [],
    pubStart: 0,
    pubEnd: 0,
    award: 0,
    sign: 0,
  };
  s.dealCode = w.dealCode(tp.type, system, created);
  // Clarifications at least 16 days before the deadline; some postpone the opening.
  const latest = dayOf(deadline) - 16;
  const clarifications = shape.clarificationLeadDays !== undefined ? 0 : r.pick([0, 0, 1, 1, 2]);
  for (let i = 0; i < clarifications; i++) {
    const day = r.int(dayOf(docStart) + 1, latest);
    if (day > latest) break;
    s.clarifications.push({ submit: w.workTime(day * DAY, 9, 17) });
  }
  s.clarifications.sort((a, b) => a.submit - b.submit);
  if (shape.clarificationLeadDays !== undefined) s.clarifications.push({ submit: w.later(deadline, -shape.clarificationLeadDays, 9, 17) });
  else if (!shape.noPostpone && s.clarifications.length > 0 && r.chance(0.25)) {
    const last = s.clarifications[s.clarifications.length - 1]!;
    last.postponeTo = w.laterWorkday(deadline, r.int(3, 10), 9, 10);
    s.open = last.postponeTo;
  }
  // Bids: 3–12; a section fails (流标) with fewer than 3.
  const fails = !forceSuccess && shape.success === undefined && shape.minBids === undefined && r.chance(0.08);
  const count = fails ? r.int(1, 2) : r.int(Math.max(3, shape.minBids ?? 3), Math.max(shape.minBids ?? 3, shape.maxBids ?? r.pick([3, 4, 5, 5, 6, 7, 8, 9, 10, 12])));
  s.failed = fails;
  const pool = bidderPool(w, classify);
  pool.slide(r.chance(0.3) ? 1 : 0);
  setBids(w, s, drawBidders(w, pool, count));
  if (fails) return s;
  s.experts = w.parties.experts.draw(r, r.chance(0.7) ? 5 : 7);
  s.evalEnd = s.open + r.int(3 * HOUR, 8 * HOUR);
  s.report = s.evalEnd + r.int(20 * MINUTE, 20 * HOUR);
  s.pubStart = shape.publishDelayDays !== undefined ? w.later(s.report, shape.publishDelayDays, 9, 12) : Math.max(s.report + 2 * HOUR, w.later(s.report, r.int(0, 2), 8, 12));
  s.pubEnd = dayOf(s.pubStart + (shape.publicityDays ?? r.int(4, 6)) * DAY) * DAY + 17 * HOUR + 30 * MINUTE;
  s.award = w.laterWorkday(s.pubEnd, r.int(1, 4), 9, 12);
  s.sign = w.later(s.award, shape.signDays ?? r.int(5, 25), 9, 17);
  return s;
}

/** The subject records of the parties of a plan, then the lifecycle's records in order. */
export function engineeringDrafts(w: World, p: EngineeringPlan): Draft[] {
  const r = w.rng;
  const c = w.codes;
  const P = w.parties;
  const orgs: Array<[typeof P.contractors, Org, string]> = [[p.tenderer.kind === "public" ? P.publicBodies : P.stateOwned, p.tenderer, c.role.tenderer]];
  const experts: Array<[typeof P.experts, Expert, number]> = [];
  for (const tp of p.tps) {
    if (tp.agency) orgs.push([P.agencies, tp.agency, c.role.agency]);
    for (const s of tp.sections) {
      const pool = bidderPool(w, s.classify);
      for (const b of s.bids) orgs.push([pool, b.org, c.role.bidder]);
      for (const b of s.candidates) if (!s.bids.includes(b)) orgs.push([pool, b.org, c.role.bidder]);
      for (const e of s.experts) experts.push([P.experts, e, 212]);
    }
  }
  const out = w.subjects(orgs, experts, p.created);
  const d = (dataNo: number, t: number, subject: string, fields: Draft["fields"], attach?: string): Draft => {
    const draft: Draft = { dataNo, t, subject, region: p.region, fields, attach };
    out.push(draft);
    return draft;
  };
  const tenderer = p.tenderer;
  const person = () => w.fake.personName();

  d(500, p.created, p.name, {
    PROJECT_CODE: p.code,
    PROJECT_NAME: p.name,
    REGION_CODE: cityOf(p.region),
    RELATE_CODE: p.fixedAsset ? c.relateFixedAsset : c.relateOther,
    INVEST_PROJECT_CODE: p.fixedAsset ? p.investCode : undefined,
    ADDRESS: w.fake.address(p.region),
    LEGAL_PERSON: tenderer.name,
    CONTACTOR: tenderer.contact.name,
    CONTACT_INFORMATION: tenderer.contact.phone,
    APPROVAL_NAME: `关于${p.name}可行性研究报告的批复`,
    APPROVAL_AUTHORITY: r.pick(APPROVERS),
    CREATE_TIME: ymdhms(p.created),
  });

  for (const tp of p.tps) {
    const ag = tp.agency;
    const agencyOrSelf = ag ?? tenderer;
    d(501, tp.created, tp.name, {
        PROJECT_CODE: p.code,
      TENDER_PROJECT_CODE: tp.code,
      TENDER_SELF_CODE: tp.selfCode,
      IS_TO_LAW: tp.lawMust ? c.yes : c.no,
      TENDER_PROJECT_NAME: tp.name,
      TENDER_PROJECT_TYPE: tp.type,
      REGION_CODE: cityOf(p.region),
      TENDER_CONTENT: `${tp.name}，包括${tp.sections.map((s) => s.name).join("、")}。`,
      OWNER_NAME: tenderer.name,
      TENDERER_NAME: tenderer.name,
      TENDERER_CODE_TYPE: c.subjectUscc,
      TENDERER_CODE: tenderer.uscc,
      ISUNION: c.no,
      TENDERER_ROLE: c.role.tenderer,
      // Self-organised tendering names the tenderer where the contract requires agency fields.
      TENDER_AGENCY_NAME: agencyOrSelf.name,
      TENDER_AGENCY_CODE_TYPE: c.subjectUscc,
      TENDER_AGENCY_CODE: agencyOrSelf.uscc,
      TENDER_AGENCY_ROLE: ag ? c.role.agency : c.role.tenderer,
      TENDER_MODE: tp.mode,
      TENDER_ORGANIZE_FORM: ag ? c.organizeAgency : c.organizeSelf,
      CREATE_TIME: ymdhms(tp.created),
      SUPERVISE_DEPT_NAME: r.pick(SUPERVISORS),
      APPROVE_DEPT_NAME: r.pick(APPROVERS),
      REPORT_DUTY: person(),
      TENDERER_REGION_CODE: tenderer.region,
      TENDERER_PROPERTY: tenderer.kind === "public" ? c.propertyPublic : c.propertyState,
      TENDER_AGENCY_REGION_CODE: agencyOrSelf.region,
      TENDER_AGENCY_PROPERTY: ag ? c.propertyPrivate : tenderer.kind === "public" ? c.propertyPublic : c.propertyState,
      TRADE_SYSTEM_NO: p.system.tradeSystemNo,
      TRADE_SYSTEM_FEE: String(r.pick([0, 500, 800, 1200, 1500])),
    });

    for (const s of tp.sections) sectionDrafts(w, p, tp, s, d);
  }
  return out;
}

type Add = (dataNo: number, t: number, subject: string, fields: Draft["fields"], attach?: string) => Draft;

function sectionDrafts(w: World, p: EngineeringPlan, tp: TenderProject, s: Section, d: Add): void {
  const r = w.rng;
  const c = w.codes;
  const ids = { TENDER_PROJECT_CODE: tp.code, BID_SECTION_CODE: s.code, UNIFIED_DEAL_CODE: s.dealCode };
  const tenderer = p.tenderer;
  const ag = tp.agency;
  const site = p.system.site;
  const url = (kind: string) => `${site}/${kind}/${s.code}/${w.fake.hex(8)}.html`;
  const person = () => w.fake.personName();
  const unit = (wan: boolean) => (wan ? c.wan : c.yuan);
  const place = `厦门市公共资源交易中心${r.pick(["第一", "第二", "第三"])}开标室`;

  d(502, s.created, s.name, {
    BID_SECTION_NAME: s.name,
    BID_ECTION_NUM: "1",
    BID_TENDER_MODE: tp.mode,
    REGION_CODE: p.region,
    TRA_PLACE_CODE: XIAMEN,
    BID_SECTION_CONTENT: `${s.name}：${codeName("TENDER_PROJECT_CLASSIFY_CODE", s.classify)}及相关服务，详见招标文件。`,
    TENDER_PROJECT_CLASSIFY_CODE: s.classify,
    CONTRACT_RECKON_PRICE: decimal(s.estimate, s.estimate >= 1e8),
    CURRENCY_CODE: c.currency,
    PRICE_UNIT: unit(s.estimate >= 1e8),
    BEGIN_DATE: ymd(s.open + 60 * DAY),
    LIMITE_TIME: String(r.pick([90, 180, 365, 540])),
    CREATE_TIME: ymdhms(s.created),
    ...ids,
  });

  const agencyFields = ag
    ? { TENDER_AGENCY_CODE: ag.uscc, TENDER_AGENCY_NAME: ag.name, TENDER_AGENCY_ADDRESS: ag.address, TENDER_AGENCY_CONTACTOR: ag.contact.name, TENDER_AGENCY_PHONE_NUMBER: ag.contact.phone, TENDER_AGENCY_EMAIL: ag.email }
    : { TENDER_AGENCY_CODE: undefined, TENDER_AGENCY_NAME: undefined, TENDER_AGENCY_ADDRESS: undefined, TENDER_AGENCY_CONTACTOR: undefined, TENDER_AGENCY_PHONE_NUMBER: undefined, TENDER_AGENCY_EMAIL: undefined };
  d(503, s.notice, s.name, {
    TENDER_PROJECT_CODE: tp.code,
    NOTICE_BID_NUM: "1",
    BID_SECTION_CODES: s.code,
    TRAD_CENTER_NAME: "厦门市公共资源交易中心",
    UNIFIED_DEAL_CODES: s.dealCode,
    TENDER_SELF_CODE: tp.selfCode,
    NOTICE_NAME: `${s.name}招标公告`,
    NOTICE_SEND_TIME: ymdhms(s.notice),
    NOTICE_MEDIA: MEDIA[0],
    URL: url("notice"),
    NOTICE_NATURE: c.noticeNormal,
    BULLETIN_TYPE: c.bulletinTender,
    DOC_GET_START_TIME: ymdhms(s.docStart),
    DOC_GET_END_TIME: ymdhms(s.docEnd),
    BID_DOC_REFER_END_TIME: ymdhms(s.deadline),
    IS_POSTPONE: c.no,
    BID_OPEN_TIME: ymdhms(s.deadline),
    QUAL_TYPE: "资格后审",
    DOC_PRICE: undefined,
    DOC_PRICE_CURRENCY: undefined,
    DOC_PRICE_UNIT: undefined,
    SYNDICATED_FLAG: c.no,
    TENDERER_CODE: tenderer.uscc,
    TENDERER_NAME: tenderer.name,
    TENDERER_ADDRESS: tenderer.address,
    TENDERER_CONTACTOR: tenderer.contact.name,
    TENDERER_PHONE_NUMBER: tenderer.contact.phone,
    TENDERER_EMAIL: tenderer.email,
    BULLETIN_DUTY: person(),
    BULLETIN_DUTY_CODE_TYPE: person(),
    ...agencyFields,
  }, "TENDER_ANN");

  const margin = Math.min(Math.round((s.estimate * 0.015) / 100) * 100, 80_000_000);
  const doc = (submit: number, deadline: number, first: boolean, postponeTo?: number) =>
    d(504, submit, s.name, {
        TENDER_PROJECT_CODE: tp.code,
      BID_SECTION_CODE: s.code,
      UNIFIED_DEAL_CODES: s.dealCode,
      DOC_NAME: first ? `${s.name}招标文件` : `${s.name}招标文件澄清与修改`,
      BID_DOC_REFER_END_TIME: ymdhms(deadline),
      VALID_PERIOD: "90",
      MARGIN_PAY_TYPE: c.marginTransfer,
      PRICE_FORM_CODE: c.priceAmount,
      MARGIN_AMOUNT: decimal(margin, false),
      MARGIN_CURRENCY: c.currency,
      MARGIN_AMOUNT_UNIT: c.yuan,
      CONTROL_PRICE: decimal(s.control, true),
      CONTROL_PRICE_CURRENCY: c.currency,
      CONTROL_PRICE_UNIT: c.wan,
      BID_OPEN_TIME: ymdhms(deadline),
      BID_OPEN_PLACE: place,
      BID_OPEN_TYPE: "网上开标",
      QUAL_TYPE: c.qualPost,
      CLARIFY_TIME: ymdhms(submit),
      IS_POSTPONE: postponeTo ? c.yes : c.no,
      POST_OPEN_TIME: postponeTo ? ymdhms(postponeTo) : undefined,
      POST_OPEN_ADDRESS: postponeTo ? place : undefined,
      CLARIFY_CONTENT: first ? "无" : undefined,
      SUBMIT_TIME: ymdhms(submit),
      URL: url("files"),
      EVALUATION_TYPE: r.pick(c.evaluationTypes.length > 0 ? c.evaluationTypes : ["1"]),
    }, "TENDER_FILE");
  doc(s.docStart, s.deadline, true);
  let deadline = s.deadline;
  for (const cl of s.clarifications) {
    doc(cl.submit, deadline, false, cl.postponeTo);
    if (cl.postponeTo) deadline = cl.postponeTo;
  }

  if (tp.mode === c.tenderInvited)
    for (const b of s.bids)
      d(505, s.notice, s.name, {
        BID_INVITE_ISSUE_NATURE: c.noticeNormal,
        BIDDER_NAME: b.org.name,
        BIDDER_CODE_TYPE: c.subjectUscc,
        BIDDER_CODE: b.org.uscc,
        BIDDER_ROLE: c.role.bidder,
        DOC_GET_START_TIME: ymdhms(s.docStart),
        DOC_GET_END_TIME: ymdhms(s.docEnd),
        BID_DOC_REFER_END_TIME: ymdhms(s.deadline),
        BID_INVITE_END_TIME: ymdhms(s.docStart + 3 * DAY),
        BID_INVITE_ISSUE_TIME: ymdhms(s.notice),
        BULLETIN_DUTY: person(),
        ...ids,
      });

  for (const b of s.bids) {
    d(507, b.checkin, s.name, {
      BIDDER_NAME: b.org.name,
      IS_LOST: c.no,
      BIDDER_CODE_TYPE: c.subjectUscc,
      BIDDER_ORG_CODE: b.org.uscc,
      BIDDER_ROLE: c.role.bidder,
      BID_MANAGER: b.pm.name,
      PM_CODE: b.pm.idCard,
      PM_CERTIFICATES: b.pm.certificate,
      IS_COMMIT_MARGIN: c.yes,
      MARGIN_PAY_FORM: b.marginForm,
      PRICE_FORM_CODE: c.priceAmount,
      MARGIN_RECEIVE_TIME: ymdhms(b.margin),
      BIDDER_INFO_VERSION: undefined,
      BID_PRICE: decimal(b.price, b.wan),
      PRICE_CURRENCY: c.currency,
      PRICE_UNIT: unit(b.wan),
      TIME_LIMIT: String(r.pick([90, 180, 365])),
      CHECKIN_TIME: ymdhms(b.checkin),
      BIDDER_REGION_CODE: b.org.region,
      BIDDER_PROPERTY: c.propertyPrivate,
      BIDDER_OPERATION_PERSON: b.operator.name,
      BIDDER_OPERATION_PERSON_ID: b.operator.idCard,
      BIDDER_OPERATION_PERSON_CON: b.operator.phone,
      ...ids,
    });
    if (s.with519)
      d(519, b.checkin, s.name, {
            TENDER_PROJECT_CODE: tp.code,
        BID_SECTION_CODE: s.code,
        UNIFIED_DEAL_CODES: s.dealCode,
        BIDDER_NAME: b.org.name,
        BIDDER_CODE_TYPE: c.subjectUscc,
        BIDDER_ORG_CODE: b.org.uscc,
        BIDDER_ROLE: c.role.bidder,
        BID_DOCUMENT_NAME: `${b.org.name}投标文件.xmtf`,
        BID_DOCUMENT_MD5: b.md5,
        TENDER_DOC_SUBMITTIME: ymdhms(b.checkin),
        CPU_ID: b.fingerprint.cpu,
        HARD_DISK_SERIAL_NUMBER: b.fingerprint.disk,
        MEMORY_SERIAL_NUMBER: b.fingerprint.memory,
        NET_ID: b.fingerprint.ip,
        MAC_ADDRESS: b.fingerprint.mac,
        TENDER_DOCUMENTS_URL: `${site}/bids/${s.code}/${b.md5}.xmtf`,
        VALUATION_XML: undefined,
        MAKE_TOOL_XML: undefined,
      });
    if (b.guarantee) {
      const letter = b.margin - r.int(HOUR, 3 * DAY);
      d(523, letter, s.name, {
        BIDDER_NAME: b.org.name,
        BIDDER_ORG_CODE: b.org.uscc,
        GUARANTEE_FORM: "1",
        GUARANTEE_TYPE: "1",
        GUARANTEE_NO: `BH${ymd(letter)}${r.digits(8)}`,
        GUARANTEE_STATUS: "已出函",
        BENEFICIARY: tenderer.name,
        GUARANTEE_AMOUNT: decimal(margin, false),
        GUARANTEE_COST: decimal(Math.max(10_000, Math.round(margin * 0.005)), false),
        CREATE_TIME: ymdhms(letter - 40 * MINUTE),
        BEGIN_TIME: ymdhms(letter),
        END_TIME: ymdhms(s.deadline + 120 * DAY),
        PURCHASE_METHOD: "在线支付",
        PURCHASE_TIME: ymdhms(letter - 20 * MINUTE),
        LETTER_TIME: ymdhms(letter),
        PROPOSER: b.operator.name,
        PROPOSER_PHONE: b.operator.phone,
        PROPOSER_CARD_TYPE: c.idResident,
        PROPOSER_CODE: b.operator.idCard,
        PURCHASE_ACCOUN: b.org.account,
        RATE: "0.005",
        GUARANTEE_URL: `${site}/guarantee/${w.fake.hex(16)}.pdf`,
        GUARANTEE_MD5: w.fake.md5(),
        ...ids,
      });
    }
  }

  if (s.failed) {
    const approval = w.laterWorkday(s.open, r.int(1, 3), 9, 17);
    d(517, approval, s.name, {
      EXCEPITON_NAME: `${s.name}招标异常情况报告`,
      EXCEPITON_INFOR: `${s.name}投标截止时递交投标文件的投标人少于3个，依法不予开标。`,
      APPROVAL_RESULT: "同意重新组织招标。",
      APPROVAL_TIME: ymdhms(approval),
      EXCEPITON_TYPE: c.exceptionFailed,
      ...ids,
    });
    return;
  }

  d(506, s.open, s.name, {
    TENDER_PROJECT_CODE: tp.code,
    BID_SECTION_CODES: s.code,
    UNIFIED_DEAL_CODES: s.dealCode,
    NOTICE_NAME: `${s.name}开标记录`,
    BID_OPENING_ACTOR: s.bids.map((b) => b.org.name).join("、"),
    BID_OPENING_CONTENT: s.bids.map((b) => `${b.org.name}：${decimal(b.price, false)}元`).join("；"),
    BID_OPENING_ADDRESS: place,
    BID_OPENING_TIME: ymdhms(s.open),
    URL: url("opening"),
    OPEN_COMPERE: person(),
    TENDER_AGENCY_PERSON: (ag ?? tenderer).contact.name,
    TENDERER_PERSON: tenderer.contact.name,
  });
  const chair = r.int(0, s.experts.length - 1);
  s.experts.forEach((e, i) =>
    d(508, s.open + 30 * MINUTE, s.name, {
      EXPERT_TYPE: c.expertEvaluator,
      EXPERT_NAME: e.name,
      ID_CARD: e.idCard,
      ID_CARD_TYPE: c.idResident,
      EXPERT_CHECK_IN_TIME: ymdhms(s.open + r.int(5, 50) * MINUTE),
      IS_CHAIR_MAN: i === chair ? c.yes : c.no,
      ...ids,
    }),
  );
  d(509, s.report, s.name, {
    NOTICE_NAME: `${s.name}评标报告`,
    SUBMIT_TIME: ymdhms(s.report),
    END_TIME: ymdhms(s.evalEnd),
    EVALUATION_RESULT: c.evaluationRecommend,
    URL: url("report"),
    ...ids,
  }, "EVALUATION_REPORT");
  if (s.with520)
    for (const b of s.bids)
      d(520, s.report, s.name, {
        BIDDER_NAME: b.org.name,
        BIDDER_ORG_CODE: b.org.uscc,
        BID_EVALUATION_REPORT: `${b.org.name}：综合得分${r.int(70, 98)}.${r.int(10, 99)}分`,
        ...ids,
      });
  s.candidates.forEach((b, i) => {
    const wan = r.chance(0.5);
    d(510, s.report + 10 * MINUTE, s.name, {
      WIN_CANDIDATE_NAME: b.org.name,
      BIDDER_CODE_TYPE: c.subjectUscc,
      WIN_CANDIDATE_CODE: b.org.uscc,
      BIDDER_ROLE: c.role.bidder,
      WIN_CANDIDATE_ORDER: String(i + 1),
      IS_FLOAT_RATE: c.no,
      EVALUATION_RESULT: `综合得分${98 - i * 3}.${r.int(10, 99)}分，排名第${i + 1}`,
      PRICE_FORM_CODE: c.priceAmount,
      BID_PRICE: decimal(b.price, wan),
      OTHER_BID_PRICE: undefined,
      PRICE_CURRENCY: c.currency,
      PRICE_UINT: unit(wan),
      PRICE_UNIT: unit(wan),
      BIDDER_REGION_CODE: b.org.region,
      BIDDER_PROPERTY: c.propertyPrivate,
      ...ids,
    });
  });
  const [first, second, third] = s.candidates;
  d(511, s.pubStart, s.name, {
    TENDER_PROJECT_CODE: tp.code,
    BID_SECTION_CODES: s.code,
    UNIFIED_DEAL_CODE: s.dealCode,
    PUBLICITY_NAME: `${s.name}中标候选人公示`,
    PUBLICITY_CONTENT: s.candidates.map((b, i) => `第${i + 1}中标候选人：${b.org.name}，投标报价${decimal(b.price, false)}元，项目负责人${b.pm.name}`).join("；"),
    PUBLICITY_REFER_TIME: ymdhms(s.pubStart - 30 * MINUTE),
    NOTICE_MEDIA: MEDIA[0],
    URL: url("publicity"),
    PUBLICITY_TYPE: c.publicityCandidates,
    PUBLICITY_START_TIME: ymdhms(s.pubStart),
    PUBLICITY_END_TIME: ymdhms(s.pubEnd),
    BULLETIN_DUTY: person(),
    EXAMINER_NAME: person(),
    FIRST_BIDDER_NAME: first?.org.name,
    FIRST_BIDDER_CODE: first?.org.uscc,
    SECOND_BIDDER_NAME: second?.org.name,
    SECOND_BIDDER_CODE: second?.org.uscc,
    THIRD_BIDDER_NAME: third?.org.name,
    THIRD_BIDDER_CODE: third?.org.uscc,
  }, "CANDIDATE_ANN");
  const win = s.winner!;
  const awardWan = r.chance(0.5);
  d(513, s.award, s.name, {
    REGION_CODE: p.region,
    TRA_PLACE_CODE: XIAMEN,
    TENDER_AGENCY_NAME: ag?.name,
    TENDER_AGENCY_CODE: (ag ?? tenderer).uscc,
    NOTICE_NAME: `${s.name}中标结果公告`,
    NOTICE_CONTENT: `${s.name}经评标委员会评审、招标人确定，中标人为${win.org.name}，中标价${decimal(win.price, false)}元，项目负责人${win.pm.name}。`,
    NOTICE_SEND_TIME: ymdhms(s.award),
    NOTICE_MEDIA: MEDIA[0],
    URL: url("result"),
    NOTICE_NATURE: c.noticeNormal,
    BULLETIN_TYPE: c.bulletinResult,
    WIN_BIDDER_NAME: win.org.name,
    BIDDER_CODE_TYPE: c.subjectUscc,
    WIN_BIDDER_CODE: win.org.uscc,
    BIDDER_ROLE: c.role.bidder,
    UNION_CODE: undefined,
    UNION_NAME: undefined,
    PRICE_FORM_CODE: c.priceAmount,
    BID_AMOUNT: decimal(win.price, awardWan),
    BID_CURRENCY: c.currency,
    PRICE_UNIT: unit(awardWan),
    OTHER_BID_PRICE: undefined,
    BULLETIN_DUTY: person(),
    EXAMINER_NAME: person(),
    BIDDER_REGION_CODE: win.org.region,
    BIDDER_PROPERTY: c.propertyPrivate,
    PROJECT_LEAD: win.pm.name,
    PROJECT_LEAD_ID: win.pm.idCard,
    ...ids,
  }, "WIN_RESULT");
  const contractWan = r.chance(0.5);
  const submit = s.sign + r.int(1, 4) * HOUR;
  const contract = d(512, submit, s.name, {
    CONTRACT_NAME: `${s.name}合同`,
    TENDERER_NAME: tenderer.name,
    TENDER_CODE: tenderer.uscc,
    BIDDER_NAME: win.org.name,
    BIDDER_CODE: win.org.uscc,
    CONTRACT_PRICE: decimal(win.price, contractWan),
    PRICE_CURRENCY: c.currency,
    PRICE_UNIT: unit(contractWan),
    PRICE_FORM_CODE: c.priceAmount,
    OTHER_CONTRACT_PRICE: undefined,
    LIMITE_TIME: String(r.pick([90, 180, 365])),
    SUBMIT_TIME: ymdhms(submit),
    CONTRACT_SIGN_TIME: ymdhms(s.sign),
    CONTRACT_CODE: `HT-${s.code}-01`,
    ...ids,
  }, "CONTRACT");
  contract.attach = r.chance(0.5) ? "CONTRACT" : undefined;
}
