import type { TradePlatFields } from "./common.ts";

/**
 * 评标报告：评标委员会提交的标段（包）评标报告。
 * @dataNo 509
 * @dataEn EVALUATION_REPORT
 * @zh 评标报告
 * @en Evaluation report
 * @domain engineering
 */
export interface EvaluationReport extends TradePlatFields {
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
   * @zh 评标报告标题
   * @en Evaluation report title
   * @notation c..600
   */
  NOTICE_NAME: string;
  /**
   * @zh 评标报告正文
   * @en Evaluation report text
   * @notation ul
   */
  EVALUATION_CONTENT: string;
  /**
   * The candidates must be published (511 PUBLICITY_START_TIME) within 3 days of this (实施条例 第54条; QT-CANDIDATE-PUBLISH).
   * @zh 评标报告提交时间
   * @en Evaluation report submission time
   * @notation yyyyMMddHHmmss
   */
  SUBMIT_TIME: string;
  /**
   * @zh 评标结束时间
   * @en Evaluation end time
   * @notation yyyyMMddHHmmss
   */
  END_TIME: string;
  /**
   * @zh 评标结果
   * @en Evaluation result
   * @notation c1
   * @codelist EVALUATION_RESULT
   */
  EVALUATION_RESULT: string;
  /**
   * @zh 报告源URL
   * @en Report source URL
   * @notation c..500
   */
  URL: string;
}
