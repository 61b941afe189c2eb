import type { CommonFields } from "./common.ts";

/**
 * 企业国有产权（股权）转让的挂牌信息披露：转让方、批准单位、转让比例、挂牌价格与期间、优先购买权。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * The intake names the data set 挂牌披露信息 like 700; the qualifier in brackets is ours.
 * Period: the formal disclosure lasts at least 20 working days before the deal (753) is concluded (QT-EQUITY-LISTING-PERIOD, 32号令 第十三条).
 * @dataNo 750
 * @dataEn STOCK_LISTING_PUB_INFO
 * @zh 挂牌披露信息（企业产权转让）
 * @en Listing disclosure (equity transfer)
 * @domain property-rights
 */
export interface StockListingPubInfo extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..300
   */
  PROJECT_NAME: string;
  /**
   * @zh 项目编号
   * @en Project code
   * @notation c..20
   */
  PROJECT_CODE: string;
  /**
   * @zh 标的编号
   * @en Object code
   * @notation c..20
   */
  BID_CODE?: string;
  /**
   * @zh 标的名称
   * @en Object name
   * @notation c..300
   */
  BID_NAME?: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 项目分类代码
   * @en Project classification
   * @notation c3
   * @codelist TENDER_PROJECT_TYPE
   * @unverified The intake checks it against sys_dic 10, the dictionary of TENDER_PROJECT_TYPE; which of its codes apply to property rights is not known.
   */
  PROJECT_CLASSIFY_CODE?: string;
  /**
   * @zh 标的所在行政区域代码
   * @en Region code of the object
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
   * @zh 交易机构名称
   * @en Trading institution name
   * @notation c..200
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified The norm names it 代码 and allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
  /**
   * Several transferors (joint transfer) fit in 2000 characters.
   * @zh 转让方名称
   * @en Transferor name
   * @notation c..2000
   */
  SELLER_NAME: string;
  /**
   * @zh 转让方类别
   * @en Transferor code type
   * @notation c..200
   * @codelist SUBJECT_CODE_TYPE
   * @codelistSeparator ;
   */
  SELLER_TYPE: string;
  /**
   * Several transferors' codes fit in 2000 characters, so the field is not checked as one code.
   * @zh 转让方代码
   * @en Transferor code
   * @notation c..2000
   */
  SELLER_CODE: string;
  /**
   * @zh 转让方角色
   * @en Transferor role
   * @notation c..2
   * @codelist SUBJECT_ROLE
   */
  SELLER_ROLE: string;
  /**
   * @zh 转让行为批准单位
   * @en Body approving the transfer
   * @notation c..200
   */
  AUTHORIZE_UNIT: string;
  /**
   * @zh 转让比例
   * @en Share transferred (%)
   * @notation n(16,4)
   * @unverified A percentage is assumed (the norm gives only n(16,4)).
   */
  TOTAL_PERCENT: string;
  /**
   * @zh 挂牌价格
   * @en Listing price
   * @notation n(14,6)
   */
  PROJECT_PRICE: string;
  /**
   * @zh 价格币种代码
   * @en Price currency
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE: string;
  /**
   * @zh 价格单位
   * @en Price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT: string;
  /**
   * @zh 挂牌期间
   * @en Listing period
   * @notation n..3
   * @unverified The norm does not state the unit; working days are assumed (32号令 counts the disclosure period in working days).
   */
  PUBLISH_DURATION: string;
  /**
   * @zh 挂牌日期
   * @en Listing date
   * @notation yyyyMMdd
   */
  PUBLISH_DATE: string;
  /**
   * @zh 是否自动延期
   * @en Extended automatically
   * @notation c1
   * @codelist CQ_TRUE_OR_FALSE
   */
  POST_PONE: string;
  /**
   * @zh 选择的竞价交易方式
   * @en Chosen bidding method
   * @notation c..10
   * @codelist PROPERTY_TRADE_MODE
   */
  PRE_EXCHANGE_TYPE: string;
  /**
   * @zh 管理层是否有收购意向
   * @en Management intends to buy
   * @notation c1
   * @codelist CQ_TRUE_OR_FALSE
   */
  MANAGEMENT_INTENT?: string;
  /**
   * @zh 标的企业原股东是否放弃行使优先购买权
   * @en Existing shareholders waive pre-emption
   * @notation c1
   * @codelist CQ_TRUE_OR_FALSE
   */
  GIVEUP_PRIORITY: string;
  /**
   * @zh 重要信息披露
   * @en Material information disclosed
   * @notation ul
   */
  IMPORTANT_INFO?: string;
  /**
   * @zh 受让方资格条件
   * @en Transferee qualifications
   * @notation ul
   */
  BUYER_POSTULATE?: string;
  /**
   * @zh 与转让相关的其他条件
   * @en Other conditions of the transfer
   * @notation ul
   */
  OTHER_CONDITIONS?: string;
  /**
   * @zh 在交易机构网站进行挂牌信息披露的链接
   * @en Disclosure URL on the exchange's website
   * @notation ul
   */
  PROJECT_URL?: string;
}
