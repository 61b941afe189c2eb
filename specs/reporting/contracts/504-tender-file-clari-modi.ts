import type { TradePlatFields } from "./common.ts";

/**
 * 招标文件，以及招标文件的澄清与修改。
 *
 * Table rule POST_OPEN: when IS_POSTPONE is 1, POST_OPEN_TIME and POST_OPEN_ADDRESS are required (QC-POSTPONE-FIELDS).
 * @dataNo 504
 * @dataEn TENDER_FILE_CLARI_MODI
 * @zh 招标文件/招标文件澄清与修改
 * @en Tender documents, clarifications and amendments
 * @domain engineering
 */
export interface TenderFileClariModi extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * One or more section codes of the tender project.
   * @zh 相关标段（包）编号
   * @en Related section codes
   * @notation c..2000
   */
  BID_SECTION_CODE: string;
  /**
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation c..2000
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 文件编号
   * @en Document number
   * @notation c26
   */
  DOC_NO?: string;
  /**
   * @zh 文件名称
   * @en Document name
   * @notation c..600
   */
  DOC_NAME: string;
  /**
   * @zh 投标资格
   * @en Bidding qualification
   * @notation ul
   */
  BID_QUALIFICATION: string;
  /**
   * A clarification or amendment that affects bid preparation must be issued at least 15 days before this deadline (招标投标法 第23条; QT-CLARIFY-LEAD).
   * @zh 投标文件递交截止时间
   * @en Bid submission deadline
   * @notation yyyyMMddHHmmss
   */
  BID_DOC_REFER_END_TIME: string;
  /**
   * In days.
   * @zh 投标有效期
   * @en Bid validity period
   * @notation n..5
   */
  VALID_PERIOD: string;
  /**
   * @zh 投标文件递交方法
   * @en How to submit bids
   * @notation ul
   */
  BID_DOC_REFER_METHOD: string;
  /**
   * @zh 投标保证金缴纳方式
   * @en Bid security payment method
   * @notation c..10
   * @codelist MARGIN_PAY_FORM
   * @codelistSeparator ;
   * @unverified The Fujian DomainMatch accepts ;-separated multiple codes; that this field uses them is not verified.
   */
  MARGIN_PAY_TYPE: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * In the unit given by MARGIN_AMOUNT_UNIT (0 元, 1 万元): normalise by it before comparing amounts.
   * @zh 投标保证金金额
   * @en Bid security amount
   * @notation n(14,6)
   */
  MARGIN_AMOUNT?: string;
  /**
   * @zh 投标保证金币种代码
   * @en Bid security currency
   * @notation c3
   * @codelist CURRENCY
   */
  MARGIN_CURRENCY?: string;
  /**
   * @zh 投标保证金单位
   * @en Bid security unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  MARGIN_AMOUNT_UNIT?: string;
  /**
   * @zh 投标保证金比率或其他
   * @en Bid security rate or other
   * @notation c..200
   */
  MARGIN_PERCENT?: string;
  /**
   * In the unit given by CONTROL_PRICE_UNIT (0 元, 1 万元): normalise by it before comparing amounts.
   * @zh 控制价（最高限价）（如有）
   * @en Ceiling price
   * @notation n(14,6)
   */
  CONTROL_PRICE?: string;
  /**
   * @zh 控制价币种代码（如有）
   * @en Ceiling price currency
   * @notation c3
   * @codelist CURRENCY
   */
  CONTROL_PRICE_CURRENCY?: string;
  /**
   * @zh 控制价单位（如有）
   * @en Ceiling price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  CONTROL_PRICE_UNIT?: string;
  /**
   * @zh 评标办法
   * @en Evaluation method
   * @notation ul
   */
  EVALUATING_METHOD: string;
  /**
   * @zh 开标时间
   * @en Bid opening time
   * @notation yyyyMMddHHmmss
   */
  BID_OPEN_TIME: string;
  /**
   * @zh 开标地点
   * @en Bid opening place
   * @notation c..200
   */
  BID_OPEN_PLACE: string;
  /**
   * @zh 开标方式
   * @en Bid opening method
   * @notation ul
   */
  BID_OPEN_TYPE: string;
  /**
   * @zh 资格审查方式
   * @en Qualification review method
   * @notation c1
   * @codelist QUAL_TYPE
   */
  QUAL_TYPE: string;
  /**
   * @zh 答疑澄清时间
   * @en Clarification time
   * @notation yyyyMMddHHmmss
   */
  CLARIFY_TIME: string;
  /**
   * When 1, POST_OPEN_TIME and POST_OPEN_ADDRESS are required (table rule POST_OPEN, quality rule QC-POSTPONE-FIELDS).
   * @zh 是否延期
   * @en Postponed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_POSTPONE: string;
  /**
   * Required when IS_POSTPONE is 1 (QC-POSTPONE-FIELDS).
   * @zh 延期后开标时间
   * @en Bid opening time after postponement
   * @notation yyyyMMddHHmmss
   */
  POST_OPEN_TIME?: string;
  /**
   * Required when IS_POSTPONE is 1 (QC-POSTPONE-FIELDS).
   * @zh 延期后开标地点
   * @en Bid opening place after postponement
   * @notation c..200
   */
  POST_OPEN_ADDRESS?: string;
  /**
   * @zh 对文件澄清与修改的主要内容
   * @en Main points of the clarification or amendment
   * @notation ul
   */
  CLARIFY_CONTENT: string;
  /**
   * When the document or clarification was issued; at least 15 days before BID_DOC_REFER_END_TIME for a clarification that affects bid preparation (QT-CLARIFY-LEAD).
   * @zh 递交时间
   * @en Submission time
   * @notation yyyyMMddHHmmss
   */
  SUBMIT_TIME: string;
  /**
   * @zh 文件源URL
   * @en Document source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 评标方式
   * @en Evaluation type
   * @notation c1
   * @codelist EVALUATION_TYPE
   */
  EVALUATION_TYPE: string;
}
