import type { CommonFields } from "./common.ts";

/**
 * 企业国有实物资产转让在产权交易机构的挂牌信息披露：标的、转让方、挂牌价格、挂牌期间与交易方式。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * Period: the disclosure lasts at least 10 working days before the deal (701) is concluded when the listing price is above ¥1 million,
 * 20 when above ¥10 million (QT-ASSET-LISTING-PERIOD, QT-ASSET-LISTING-PERIOD-LARGE, 32号令 第四十八条).
 * @dataNo 700
 * @dataEn LISTING_PUB_INFO
 * @zh 挂牌披露信息
 * @en Listing disclosure (state-owned assets)
 * @domain property-rights
 */
export interface ListingPubInfo extends CommonFields {
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
   * @zh 资产类别（实物）
   * @en Asset class (physical)
   * @notation c..30
   * @codelist PROPERTY_ASSET_TYPE
   */
  PROJECT_TYPE: string;
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
   * @zh 转让方名称
   * @en Transferor name
   * @notation c..300
   */
  SELLER_NAME: string;
  /**
   * @zh 转让方代码
   * @en Transferor code
   * @notation c..18
   * @codeTypeField SELLER_TYPE
   */
  SELLER_CODE: string;
  /**
   * @zh 转让方类别
   * @en Transferor code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  SELLER_TYPE: string;
  /**
   * @zh 转让方角色
   * @en Transferor role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  SELLER_ROLE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 挂牌价格
   * @en Listing price
   * @notation n(14,6)
   */
  PROJECT_PRICE?: string;
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
   * @zh 其它形式挂牌报价
   * @en Listing price in another form
   * @notation c..2000
   */
  OTHER_PRICE?: string;
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
   * @zh 交易方式
   * @en Trading method
   * @notation c..10
   * @codelist PROPERTY_TRADE_MODE
   */
  PRE_EXCHANGE_TYPE: string;
  /**
   * @zh 转让说明事项
   * @en Notes on the transfer
   * @notation c..4000
   */
  TRANSFER_NOTES: string;
  /**
   * @zh 在交易机构网站进行挂牌信息披露的链接
   * @en Disclosure URL on the exchange's website
   * @notation c..200
   */
  PROJECT_URL: string;
}
