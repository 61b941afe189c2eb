/**
 * The government-procurement lifecycle (政府采购), per package (子包): 550 project → 551 notice → 552
 * correction (sometimes, some postponing the closing) → 557 suppliers and 556 opening → 553 result →
 * 554 contract. Periods keep the rules with room to spare: ≥ 20 days from the notice to the closing
 * (21 or more), the result published within 2 working days of the opening (the same or the next
 * working day), the contract published within 2 working days of signing (its DATA_TIMESTAMP, since
 * 554 has no publication time).
 */
import { investCode } from "./fill.ts";
import { competitivePrices } from "./engineering.ts";
import { decimal } from "./money.ts";
import type { Expert, Org } from "./parties.ts";
import { DAY, HOUR, MINUTE, addWorkdays, dayOf, ymdhms } from "./time.ts";
import { GP_ITEMS, MEDIA, PLACES, XIAMEN } from "./vocab.ts";
import type { Draft, TradingSystem, World } from "./world.ts";

export interface Offer {
  org: Org;
  price: number;
  wan: boolean;
  margin: number;
}

export interface Package {
  seq: number;
  code: string;
  dealCode: string;
  name: string;
  created: number;
  budget: number;
  mode: string;
  byAgency: boolean;
  agency: Org;
  bulletin: number;
  closing: number;
  correction?: { t: number; postponeTo?: number };
  open: number;
  offers: Offer[];
  winner: Offer;
  result: number;
  sign: number;
  /** When the contract is published (the 554's DATA_TIMESTAMP). */
  publish: number;
  reviewers: Expert[];
}

export interface ProcurementPlan {
  kind: "procurement";
  system: TradingSystem;
  region: string;
  code: string;
  name: string;
  fixedAsset: boolean;
  investCode: string;
  purchaser: Org;
  packages: Package[];
}

/** What a plant asks of a procurement lifecycle (its first package is the target). */
export interface ProcurementShape {
  /** The lifecycle must end within the year (a plant's): it starts early enough. */
  complete?: boolean;
  openTendering?: boolean;
  bidPeriodDays?: number;
  resultWorkdays?: number;
  contractWorkdays?: number;
}

export const PROCUREMENT_SPAN = 100;

export function planProcurement(w: World, shape: ProcurementShape = {}): ProcurementPlan {
  const r = w.rng;
  const c = w.codes;
  const system = w.system();
  const region = w.fake.district();
  const created = w.start(shape.complete ? PROCUREMENT_SPAN : 0);
  const purchaser = w.parties.publicBodies.draw(r, 1)[0]!;
  const name = `${purchaser.name.replace(/^厦门市/, "")}${r.pick(PLACES)}${r.pick(GP_ITEMS)}项目`;
  const plan: ProcurementPlan = {
    kind: "procurement",
    system,
    region,
    code: w.purchaseCode(region),
    name,
    fixedAsset: r.chance(0.2),
    investCode: investCode(r, { t: created, region, subject: name, site: system.site }),
    purchaser,
    packages: [],
  };
  const count = r.pick([1, 1, 1, 2, 3]);
  for (let seq = 1; seq <= count; seq++) plan.packages.push(planPackage(w, plan, seq, count, created, seq === 1 ? shape : {}));
  return plan;
}

/** The same or the next working day after t, never more than one working day later. */
function withinAWorkday(w: World, t: number): number {
  const r = w.rng;
  const next = dayOf(t) + 1;
  if (w.calendar.isWorkday(next) && r.chance(0.6)) return next * DAY + r.int(9 * HOUR, 11 * HOUR);
  return Math.min(t + r.int(HOUR, 5 * HOUR), dayOf(t) * DAY + 23 * HOUR + 59 * MINUTE);
}

