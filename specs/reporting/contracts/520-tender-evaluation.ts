import type { TradePlatFields } from "./common.ts";

/**
 * 评标委员会对标段（包）每个投标人的评分明细和评标结果。
 * @dataNo 520
 * @dataEn TENDER_EVALUATION
 * @zh 评标明细
 * @en Bid evaluation details
 * @domain engineering
 */
export interface TenderEvaluation extends TradePlatFields {
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
   * @zh 投标企业代码
   * @en Bidder enterprise code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the enterprise's unified social credit code is assumed.
   */
  BIDDER_ORG_CODE: string;
  /**
   * @zh 评分明细
   * @en Score details
   * @notation ul
   */
  BID_EVALUATION_DETAILS?: string;
  /**
   * @zh 评标结果
   * @en Evaluation result
   * @notation ul
   */
  BID_EVALUATION_REPORT: string;
}
