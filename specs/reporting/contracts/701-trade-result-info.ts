import type { CommonFields } from "./common.ts";

/**
 * 企业国有实物资产转让的交易结果：交易方式、受让方、评估值与成交金额、成交日期。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * The norm names the buyer's fields SELLER_* with the Chinese names of the transferee (受让方); they hold the transferee.
 * @dataNo 701
 * @dataEn TRADE_RESULT_INFO
 * @zh 交易结果信息
 * @en Trade result (state-owned assets)
 * @domain property-rights
 */
export interface TradeResultInfo extends CommonFields {
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
   * @zh 交易方式
   * @en Trading method
   * @notation c..10
   * @codelist PROPERTY_TRADE_MODE
   */
  EXCHANGE_TYPE: string;
  /**
   * @zh 受让方名称
   * @en Transferee name
   * @notation c..300
   */
  SELLER_NAME: string;
  /**
   * @zh 受让方代码
   * @en Transferee code
   * @notation c..18
   * @codeTypeField SELLER_TYPE
   */
  SELLER_CODE: string;
  /**
   * @zh 受让方类别
   * @en Transferee code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  SELLER_TYPE: string;
  /**
   * @zh 受让方角色
   * @en Transferee role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  SELLER_ROLE: string;
  /**
   * @zh 转让标的评估值或账面净值
   * @en Appraised or net book value of the object
   * @notation n(14,6)
   */
  OBJECT_EVALUATE_VALUE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 成交金额
   * @en Deal amount
   * @notation n(14,6)
   */
  TRADE_VALUE?: string;
  /**
   * @zh 成交金额币种代码
   * @en Deal amount currency
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE?: string;
  /**
   * @zh 成交金额单位
   * @en Deal amount unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
  /**
   * @zh 其它类型成交结果
   * @en Deal result in another form
   * @notation c..2000
   */
  OTHER_BID_PRICE?: string;
  /**
   * @zh 成交日期
   * @en Deal date
   * @notation yyyyMMdd
   */
  TRADE_DATE: string;
  /**
   * @zh 在交易机构网站进行挂牌信息披露的链接
   * @en Disclosure URL on the exchange's website
   * @notation c..200
   */
  PROJECT_URL: string;
}
