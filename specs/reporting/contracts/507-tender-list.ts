import type { TradePlatFields } from "./common.ts";

/**
 * 投标人名单：标段（包）的每个投标人一条记录，含投标报价与开标明细。
 * @dataNo 507
 * @dataEn TENDER_LIST
 * @zh 投标人名单
 * @en Bidder list
 * @domain engineering
 */
export interface TenderList extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * Must name a section already reported as 502 (QA-REF-SECTION), and start with TENDER_PROJECT_CODE (QA-CODE-HIERARCHY).
   * @zh 标段（包）编号
   * @en Section code
   * @notation c23
   */
  BID_SECTION_CODE: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 投标人名称
   * @en Bidder name
   * @notation c..300
   */
  BIDDER_NAME: string;
  /**
   * @zh 是否失信人
   * @en Listed as dishonest
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_LOST: string;
  /**
   * @zh 投标人类别
   * @en Bidder code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * @zh 投标人代码
   * @en Bidder code
   * @notation c..200
   * @codeTypeField BIDDER_CODE_TYPE
   */
  BIDDER_ORG_CODE: string;
  /**
   * @zh 投标人角色
   * @en Bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * Shared by bidders of one section, a collusion warning (QW-SAME-CONTACT).
   * @zh 投标单位项目负责人
   * @en Bidder's project manager
   * @notation c..100
   */
  BID_MANAGER: string;
  /**
   * Shared by bidders of one section, a collusion warning (实施条例 第40条; QW-SAME-CONTACT).
   * @zh 项目负责人证件号码
   * @en Project manager's ID number
   * @notation c..18
   * @format resident-id
   * @unverified The norm names it 证件号码 with no ID_CARD_TYPE; a resident ID number is assumed from its 18-character length.
   */
  PM_CODE: string;
  /**
   * @zh 项目负责人相关证书和编号
   * @en Project manager's certificates and numbers
   * @notation ul
   */
  PM_CERTIFICATES: string;
  /**
   * @zh 是否提交保证金
   * @en Bid security submitted
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_COMMIT_MARGIN: string;
  /**
   * @zh 保证金递交方式
   * @en Bid security submission form
   * @notation c..20
   * @codelist MARGIN_PAY_FORM
   * @codelistSeparator ;
   * @unverified The Fujian DomainMatch accepts ;-separated multiple codes; that this field uses them is not verified.
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
   * @en Rate or other kind of bid price
   * @notation c..2000
   */
  OTHER_BID_PRICE?: string;
  /**
   * @zh 保证金递交时间
   * @en Bid security submission time
   * @notation yyyyMMddHHmmss
   */
  MARGIN_RECEIVE_TIME: string;
  /**
   * @zh 联合体名称（如有）
   * @en Consortium name
   * @notation c..1000
   */
  UNION_ENTERPRISE_NAME?: string;
  /**
   * @zh 联合体组织机构代码证（联合体招标时填写）
   * @en Consortium organisation code
   * @notation c..500
   */
  UNION_ORGAN_SET_CODE?: string;
  /**
   * @zh 联合体联系人（如有）
   * @en Consortium contact person
   * @notation c..3000
   */
  UNION_CONTACT_NAME?: string;
  /**
   * @zh 联合体联系电话（如有）
   * @en Consortium telephone
   * @notation c..2000
   */
  UNION_CONTACT_PHONE?: string;
  /**
   * @zh 投标人信息版本
   * @en Bidder information version
   * @notation yyyyMMddHHmmss
   */
  BIDDER_INFO_VERSION?: string;
  /**
   * In the unit given by PRICE_UNIT (0 元, 1 万元): normalise by it before comparing amounts. Compared across the bidders of a section by the collusion warnings QW-PRICE-PATTERN and QW-PRICE-BAND.
   * @zh 投标报价金额
   * @en Bid price
   * @notation n(14,6)
   */
  BID_PRICE?: string;
  /**
   * @zh 投标报价币种
   * @en Bid price currency
   * @notation c3
   * @codelist CURRENCY
   */
  PRICE_CURRENCY?: string;
  /**
   * @zh 投标报价单位
   * @en Bid price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
  /**
   * In calendar days by common practice; the norm states no unit.
   * @zh 投标工期
   * @en Offered construction period
   * @notation n..4
   */
  TIME_LIMIT?: string;
  /**
   * @zh 投标文件递交时间
   * @en Bid submission time
   * @notation yyyyMMddHHmmss
   */
  CHECKIN_TIME: string;
  /**
   * @zh 投标人企业注册所在地
   * @en Bidder's registered region
   * @notation c6
   * @codelist REGION
   */
  BIDDER_REGION_CODE: string;
  /**
   * @zh 投标人企业性质
   * @en Bidder's enterprise type
   * @notation c1
   * @codelist ENTERPRISE_PROPERTY
   */
  BIDDER_PROPERTY: string;
  /**
   * Shared by bidders of one section, a collusion warning (QW-SAME-CONTACT).
   * @zh 投标操作人员
   * @en Bid operator
   * @notation c..100
   */
  BIDDER_OPERATION_PERSON: string;
  /**
   * @zh 投标操作人员身份证
   * @en Bid operator's ID number
   * @notation c..100
   * @format resident-id
   */
  BIDDER_OPERATION_PERSON_ID?: string;
  /**
   * Shared by bidders of one section, a collusion warning (QW-SAME-CONTACT).
   * @zh 投标操作人联系方式
   * @en Bid operator's contact details
   * @notation c..100
   */
  BIDDER_OPERATION_PERSON_CON: string;
}