function planPackage(w: World, p: ProcurementPlan, seq: number, count: number, created: number, shape: ProcurementShape): Package {
  const r = w.rng;
  const c = w.codes;
  const cal = w.calendar;
  const budget = Math.round(Math.exp(r.range(Math.log(2e7), Math.log(5e9))) / 1e4) * 1e4;
  const mode = shape.openTendering || shape.bidPeriodDays !== undefined ? c.gpOpen : r.pick(c.gpModes.length > 0 ? c.gpModes : [c.gpOpen]);
  const bulletin = w.laterWorkday(created, r.int(1, 5), 8, 12);
  // A planted period is kept to the day (moving it to a working day could carry it over a holiday and past the limit).
  const closing = shape.bidPeriodDays !== undefined ? w.later(bulletin, shape.bidPeriodDays, 9, 10) : w.laterWorkday(bulletin, r.int(21, 30), 9, 10);
  let correction: Package["correction"];
  if (shape.bidPeriodDays === undefined && r.chance(0.2)) {
    const t = w.later(bulletin, r.int(2, Math.max(2, Math.floor((closing - bulletin) / DAY) - 3)), 9, 17);
    correction = { t, postponeTo: r.chance(0.4) ? w.laterWorkday(closing, r.int(5, 10), 9, 10) : undefined };
  }
  const open = correction?.postponeTo ?? closing;
  const n = r.int(3, 8);
  const prices = competitivePrices(w, n, Math.round(budget * 0.99));
  w.parties.suppliers.slide(r.chance(0.3) ? 1 : 0);
  const offers = w.parties.suppliers.draw(r, n).map((org, i) => ({ org, price: prices[i]!, wan: r.chance(0.5), margin: open - r.int(10 * MINUTE, 20 * HOUR) }));
  const winner = [...offers].sort((a, b) => a.price * r.range(0.98, 1.02) - b.price * r.range(0.98, 1.02))[0]!;
  const result = shape.resultWorkdays !== undefined ? w.workTime(addWorkdays(cal, open, shape.resultWorkdays), 9, 11) : withinAWorkday(w, open + r.int(HOUR, 3 * HOUR));
  const sign = w.laterWorkday(result, r.int(3, 20), 9, 16);
  const publish = shape.contractWorkdays !== undefined ? w.workTime(addWorkdays(cal, sign, shape.contractWorkdays), 9, 11) : withinAWorkday(w, sign);
  const byAgency = r.chance(0.8);
  return {
    seq,
    code: `${p.code}-${seq}`,
    dealCode: w.dealCode(c.otherProjectType, p.system, created),
    name: count > 1 ? `${p.name}（包${seq}）` : p.name,
    created,
    budget,
    mode,
    byAgency,
    agency: w.parties.agencies.draw(r, 1)[0]!,
    bulletin,
    closing,
    correction,
    open,
    offers,
    winner,
    result,
    sign,
    publish,
    reviewers: w.parties.reviewers.draw(r, r.int(3, 5)),
  };
}

