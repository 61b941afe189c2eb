/**
 * The trades of the remaining domains, one at a time: a land-use-right grant by listing (600 → 601),
 * a mining-right grant by listing (651 → 653), an exploration-right grant by listing (650 → 652), a
 * transfer of state-owned physical assets (700 → 701) and of an equity stake (750 → 753), whose listing
 * also reports the transferred enterprise (751) and its top shareholders (752) under its PROJECT_CODE.
 * Periods keep the rules with room to spare: the land announcement 20 or more days before the listing
 * opens and a listing of 10 or more days; the mining- and exploration-right deal 25 or more days after
 * the announcement; the asset disclosure 10 or more working days before the deal (20 or more when the
 * reserve price is above 10 million yuan), the equity disclosure 20 or more working days. The filler
 * fills the fields a trade does not set. Complaints about engineering trades are in complaints.ts.
 */
import { codeNamed } from "./codes.ts";
import { regionName } from "./fake.ts";
import { decimal } from "./money.ts";
import { DAY, HOUR, MINUTE, addWorkdays, at, ymd, ymdhms } from "./time.ts";
import { PLACES, XIAMEN } from "./vocab.ts";
import type { Org } from "./parties.ts";
import type { Draft, TradingSystem, World } from "./world.ts";

/** The kinds of trade, in the order a run takes them (round robin, so that a short run has each). */
export const DOMAIN_TRADES = ["land", "mining", "exploration", "asset", "equity"] as const;
export type DomainTrade = (typeof DOMAIN_TRADES)[number];

/** The data sets each kind of trade reports, announcement first and result last. */
export const DOMAIN_TRADE_DATA_SETS: Record<DomainTrade, readonly number[]> = {
  land: [600, 601],
  mining: [651, 653],
  exploration: [650, 652],
  asset: [700, 701],
  equity: [750, 751, 752, 753],
};

/** How long a trade takes at most, in days (a run starts it early enough to end within the year). */
export const DOMAIN_TRADE_SPAN = 80;

