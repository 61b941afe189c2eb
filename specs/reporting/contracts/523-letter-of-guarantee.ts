import type { TradePlatFields } from "./common.ts";

/**
 * 投标人以电子保函代替现金投标保证金时，出函机构出具的保函信息。
 * @dataNo 523
 * @dataEn LETTER_OF_GUARANTEE
 * @zh 投标电子保函
 * @en Electronic bid guarantee
 * @domain engineering
 */
export interface LetterOfGuarantee extends TradePlatFields {
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
   * @notation c..200
   */
  BIDDER_NAME: string;
  /**
   * @zh 投标人代码
   * @en Bidder code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the unified social credit code is assumed.
   */
  BIDDER_ORG_CODE: string;
  /**
   * @zh 联合体名称（如有）
   * @en Consortium name (if any)
   * @notation c..1000
   */
  UNION_ENTERPRISE_NAME?: string;
  /**
   * @zh 联合体组织机构代码证（联合体招标时填写）
   * @en Consortium members' organisation codes (for consortium bids)
   * @notation c..500
   */
  UNION_ORGAN_SET_CODE?: string;
  /**
   * @zh 保函形式
   * @en Guarantee form
   * @notation n..2
   * @unverified The norm types this field num(2) with no code list; its values are not in the reference.
   */
  GUARANTEE_FORM?: string;
  /**
   * @zh 保函类型
   * @en Guarantee type
   * @notation n..2
   * @unverified The norm types this field num(2) with no code list; its values are not in the reference.
   */
  GUARANTEE_TYPE: string;
  /**
   * @zh 保函编号
   * @en Guarantee number
   * @notation c..200
   */
  GUARANTEE_NO: string;
  /**
   * @zh 保函状态
   * @en Guarantee status
   * @notation c..200
   */
  GUARANTEE_STATUS: string;
  /**
   * @zh 受益人
   * @en Beneficiary
   * @notation c..200
   */
  BENEFICIARY: string;
  /**
   * @zh 承保人
   * @en Guarantor
   * @notation c..200
   */
  INSURER: string;
  /**
   * @zh 担保金额
   * @en Guaranteed amount
   * @notation n(14,6)
   * @unverified The data set has no price-unit field; the amount is taken to be in yuan.
   */
  GUARANTEE_AMOUNT: string;
  /**
   * @zh 担保费用
   * @en Guarantee fee
   * @notation n(14,6)
   * @unverified The data set has no price-unit field; the amount is taken to be in yuan.
   */
  GUARANTEE_COST: string;
  /**
   * @zh 保函创建时间
   * @en Guarantee creation time
   * @notation yyyyMMddHHmmss
   */
  CREATE_TIME: string;
  /**
   * @zh 担保开始时间
   * @en Guarantee start time
   * @notation yyyyMMddHHmmss
   */
  BEGIN_TIME: string;
  /**
   * @zh 担保结束时间
   * @en Guarantee end time
   * @notation yyyyMMddHHmmss
   */
  END_TIME: string;
  /**
   * @zh 支付方式
   * @en Payment method
   * @notation c..200
   */
  PURCHASE_METHOD: string;
  /**
   * @zh 支付时间
   * @en Payment time
   * @notation yyyyMMddHHmmss
   */
  PURCHASE_TIME: string;
  /**
   * @zh 出函时间
   * @en Issue time
   * @notation yyyyMMddHHmmss
   */
  LETTER_TIME: string;
  /**
   * @zh 申请人员
   * @en Applicant
   * @notation c..200
   */
  PROPOSER: string;
  /**
   * @zh 申请人员联系方式
   * @en Applicant contact details
   * @notation c..200
   */
  PROPOSER_PHONE: string;
  /**
   * @zh 证件类型
   * @en Applicant ID document type
   * @notation c2
   * @codelist ID_CARD_TYPE
   * @unverified The norm checks only the length (fixed 2) and names no code list; ID_CARD_TYPE (dict 7, also fixed 2) is assumed.
   */
  PROPOSER_CARD_TYPE: string;
  /**
   * @zh 证件号码
   * @en Applicant ID document number
   * @notation c..18
   * @codeTypeField PROPOSER_CARD_TYPE
   */
  PROPOSER_CODE: string;
  /**
   * @zh 支付账号
   * @en Payment account
   * @notation c..600
   */
  PURCHASE_ACCOUN: string;
  /**
   * @zh 费率
   * @en Fee rate
   * @notation n(14,6)
   * @unverified The norm does not say whether the rate is a fraction or a percentage; a percentage is assumed.
   */
  RATE: string;
  /**
   * @zh 电子保单文件下载地址
   * @en Guarantee file download URL
   * @notation c..2000
   */
  GUARANTEE_URL: string;
  /**
   * @zh 电子保单文件md5码
   * @en Guarantee file MD5
   * @notation c..32
   */
  GUARANTEE_MD5: string;
}
