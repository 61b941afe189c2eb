import type { CommonFields } from "./common.ts";

/**
 * 政府采购项目及其子包的基本信息：采购人、预算、采购方式、组织形式与代理机构。
 * @dataNo 550
 * @dataEn PURCHASE_PROJECT
 * @zh 采购项目
 * @en Procurement project
 * @domain procurement
 */
export interface PurchaseProject extends CommonFields {
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
   * @zh 项目类别关联代码
   * @en Project category link
   * @notation c1
   * @codelist RELATE_CODE
   */
  RELATE_CODE: string;
  /**
   * Expected when RELATE_CODE is 1, as for 500.
   * @zh 投资项目统一代码
   * @en Investment project code
   * @notation c24
   * @format invest-project-code
   */
  INVEST_PROJECT_CODE?: string;
  /**
   * @zh 采购项目类型
   * @en Procurement project type
   * @notation c3
   * @codelist TENDER_PROJECT_TYPE
   */
  TENDER_PROJECT_TYPE: string;
  /**
   * Several purchasers (joint procurement) fit in 2000 characters, so the field is not checked as one code.
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
   */
  PURCHASER_ROLE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 项目预算
   * @en Project budget
   * @notation n(14,6)
   */
  PROGRAM_BUDGET?: string;
  /**
   * @zh 预算金额币种
   * @en Budget currency
   * @notation c3
   * @codelist CURRENCY
   */
  BUDGET_CURRENCY?: string;
  /**
   * @zh 预算金额单位
   * @en Budget unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  UNIT_BUDGET?: string;
  /**
   * @zh 优惠率或其它类型项目预算
   * @en Budget as a discount rate or in another form
   * @notation c..2000
   */
  OTHER_PROGRAM_BUDGET?: string;
  /**
   * @zh 是否PPP项目
   * @en PPP project
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_PROJECT?: string;
  /**
   * @zh 采购方式
   * @en Procurement method
   * @notation c1
   * @codelist PURCHASE_MODE
   */
  PURCHASER_MODE: string;
  /**
   * @zh 采购内容
   * @en Procurement content
   * @notation ul
   */
  PURCHASER_CONTENT?: string;
  /**
   * @zh 采购组织形式
   * @en Procurement organisation form
   * @notation c1
   * @codelist PURCHASE_ORGANIZE_FORM
   */
  PURCHASER_ORGANIZE_FORM: string;
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
   * @zh 采购代理机构角色
   * @en Procurement agency role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified The norm checks only the length (fixed 2) and names no code list; SUBJECT_ROLE (dict 26) is assumed.
   */
  PURCHASER_AGENCY_ROLE: string;
  /**
   * @zh 采购代理机构联系人
   * @en Procurement agency contact person
   * @notation c..100
   */
  PURCHASER_AGENCY_CONNECTOR?: string;
  /**
   * @zh 采购代理机构联系电话
   * @en Procurement agency telephone
   * @notation c..50
   */
  PURCHASER_AGENCY_INFORMATION?: string;
  /**
   * @zh 采购项目子包编号
   * @en Lot code
   * @notation c..50
   */
  PURCHASE_SECTION_CODE: string;
  /**
   * @zh 采购项目子包名称
   * @en Lot name
   * @notation c..600
   */
  PURCHASE_SECTION_NAME: string;
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
   * @zh 项目创建时间
   * @en Project creation time
   * @notation yyyyMMddHHmmss
   */
  CREATE_TIME: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
}