/** The trading domain (x-domain) of each kind of trade. */
export const DOMAIN_OF_TRADE: Record<DomainTrade, string> = { land: "land", mining: "mining", exploration: "mining", asset: "property-rights", equity: "property-rights" };

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
  const dealKind = { land: "B01", mining: "C01", exploration: "C01", asset: "D01", equity: "D02" }[kind];
  const dealCode = w.dealCode(dealKind, system, start);
  const buyer = w.parties.suppliers.draw(r, 1)[0]!;
  // An equity stake is sold by a state-owned holding company; other assets by the public body holding them.
  const seller = (kind === "equity" ? w.parties.stateOwned : w.parties.publicBodies).draw(r, 1)[0]!;
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
  } else if (kind === "mining" || kind === "exploration") {
    const exploration = kind === "exploration";
    const sets = DOMAIN_TRADE_DATA_SETS[kind];
    const name = `${regionName(region)}${place}建筑用花岗岩${exploration ? "探矿权" : "矿"}`;
    const trade = { NA_APP_NAME: name, UNIFIED_DEAL_CODE: dealCode, IN_BUY_KIND: c.miningListing, REGION_CODE: region, ...agency };
    // An exploration right is granted for a few years (five at most) over square kilometres; a quarry's mining right for longer over less.
    const years = String(exploration ? r.int(3, 5) : r.int(5, 15));
    const area = `${exploration ? r.int(1, 9) : 0}.${r.int(1000, 9999)}`;
    d(sets[0]!, start, name, { ...trade, PUBLISHING_TIME: ymdhms(start), URL: url(`${kind}-notice`), QT_PLAN_YEARS: years, QT_TOTAL_AREA: area, ...(exploration ? { INVEST_PROJECT_CODE: undefined } : {}) });
    const deal = w.laterWorkday(start, r.int(25, 35), 10, 16);
    d(sets.at(-1)!, deal, name, {
      ...trade,
      PUBLISHING_TIME: ymdhms(deal),
      QT_PLAN_YEARS: years,
      QT_TOTAL_AREA: area,
      NA_PUBLIC_BIDDER: buyer.name,
      BIDDER_TYPE: c.uscc,
      BIDDER_CODE: buyer.uscc,
      BIDDER_ROLE: c.winner,
      QT_PUBLIC_PRICE: String(exploration ? r.int(100, 3000) : r.int(500, 20000)), // in 万元, as the contracts say (the sets have no unit field)
      DT_BUY_DATE: ymd(deal),
      DT_COST_DATE: ymd(deal + 30 * DAY),
      URL: url(`${kind}-result`),
    });
  } else {
    const equity = kind === "equity";
    const percent = r.int(10, 60);
    // The enterprise whose stake is sold: a company of the market other than the buyer.
    const enterprise = equity ? w.parties.suppliers.draw(r, 1, [buyer])[0]! : undefined;
    const name = enterprise ? `${enterprise.name.replace(/有限公司$/, "")}${percent}%股权转让` : `${seller.name}闲置资产一批转让`;
    const books = enterprise && booksOf(w, enterprise);
    // An equity stake's reserve price follows the enterprise's net assets (the appraisal rarely falls below them).
    const reserveWan = books ? Math.max(1, Math.round(((books.assets - books.debt) * percent * r.range(1, 1.6)) / 100)) : r.int(100, 3000);
    // 32号令: equity 20 working days; physical assets 10, or 20 above 10 million yuan.
    const least = equity || reserveWan > 1000 ? 20 : 10;
    const duration = least + r.int(0, 3);
    const publish = w.laterWorkday(start, 0, 9, 11);
    const deal = w.workTime(addWorkdays(w.calendar, publish, duration + r.int(1, 5)), 10, 16);
    const project = { PROJECT_NAME: name, PROJECT_CODE: `XMCQ-${equity ? "GQ" : "ZC"}${year}-${serial}`, UNIFIED_DEAL_CODE: dealCode, REGION_CODE: region, ...agency };
    const sellerFields = { SELLER_NAME: seller.name, SELLER_TYPE: c.uscc, SELLER_CODE: seller.uscc, SELLER_ROLE: c.transferor };
    const common = { ...project, PRICE_UNIT: c.wan, CURRENCY_CODE: c.currency, PUBLISH_DURATION: String(duration), PUBLISH_DATE: ymd(publish), POST_PONE: c.yes, PRE_EXCHANGE_TYPE: c.onlineBidding, PROJECT_URL: url("property-listing") };
    if (enterprise && books) {
      d(750, publish, name, { ...common, ...sellerFields, TOTAL_PERCENT: String(percent), AUTHORIZE_UNIT: "厦门市人民政府国有资产监督管理委员会", PROJECT_PRICE: String(reserveWan), GIVEUP_PRIORITY: c.yes, MANAGEMENT_INTENT: c.no });
      let t = publish;
      for (const [dataNo, fields] of enterpriseDisclosure(w, enterprise, books, seller, percent, project.PROJECT_CODE, publish)) d(dataNo, (t += r.int(2, 10) * MINUTE), name, fields);
    } else d(700, publish, name, { ...common, ...sellerFields, PRICE_FORM_CODE: c.priceAmount, PROJECT_PRICE: String(reserveWan) });
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

/** An enterprise's audited figures of the last year, in 万元. */
interface Books {
  assets: number;
  debt: number;
  revenue: number;
  profit: number;
}

function booksOf(w: World, enterprise: Org): Books {
  const r = w.rng;
  const assets = enterprise.capital * r.range(1.5, 4);
  const revenue = assets * r.range(0.5, 1.5);
  return { assets, debt: assets * r.range(0.3, 0.7), revenue, profit: revenue * r.range(0.02, 0.1) };
}

/** Net profit's share of the profit, after the 25 % enterprise income tax. */
const AFTER_TAX = 0.75;

/** 万元 to two decimals, as the norm's decimal string. */
const wan = (amount: number): string => decimal(Math.round(amount * 100) * 10_000, true);

/**
 * What an equity listing discloses of the enterprise whose stake it sells (32号令 art. 15): the enterprise
 * with its latest audited year and latest quarterly statements (751), and its shareholders (752), the seller
 * first with at least the stake sold, the rest held by one to three other state-owned companies. Amounts and
 * shares held are in 万元, as the examples have them (the contracts name no unit); the shares held add up to
 * the enterprise's registered capital.
 */
function enterpriseDisclosure(w: World, enterprise: Org, books: Books, seller: Org, percent: number, projectCode: string, publish: number): Array<[number, Draft["fields"]]> {
  const r = w.rng;
  const { assets, debt, revenue, profit } = books;
  const year = Number(ymd(publish).slice(0, 4));
  const month = Number(ymd(publish).slice(4, 6));
  // The last quarter's end before the listing (day 0 of a month is the last day of the one before).
  const quarterEnd = at(year, Math.floor((month - 1) / 3) * 3 + 1, 0);
  const grown = r.range(0.95, 1.08);
  const soFar = (Number(ymd(quarterEnd).slice(4, 6)) / 12) * r.range(0.9, 1.1);
  const company = { PROJECT_CODE: projectCode, SUBJECT_COMPANY_NAME: enterprise.name, SUBJECT_COMPANY_CODE: enterprise.uscc };
  const out: Array<[number, Draft["fields"]]> = [
    [
      751,
      {
        ...company,
        SELL_PERCENT: String(percent),
        ZONE: enterprise.region,
        EMPLOYEE_QUANTITY: String(r.int(30, 900)),
        HAS_CONTAIN_GROUND: (codes ??= tradeCodes()).no,
        LAST_AUDIT_YEAR: String(year - 1),
        LAST_AUDIT_ASSET: wan(assets),
        LAST_AUDIT_DEBT: wan(debt),
        LAST_AUDIT_EQUITY: wan(assets - debt),
        LAST_AUDIT_EARNING: wan(revenue),
        LAST_AUDIT_PROFIT: wan(profit),
        LAST_AUDIT_NETPROFIT: wan(profit * AFTER_TAX),
        FINANCE_REPORT_DATE: ymd(quarterEnd),
        TOTAL_CAPITAL: wan(assets * grown),
        TOTAL_DEBT: wan(debt * grown),
        OWENERSHIP_INTEREST: wan((assets - debt) * grown),
        BUSINESS_INCOME: wan(revenue * soFar),
        BUSINESS_PROFIT: wan(profit * soFar),
        NET_PROFIT: wan(profit * soFar * AFTER_TAX),
      },
    ],
  ];
  const held = Math.min(100, percent + r.int(0, 40));
  const others = held < 100 ? w.parties.stateOwned.draw(r, Math.min(100 - held, r.int(1, 3)), [seller]) : [];
  let rest = 100 - held;
  const holders: Array<[Org, number]> = [[seller, held]];
  others.forEach((o, i) => {
    const share = i === others.length - 1 ? rest : r.int(1, rest - (others.length - 1 - i));
    rest -= share;
    holders.push([o, share]);
  });
  for (const [holder, share] of holders)
    out.push([752, { ...company, TOP10_HOLDER_NAME: holder.name, TOP10_HOLDER_NUMBER: wan((enterprise.capital * share) / 100), TOP10_HOLDER_PERCENT: String(share) }]);
  return out;
}
