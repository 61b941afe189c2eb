import type { TradePlatFields } from "./common.ts";

/**
 * 标段（包）合同的履约情况报告：结算金额、完成时间、合同变更与实际履约期限。
 * @dataNo 522
 * @dataEn PERFORMANCE
 * @zh 履约
 * @en Contract performance report
 * @domain engineering
 */
export interface PerformanceReport extends TradePlatFields {
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
   * @zh 履约情况报告名称
   * @en Performance report title
   * @notation c..600
   */
  PERFORMANCE_REPORT_NAME: string;
  /**
   * @zh 业主/招标人名称
   * @en Owner or tenderer name
   * @notation c..200
   */
  TENDERER_NAME: string;
  /**
   * @zh 业主/招标人代码
   * @en Owner or tenderer code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the unified social credit code is assumed.
   */
  TENDERER_CODE: string;
  /**
   * @zh 履约人名称
   * @en Performing party name
   * @notation c..200
   */
  PERFORMANCE_PARTY_NAME: string;
  /**
   * @zh 履约人代码
   * @en Performing party code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the unified social credit code is assumed.
   */
  PERFORMANCE_PARTY_CODE: string;
  /**
   * @zh 合同结算金额
   * @en Contract settlement amount
   * @notation n(14,6)
   * @unverified The data set has no price-unit field; the amount is taken to be in yuan.
   */
  SETTLE_PRICE?: string;
  /**
   * @zh 合同完成时间
   * @en Contract completion time
   * @notation yyyyMMddHHmmss
   */
  FINISH_TIME: string;
  /**
   * @zh 合同变更内容
   * @en Contract changes
   * @notation ul
   */
  CONTRACT_CHANGE_CONTENT?: string;
  /**
   * @zh 实际履约期限
   * @en Actual performance period
   * @notation n..4
   * @unverified The norm does not state the unit; days are assumed, as for the contract period of 512.
   */
  ACTUALLY_PERIOD?: string;
  /**
   * @zh 履约内容
   * @en Performance content
   * @notation ul
   */
  PERFORMANCE_CONTENT?: string;
  /**
   * @zh 履约报告出具时间
   * @en Performance report issue time
   * @notation yyyyMMddHHmmss
   */
  REPORT_ISSUE_TIME?: string;
}
