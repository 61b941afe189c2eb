import type { TradePlatFields } from "./common.ts";

/**
 * 评标专家：标段（包）评标委员会的每位成员一条记录。
 * @dataNo 508
 * @dataEn BID_EVALUATION_EXPERT
 * @zh 评标专家
 * @en Evaluation experts
 * @domain engineering
 */
export interface BidEvaluationExpert extends TradePlatFields {
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
   * @zh 专家类别
   * @en Expert category
   * @notation c1
   * @codelist EXPERT_TYPE
   */
  EXPERT_TYPE: string;
  /**
   * @zh 专家姓名
   * @en Expert name
   * @notation c..50
   */
  EXPERT_NAME: string;
  /**
   * @zh 专家身份证件号
   * @en Expert's ID document number
   * @notation c..50
   * @codeTypeField ID_CARD_TYPE
   */
  ID_CARD: string;
  /**
   * @zh 专家身份证件类型
   * @en Expert's ID document type
   * @notation c2
   * @codelist ID_CARD_TYPE
   */
  ID_CARD_TYPE: string;
  /**
   * @zh 专家签到时间
   * @en Expert sign-in time
   * @notation yyyyMMddHHmmss
   */
  EXPERT_CHECK_IN_TIME?: string;
  /**
   * @zh 是否为评标组长
   * @en Chair of the evaluation committee
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_CHAIR_MAN: string;
}
