import type { TradePlatFields } from "./common.ts";

/**
 * 资格预审文件及其澄清与修改：申请资格、申请文件递交截止与开启时间、评审办法。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * Table rule as in 504: when IS_POSTPONE is 1, POST_OPEN_TIME and POST_OPEN_ADDRESS are required (QC-POSTPONE-FIELDS).
 * @dataNo 514
 * @dataEn QUALI_INQUERY_CLARI
 * @zh 资格预审/资格预审澄清
 * @en Prequalification documents and their clarifications
 * @domain engineering
 */
export interface QualiInqueryClari extends TradePlatFields {
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
   * @notation ul
   */
  BID_SECTION_CODES: string;
  /**
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation ul
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 文件编号
   * @en Document number
   * @notation c..50
   */
  DOC_CODE: string;
  /**
   * @zh 文件名称
   * @en Document name
   * @notation c..600
   */
  DOC_NAME: string;
  /**
   * @zh 申请资格
   * @en Applicant qualifications
   * @notation ul
   */
  APPLICANT_QUALIFICATIONS: string;
  /**
   * @zh 申请有效期
   * @en Application validity period
   * @notation c..200
   */
  APPLICATION_VALID_TIME: string;
  /**
   * @zh 申请文件递交截止时间
   * @en Application submission deadline
   * @notation yyyyMMddHHmmss
   */
  DOC_SUBMIT_END_TIME: string;
  /**
   * @zh 申请文件递交方法
   * @en Application submission method
   * @notation c..50
   */
  DOC_SUBMIT_METHOD: string;
  /**
   * @zh 文件开启时间
   * @en Application opening time
   * @notation yyyyMMddHHmmss
   */
  DOC_OPEN_TIME: string;
  /**
   * @zh 文件开启方式
   * @en Application opening method
   * @notation c..50
   */
  DOC_OPEN_METHOD: string;
  /**
   * @zh 评审办法
   * @en Review method
   * @notation ul
   */
  EVALUATION_METHOD: string;
  /**
   * @zh 对文件澄清与修改的主要内容
   * @en Main points of the clarification or amendment
   * @notation ul
   */
  CLARIFY_CONTENT: string;
  /**
   * @zh 上传时间
   * @en Upload time
   * @notation yyyyMMddHHmmss
   */
  SUBMIT_TIME: string;
  /**
   * @zh 是否延期
   * @en Postponed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_POSTPONE: string;
  /**
   * @zh 延期后开标时间
   * @en Opening time after postponement
   * @notation yyyyMMddHHmmss
   */
  POST_OPEN_TIME?: string;
  /**
   * @zh 延期后开标地点
   * @en Opening place after postponement
   * @notation c..200
   */
  POST_OPEN_ADDRESS?: string;
  /**
   * @zh 对资格预审澄清与修改的主要内容
   * @en Main points of the prequalification clarification or amendment
   * @notation ul
   */
  TENDER_CLARIFY_CONTENT: string;
  /**
   * @zh 递交时间
   * @en Submission time
   * @notation yyyyMMddHHmmss
   */
  TENDER_SUBMIT_TIME: string;
  /**
   * @zh 文件源URL
   * @en Document source URL
   * @notation c..500
   */
  URL: string;
}