export function procurementDrafts(w: World, p: ProcurementPlan): Draft[] {
  const r = w.rng;
  const c = w.codes;
  const P = w.parties;
  const orgs: Array<[typeof P.suppliers, Org, string]> = [[P.publicBodies, p.purchaser, c.role.purchaser]];
  const experts: Array<[typeof P.reviewers, Expert, number]> = [];
  for (const k of p.packages) {
    orgs.push([P.agencies, k.agency, c.role.purchaseAgency]);
    for (const o of k.offers) orgs.push([P.suppliers, o.org, c.role.supplier]);
    for (const e of k.reviewers) experts.push([P.reviewers, e, 213]);
  }
  const out = w.subjects(orgs, experts, p.packages[0]!.created);
  const site = p.system.site;
  const unit = (wan: boolean) => (wan ? c.wan : c.yuan);
  for (const k of p.packages) {
    const d = (dataNo: number, t: number, fields: Draft["fields"], attach?: string): Draft => {
      const draft: Draft = { dataNo, t, subject: k.name, region: p.region, fields, attach };
      out.push(draft);
      return draft;
    };
    const ids = { PURCHASE_PROJECT_CODE: p.code, PURCHASE_SECTION_CODE: k.code, UNIFIED_DEAL_CODE: k.dealCode };
    const named = { ...ids, PURCHASE_PROJECT_NAME: p.name };
    const url = (kind: string) => `${site}/${kind}/${encodeURIComponent(k.code)}/${w.fake.hex(8)}.html`;
    const budgetWan = k.budget >= 1e8;
    d(550, k.created, {
      RELATE_CODE: p.fixedAsset ? c.relateFixedAsset : c.relateOther,
      INVEST_PROJECT_CODE: p.fixedAsset ? p.investCode : undefined,
      TENDER_PROJECT_TYPE: c.otherProjectType,
      PURCHASER_NAME: p.purchaser.name,
      PURCHASER_CODE: p.purchaser.uscc,
      PURCHASER_ROLE: c.role.purchaser,
      PRICE_FORM_CODE: c.priceAmount,
      PROGRAM_BUDGET: decimal(k.budget, budgetWan),
      BUDGET_CURRENCY: c.currency,
      UNIT_BUDGET: unit(budgetWan),
      OTHER_PROGRAM_BUDGET: undefined,
      IS_PROJECT: c.no,
      PURCHASER_MODE: k.mode,
      PURCHASER_CONTENT: `${k.name}，具体要求详见采购文件。`,
      PURCHASER_ORGANIZE_FORM: k.byAgency ? c.gpByAgency : c.gpCentral,
      PURCHASER_AGENCY_NAME: k.agency.name,
      PURCHASER_AGENCY_CODE: k.agency.uscc,
      PURCHASER_AGENCY_ROLE: c.role.purchaseAgency,
      PURCHASER_AGENCY_CONNECTOR: k.agency.contact.name,
      PURCHASER_AGENCY_INFORMATION: k.agency.contact.phone,
      PURCHASE_SECTION_NAME: k.name,
      REGION_CODE: p.region,
      TRA_PLACE_CODE: XIAMEN,
      CREATE_TIME: ymdhms(k.created),
      ...named,
    });
    d(551, k.bulletin, {
      BULLETIN_BID_NUM: "1",
      BULLETIN_TITLE: `${k.name}${k.mode === c.gpOpen ? "公开招标" : "采购"}公告`,
      BULLETIN_CONTENT: `${p.purchaser.name}委托${k.agency.name}对${k.name}进行采购，欢迎合格供应商参加。`,
      BULLETIN_START_TIME: ymdhms(k.bulletin),
      BULLETIN_MEDIA: MEDIA[0],
      URL: url("gp-notice"),
      BID_CLOSING_TIME: ymdhms(k.closing),
      ...named,
    }, "PURCHASE_ANN");
    if (k.correction) {
      const post = k.correction.postponeTo;
      d(552, k.correction.t, {
        TERMINATION_BULLETIN_TITLE: `${k.name}更正公告`.slice(-50),
        TERMINATION_BULLETIN_CONTENT: post ? `投标截止时间及开标时间延期至${ymdhms(post).slice(0, 8)}。` : "采购需求部分技术参数更正，其余内容不变。",
        MODIFICATION_START_TIME: ymdhms(k.correction.t),
        IS_POSTPONE: post ? c.yes : c.no,
        POST_BID_CLOSING_TIME: post ? ymdhms(post) : undefined,
        URL: url("gp-correction"),
        ...named,
      });
    }
    for (const o of k.offers)
      d(557, o.margin, {
        BIDDER_NAME: o.org.name,
        IS_LOST: c.no,
        BIDDER_CODE_TYPE: c.subjectUscc,
        BIDDER_ORG_CODE: o.org.uscc,
        BIDDER_ROLE: c.role.supplier,
        IS_COMMIT_MARGIN: c.yes,
        MARGIN_PAY_FORM: c.marginTransfer,
        PRICE_FORM_CODE: c.priceAmount,
        OTHER_BID_PRICE: undefined,
        MARGIN_RECEIVE_TIME: ymdhms(o.margin),
        BID_PRICE: decimal(o.price, o.wan),
        PRICE_CURRENCY: c.currency,
        PRICE_UNIT: unit(o.wan),
        ...ids,
      });
    d(556, k.open, {
      NOTICE_NAME: `${k.name}开标记录`,
      BID_OPENING_ACTOR: k.offers.map((o) => o.org.name).join("、"),
      BID_OPENING_CONTENT: k.offers.map((o) => `${o.org.name}：${decimal(o.price, false)}元`).join("；"),
      BID_OPENING_ADDRESS: `厦门市公共资源交易中心政府采购${r.pick(["第一", "第二"])}开标室`,
      BID_OPENING_TIME: ymdhms(k.open),
      URL: url("gp-opening"),
      ...ids,
    });
    const winWan = r.chance(0.5);
    d(553, k.result, {
      REGION_CODE: p.region,
      TRA_PLACE_CODE: XIAMEN,
      PURCHASER_AGENCY_NAME: k.agency.name,
      PURCHASER_AGENCY_CODE: k.agency.uscc,
      WIN_BID_BULLETIN_TITLE: `${k.name}中标（成交）结果公告`,
      WIN_BID_BULLETIN_START_TIME: ymdhms(k.result),
      URL: url("gp-result"),
      WINNINGBIDDER_NAME: k.winner.org.name,
      WINNINGBIDDER_TYPE: c.subjectUscc,
      WINNINGBIDDER_CODE: k.winner.org.uscc,
      PRICE_FORM_CODE: c.priceAmount,
      WIN_BID_PRICE: decimal(k.winner.price, winWan),
      CURRENCY_CODE: c.currency,
      PRICE_UNIT: unit(winWan),
      WIN_BID_RATE: undefined,
      CREATOR: w.fake.personName(),
      ...named,
    }, "WIN_RESULT");
    const contractWan = r.chance(0.5);
    const contract = d(554, k.sign, {
      CONTRACT_NAME: `${k.name}政府采购合同`,
      PURCHASER_NAME: p.purchaser.name,
      PURCHASER_CODE: p.purchaser.uscc,
      LEGAL_ROLE: c.role.purchaser,
      SUPPLIER_NAME: k.winner.org.name,
      SUPPLIER_CODE: k.winner.org.uscc,
      PRICE_FORM_CODE: c.priceAmount,
      CONTRACT_AMOUNT: decimal(k.winner.price, contractWan),
      CURRENCY_CODE: c.currency,
      PRICE_UNIT: unit(contractWan),
      WIN_BID_RATE: undefined,
      CONTRACT_TERM: String(r.pick([30, 90, 180, 365])),
      SIGNING_TIME: ymdhms(k.sign),
      URL: url("gp-contract"),
      ...named,
    }, "CONTRACT");
    contract.lag = k.publish - k.sign;
  }
  return out;
}
