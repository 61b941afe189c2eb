import type { CommonFields } from "./common.ts";

/**
 * 采购人与中标（成交）供应商签订的政府采购合同：合同金额、期限与签署时间。
 * @dataNo 554
 * @dataEn PURCHASE_CONTRACT
 * @zh 采购合同
 * @en Procurement contract
 * @domain procurement
 */
export interface PurchaseContract extends CommonFields {
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
   * @zh 合同名称
   * @en Contract name
   * @notation c..600
   */
  CONTRACT_NAME: string;
  /**
   * @zh 采购人名称
   * @en Purchaser name
   * @notation c..2000
   */
  PURCHASER_NAME: string;
  /**
   * Several purchasers (joint procurement) fit in 2000 characters, so the field is not checked as one code.
   * @zh 采购人代码
   * @en Purchaser code
   * @notation c..2000
   */
  PURCHASER_CODE: string;
  /**
   * @zh 采购人角色
   * @en Purchaser role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified The norm checks only the length (fixed 2) and names no code list; SUBJECT_ROLE (dict 26) is assumed.
   */
  LEGAL_ROLE: string;
  /**
   * @zh 中标（成交）供应商名称
   * @en Winning supplier name
   * @notation c..2000
   */
  SUPPLIER_NAME: string;
  /**
   * The data set has no code-type field and allows 2000 characters (a consortium's members), so the field is not checked as one code.
   * @zh 中标（成交）供应商代码
   * @en Winning supplier code
   * @notation c..2000
   */
  SUPPLIER_CODE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   * @unverified The norm checks only the length here and names no code list; PRICE_FORM_CODE, the inline enum of the other price-form fields, is assumed.
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 合同金额
   * @en Contract amount
   * @notation n(14,6)
   */
  CONTRACT_AMOUNT?: string;
  /**
   * @zh 价格币种代码
   * @en Price currency
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE?: string;
  /**
   * @zh 金额单位
   * @en Amount unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
  /**
   * @zh 优惠率或其它类型合同价格
   * @en Contract price as a discount rate or in another form
   * @notation c..2000
   */
  WIN_BID_RATE?: string;
  /**
   * @zh 合同期限
   * @en Contract term
   * @notation n..4
   * @unverified The norm does not state the unit; days are assumed.
   */
  CONTRACT_TERM?: string;
  /**
   * @zh 合同签署时间
   * @en Contract signing time
   * @notation yyyyMMddHHmmss
   */
  SIGNING_TIME?: string;
  /**
   * @zh 合同源URL
   * @en Contract source URL
   * @notation c..500
   */
  URL?: string;
}
