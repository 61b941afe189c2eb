/**
 * The trades of the remaining domains, one at a time: a land-use-right grant by listing (600 → 601),
 * a mining-right grant by listing (651 → 653), a transfer of state-owned physical assets (700 → 701)
 * and of an equity stake (750 → 753). Periods keep the rules with room to spare: the land announcement
 * 20 or more days before the listing opens and a listing of 10 or more days; the asset disclosure 10
 * or more working days before the deal (20 or more when the reserve price is above 10 million yuan),
 * the equity disclosure 20 or more working days. The filler fills the fields a trade does not set.
 */
import { codeNamed } from "./codes.ts";
import { regionName } from "./fake.ts";
import { decimal } from "./money.ts";
import { DAY, HOUR, addWorkdays, ymd, ymdhms } from "./time.ts";
import { PLACES, XIAMEN } from "./vocab.ts";
import type { Draft, TradingSystem, World } from "./world.ts";

/** The kinds of trade, in the order a run takes them (round robin, so that a short run has each). */
export const DOMAIN_TRADES = ["land", "mining", "asset", "equity"] as const;
export type DomainTrade = (typeof DOMAIN_TRADES)[number];

/** The data sets each kind of trade reports, announcement first. */
export const DOMAIN_TRADE_DATA_SETS: Record<DomainTrade, readonly [number, number]> = {
  land: [600, 601],
  mining: [651, 653],
  asset: [700, 701],
  equity: [750, 753],
};

/** How long a trade takes at most, in days (a run starts it early enough to end within the year). */
export const DOMAIN_TRADE_SPAN = 80;

/** The trading domain (x-domain) of each kind of trade. */
export const DOMAIN_OF_TRADE: Record<DomainTrade, string> = { land: "land", mining: "mining", asset: "property-rights", equity: "property-rights" };

function tradeCodes() {
  return {
    supplyListing: codeNamed("LAND_SUPPLY_TYPE", /挂牌/, "3"),
    listing: codeNamed("LAND_LISTING_TYPE", /^挂牌$/, "3"),
    noticeNormal: codeNamed("NOTICE_NATURE", /正常/, "1"),
    relateOther: codeNamed("RELATE_CODE", /^非固定资产/, "0"),
    miningListing: codeNamed("MINING_TRANSFER_MODE", /挂牌/, "3"),
    priceAmount: codeNamed("PRICE_FORM_CODE", /^金额$/, "1"),
    wan: codeNamed("PRICE_UNIT", /万元/, "1"),
    onlineBidding: codeNamed("PROPERTY_TRADE_MODE", /网络竞价/, "3"),
    yes: codeNamed("CQ_TRUE_OR_FALSE", /^是$/, "T"),
    no: codeNamed("CQ_TRUE_OR_FALSE", /^否$/, "F"),
    transferor: codeNamed("SUBJECT_ROLE", /^出让人$/, "07"),
    transferee: codeNamed("SUBJECT_ROLE", /^受让人$/, "08"),
    winner: codeNamed("SUBJECT_ROLE", /^竞得人$/, "09"),
    uscc: codeNamed("SUBJECT_CODE_TYPE", /统一社会信用代码/, "1"),
    currency: codeNamed("CURRENCY", /人民币/, "CNY"),
  };
}
let codes: ReturnType<typeof tradeCodes> | undefined;

