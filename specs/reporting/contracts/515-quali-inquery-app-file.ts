import type { TradePlatFields } from "./common.ts";

/**
 * 资格预审申请文件：申请人、投标资格条件、项目负责人与申请递交时间。
 *
 * Fields after the Fujian intake's configuration V4/515.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig), whose 8 fields are those data-norms.md Appendix B counts.
 * @dataNo 515
 * @dataEn QUALI_INQUERY_APP_FILE
 * @zh 资格预审申请文件
 * @en Prequalification application
 * @domain engineering
 */
export interface QualiInqueryAppFile extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * One or more section codes of the tender project; each must name a section already reported as 502
   * (QA-REF-SECTION) whose prequalification documents were reported as 514 (QA-REF-PREQUALIFICATION).
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
   * @zh 申请人名称
   * @en Applicant name
   * @notation c..200
   */
  APPLICANTION_NAME: string;
  /**
   * @zh 申请人代码
   * @en Applicant code
   * @notation c..18
   * @format uscc
   * @unverified The data set has no code-type field and the intake checks only the length; the unified social credit code of an enterprise applicant is assumed.
   */
  APPLICANTION_CODE: string;
  /**
   * @zh 投标资格条件
   * @en Bidding qualifications
   * @notation ul
   */
  QUALIFICATION_ELEMENT: string;
  /**
   * @zh 投标单位项目负责人
   * @en Applicant's project manager
   * @notation c..100
   */
  BID_MANAGER: string;
  /**
   * @zh 申请递交时间
   * @en Application submission time
   * @notation yyyyMMddHHmmss
   */
  APPLY_SUBMIT_TIME: string;
}
