import type { TradePlatFields } from "./common.ts";

/**
 * 资格预审结果：通过资格预审的申请人名单及结果生成时间。
 *
 * Fields after the Fujian intake's configuration V4/516.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig), whose 7 fields are those data-norms.md Appendix B counts.
 * @dataNo 516
 * @dataEn QUALI_INQUERY_RESULT
 * @zh 资格预审结果
 * @en Prequalification result
 * @domain engineering
 */
export interface QualiInqueryResult extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * Must name a section already reported as 502 (QA-REF-SECTION) whose prequalification documents were
   * reported as 514 (QA-REF-PREQUALIFICATION).
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
   * @zh 资格预审结果标题
   * @en Result title
   * @notation c..600
   */
  NOTICE_NAME: string;
  /**
   * @zh 通过资格预审的申请人名单
   * @en Applicants who passed prequalification
   * @notation ul
   */
  PASSED_APPLICANT_LIST: string;
  /**
   * @zh 资格评审结果生成时间
   * @en Time the result was produced
   * @notation yyyyMMddHHmmss
   */
  RESULT_CREATE_TIME: string;
  /**
   * @zh 结果发布源URL
   * @en Result source URL
   * @notation c..500
   */
  URL: string;
}
