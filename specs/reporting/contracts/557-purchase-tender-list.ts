import type { CommonFields } from "./common.ts";

/**
 * 参加政府采购子包投标（响应）的供应商及其保证金与报价，一个供应商一条记录。
 * @dataNo 557
 * @dataEn PURCHASE_TENDER_LIST
 * @zh 供应商名单
 * @en Supplier list
 * @domain procurement
 */
export interface PurchaseTenderList extends CommonFields {
  /**
   * @zh 采购项目编号
   * @en Procurement project code
   * @notation c..50
   */
  PURCHASE_PROJECT_CODE: string;
  /**
   * @zh 采购项目子包编号
   * @en Lot code
   * @notation c..50
   */
  PURCHASE_SECTION_CODE?: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 供应商名称
   * @en Supplier name
   * @notation c..200
   */
  BIDDER_NAME: string;
  /**
   * @zh 是否失信人
   * @en Listed as a dishonest party
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_LOST: string;
  /**
   * @zh 供应商类别
   * @en Supplier code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * @zh 供应商代码
   * @en Supplier code
   * @notation c..18
   * @codeTypeField BIDDER_CODE_TYPE
   */
  BIDDER_ORG_CODE: string;
  /**
   * @zh 供应商角色
   * @en Supplier role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * @zh 是否提交保证金
   * @en Deposit submitted
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_COMMIT_MARGIN: string;
  /**
   * @zh 保证金递交方式
   * @en Deposit payment method
   * @notation c1
   * @codelist MARGIN_PAY_FORM
   */
  MARGIN_PAY_FORM: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 费率或其它类型报价
   * @en Bid as a rate or in another form
   * @notation c..2000
   */
  OTHER_BID_PRICE?: string;
  /**
   * @zh 保证金递交时间
   * @en Deposit receipt time
   * @notation yyyyMMddHHmmss
   */
  MARGIN_RECEIVE_TIME: string;
  /**
   * @zh 报价金额
   * @en Bid price
   * @notation n(14,6)
   */
  BID_PRICE?: string;
  /**
   * @zh 报价币种
   * @en Bid currency
   * @notation c3
   * @codelist CURRENCY
   */
  PRICE_CURRENCY?: string;
  /**
   * @zh 报价单位
   * @en Bid price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
}
