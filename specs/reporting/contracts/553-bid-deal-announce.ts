import type { CommonFields } from "./common.ts";

/**
 * 政府采购子包的中标（成交）结果公告：中标（成交）供应商及其价格。
 * @dataNo 553
 * @dataEn BID_DEAL_ANNOUNCE
 * @zh 中标(成交)结果公告
 * @en Award notice
 * @domain procurement
 */
export interface BidDealAnnounce extends CommonFields {
  /**
   * @zh 采购项目编号
   * @en Procurement project code
   * @notation c..50
   */
  PURCHASE_PROJECT_CODE: string;
  /**
   * @zh 采购项目名称
   * @en Procurement project name
   * @notation c..600
   */
  PURCHASE_PROJECT_NAME: string;
  /**
   * @zh 采购项目子包编号
   * @en Lot code
   * @notation c..50
   */
  PURCHASE_SECTION_CODE: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 采购项目子包所在行政区域代码
   * @en Region code of the lot
   * @notation c6
   * @codelist REGION
   */
  REGION_CODE: string;
  /**
   * @zh 交易发生行政区域代码
   * @en Region code where the trade takes place
   * @notation c6
   * @codelist REGION
   */
  TRA_PLACE_CODE: string;
  /**
   * @zh 采购代理机构名称
   * @en Procurement agency name
   * @notation c..200
   */
  PURCHASER_AGENCY_NAME: string;
  /**
   * @zh 采购代理机构代码
   * @en Procurement agency code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the unified social credit code is assumed.
   */
  PURCHASER_AGENCY_CODE: string;
  /**
   * @zh 公告标题
   * @en Notice title
   * @notation c..200
   */
  WIN_BID_BULLETIN_TITLE: string;
  /**
   * @zh 公告内容
   * @en Notice content
   * @notation ul
   */
  WIN_BID_BULLETIN_CONTENT: string;
  /**
   * @zh 首次公告时间
   * @en First publication time
   * @notation yyyyMMddHHmmss
   */
  WIN_BID_BULLETIN_START_TIME: string;
  /**
   * @zh 公告源URL
   * @en Notice source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 中标（成交）供应商名称
   * @en Winning supplier name
   * @notation c..2000
   */
  WINNINGBIDDER_NAME: string;
  /**
   * @zh 中标（成交）供应商类别
   * @en Winning supplier code type
   * @notation c..30
   * @codelist SUBJECT_CODE_TYPE
   * @unverified The norm checks only the length and names no code list; SUBJECT_CODE_TYPE (dict 2001), which 513's BIDDER_CODE_TYPE uses, is assumed.
   */
  WINNINGBIDDER_TYPE: string;
  /**
   * @zh 中标（成交）供应商代码
   * @en Winning supplier code
   * @notation c..2000
   * @codeTypeField WINNINGBIDDER_TYPE
   */
  WINNINGBIDDER_CODE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   * @unverified The norm checks only the length here and names no code list; PRICE_FORM_CODE, the inline enum of the other price-form fields, is assumed.
   */
  PRICE_FORM_CODE: string;
  /**
   * When PRICE_FORM_CODE is 1 (an amount), WIN_BID_PRICE in yuan (after the PRICE_UNIT multiplier) must not exceed 3,000,000,000
   * (the Fujian intake's BID_AMOUNT rule, which the reference states for 513 and 553).
   * @zh 中标（成交）价格
   * @en Winning price
   * @notation n(14,6)
   */
  WIN_BID_PRICE?: string;
  /**
   * @zh 价格币种代码
   * @en Price currency
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE?: string;
  /**
   * @zh 价格单位
   * @en Price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
  /**
   * @zh 中标优惠率或其它类型价格
   * @en Winning discount rate or price in another form
   * @notation c..2000
   */
  WIN_BID_RATE?: string;
  /**
   * @zh 创建人
   * @en Created by
   * @notation c..50
   */
  CREATOR: string;
}