/** The drafts of one trade of `kind`, starting at `start` (a working-day time), reported by `system`. */
export function domainTradeDrafts(w: World, kind: DomainTrade, system: TradingSystem, start: number): Draft[] {
  const c = (codes ??= tradeCodes());
  const r = w.rng;
  const region = w.fake.district();
  const place = r.pick(PLACES);
  const serial = String(r.int(1, 999)).padStart(3, "0");
  const year = ymd(start).slice(0, 4);
  const dealKind = { land: "B01", mining: "C01", asset: "D01", equity: "D02" }[kind];
  const dealCode = w.dealCode(dealKind, system, start);
  const buyer = w.parties.suppliers.draw(r, 1)[0]!;
  const seller = w.parties.publicBodies.draw(r, 1)[0]!;
  const agency = { TRA_PLACE_CODE: XIAMEN, TRA_AGENCY_NAME: "厦门市公共资源交易中心", TRA_AGENCY_CODE: system.platformCode };
  const out: Draft[] = [];
  const d = (dataNo: number, t: number, subject: string, fields: Draft["fields"]) => out.push({ dataNo, t, subject, region, fields });
  const url = (what: string) => `${system.site}/${what}/${year}${serial}/${w.fake.hex(8)}.html`;

  if (kind === "land") {
    const name = `${place}片区${year}P${serial}地块国有建设用地使用权挂牌出让`;
    const guid = `XM${year}-GP-${serial}`;
    const listingStart = w.laterWorkday(start, r.int(20, 25), 9, 10);
    const listingEnd = w.laterWorkday(listingStart, r.int(10, 12), 10, 11);
    const reserveWan = r.int(20, 300) * 500;
    d(600, start, name, {
      ANNOUNCEMENT_GUID: guid,
      LAND_PROJECT_NAME: name,
      UNIFIED_DEAL_CODE: dealCode,
      ANNOUNCEMENT_TITLE: `${name}公告`,
      LAND_DISTRICT: region,
      ...agency,
      END_DATE: ymd(listingEnd),
      CREATE_TIME: ymd(start - DAY),
      PUBLISHING_TIME: ymd(start),
      SUPPLY_TYPE: c.supplyListing,
      ANNOUNCEMENT_START_TIME: ymd(start),
      ANNOUNCEMENT_DEADLINE: ymd(listingEnd),
      FIELD_NUM: "1",
      LISTING_START_TIME: ymdhms(listingStart),
      LISTING_DEADLINE: ymdhms(listingEnd),
      LISTING_TYPE: c.listing,
      ANNOUNCEMENT_TYPE: c.noticeNormal,
      ANNOUNCEMENT_CODE: `厦自然资告字〔${year}〕${Number(serial)}号`,
    });
    const published = listingEnd + r.int(1, 5) * HOUR;
    d(601, published, name, {
      DEAL_LAND_CODE: `${guid}-01`,
      DEAL_ANNOUNCEMENT_GUID: guid,
      UNIFIED_DEAL_CODE: dealCode,
      RELATE_CODE: c.relateOther,
      INVEST_PROJECT_CODE: undefined,
      LAND_PROJECT_NAME: name,
      REGION_CODE: region,
      ...agency,
      LAND_CODE: `${year}P${serial}`,
      LAND_AREA: `${r.int(5000, 80000)}.${r.int(10, 99)}`,
      LAND_USAGE: r.pick(["城镇住宅用地", "商务金融用地", "工业用地", "仓储用地"]),
      LEND_AGE_LIMIT: r.pick(["70年", "40年", "50年"]),
      DEAL_PRICE: String(reserveWan + r.int(0, 40) * 500),
      CURRENCY_CODE: c.currency,
      PRICE_UNIT: c.wan,
      LENDING_NAME: buyer.name,
      LENDING_TYPE: c.uscc,
      LENDING_CODE: buyer.uscc,
      LAND_URL: url("land-deal"),
      ANNOUNCEMENT_TITLE: `${name}成交公示`,
      PUBLISHING_TIME: ymdhms(published),
    });
  } else if (kind === "mining") {
    const name = `${regionName(region)}${place}建筑用花岗岩矿`;
    const trade = { NA_APP_NAME: name, UNIFIED_DEAL_CODE: dealCode, IN_BUY_KIND: c.miningListing, REGION_CODE: region, ...agency };
    const years = String(r.int(5, 15));
    const area = `0.${r.int(1000, 9999)}`;
    d(651, start, name, { ...trade, PUBLISHING_TIME: ymdhms(start), URL: url("mining-notice"), QT_PLAN_YEARS: years, QT_TOTAL_AREA: area });
    const deal = w.laterWorkday(start, r.int(25, 35), 10, 16);
    d(653, deal, name, {
      ...trade,
      PUBLISHING_TIME: ymdhms(deal),
      QT_PLAN_YEARS: years,
      QT_TOTAL_AREA: area,
      NA_PUBLIC_BIDDER: buyer.name,
      BIDDER_TYPE: c.uscc,
      BIDDER_CODE: buyer.uscc,
      BIDDER_ROLE: c.winner,
      QT_PUBLIC_PRICE: String(r.int(500, 20000)), // in 万元, as the contract says (the set has no unit field)
      DT_BUY_DATE: ymd(deal),
      DT_COST_DATE: ymd(deal + 30 * DAY),
      URL: url("mining-result"),
    });
  } else {
    const equity = kind === "equity";
    const percent = r.int(10, 60);
    const name = equity ? `${buyer.name.replace(/有限公司$/, "")}${percent}%股权转让` : `${seller.name}闲置资产一批转让`;
    const reserveWan = equity ? r.int(500, 20000) : r.int(100, 3000);
    // 32号令: equity 20 working days; physical assets 10, or 20 above 10 million yuan.
    const least = equity || reserveWan > 1000 ? 20 : 10;
    const duration = least + r.int(0, 3);
    const publish = w.laterWorkday(start, 0, 9, 11);
    const deal = w.workTime(addWorkdays(w.calendar, publish, duration + r.int(1, 5)), 10, 16);
    const project = { PROJECT_NAME: name, PROJECT_CODE: `XMCQ-${equity ? "GQ" : "ZC"}${year}-${serial}`, UNIFIED_DEAL_CODE: dealCode, REGION_CODE: region, ...agency };
    const sellerFields = { SELLER_NAME: seller.name, SELLER_TYPE: c.uscc, SELLER_CODE: seller.uscc, SELLER_ROLE: c.transferor };
    const common = { ...project, PRICE_UNIT: c.wan, CURRENCY_CODE: c.currency, PUBLISH_DURATION: String(duration), PUBLISH_DATE: ymd(publish), POST_PONE: c.yes, PRE_EXCHANGE_TYPE: c.onlineBidding, PROJECT_URL: url("property-listing") };
    if (equity) d(750, publish, name, { ...common, ...sellerFields, TOTAL_PERCENT: String(percent), AUTHORIZE_UNIT: "厦门市人民政府国有资产监督管理委员会", PROJECT_PRICE: String(reserveWan), GIVEUP_PRIORITY: c.yes, MANAGEMENT_INTENT: c.no });
    else d(700, publish, name, { ...common, ...sellerFields, PRICE_FORM_CODE: c.priceAmount, PROJECT_PRICE: String(reserveWan) });
    const value = decimal(Math.round(reserveWan * 1e6 * (1 + r.int(0, 30) / 100)), true);
    d(equity ? 753 : 701, deal, name, {
      ...project,
      EXCHANGE_TYPE: c.onlineBidding,
      SELLER_NAME: buyer.name,
      SELLER_TYPE: c.uscc,
      SELLER_CODE: buyer.uscc,
      SELLER_ROLE: c.transferee,
      OBJECT_EVALUATE_VALUE: String(reserveWan),
      ...(equity ? {} : { PRICE_FORM_CODE: c.priceAmount }),
      TRADE_VALUE: value,
      CURRENCY_CODE: c.currency,
      PRICE_UNIT: c.wan,
      TRADE_DATE: ymd(deal),
      PROJECT_URL: url("property-listing"),
    });
  }
  return out;
}
