import type { TradePlatFields } from "./common.ts";

/**
 * 标段（包）招标过程中出现流标、终止开标、公告撤销等异常情况时的报告及其审批或核准结果。
 * @dataNo 517
 * @dataEn TENDER_ABNORMITY_REPORT
 * @zh 招标异常情况报告
 * @en Tendering exception report
 * @domain engineering
 */
export interface TenderAbnormityReport extends TradePlatFields {
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
   * @zh 报告名称
   * @en Report title
   * @notation c..600
   */
  EXCEPITON_NAME: string;
  /**
   * @zh 异常情况描述
   * @en Description of the exception
   * @notation ul
   */
  EXCEPITON_INFOR: string;
  /**
   * @zh 审批或核准结果
   * @en Approval result
   * @notation ul
   */
  APPROVAL_RESULT: string;
  /**
   * @zh 审批或核准时间
   * @en Approval time
   * @notation yyyyMMddHHmmss
   */
  APPROVAL_TIME: string;
  /**
   * The norm types this field num(1) and checks it against its inline enum EXCEPITON_TYPE.
   * @zh 异常类型
   * @en Exception type
   * @notation n..1
   * @codelist EXCEPTION_TYPE
   */
  EXCEPITON_TYPE: string;
}
