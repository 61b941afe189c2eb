import type { TradePlatFields } from "./common.ts";

/**
 * 资格预审结果：通过资格预审的申请人名单及结果生成时间。
 *
 * Fields after the entity class GGZYFW.DbEntity.QUALI_INQUERY_RESULT of lishanling/GGZY (the intake's
 * DataConfig for 516 is not in the stored index): the entity gives each column, its type and its description,
 * not its length nor whether it is mandatory.
 * @dataNo 516
 * @dataEn QUALI_INQUERY_RESULT
 * @zh 资格预审结果
 * @en Prequalification result
 * @domain engineering
 */
export interface QualiInqueryResult extends TradePlatFields {
  /**
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   * @unverified Entity QUALI_INQUERY_RESULT gives the column only; notation and mandatory flag taken from 513.
   */
  TENDER_PROJECT_CODE: string;
  /**
   * @zh 标段（包）编号
   * @en Section code
   * @notation c23
   * @unverified Entity QUALI_INQUERY_RESULT gives the column only; notation and mandatory flag taken from 513.
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
   * @zh 通过资格预审的申请人名单
   * @en Applicants who passed prequalification
   * @notation ul
   * @unverified The entity stores it as a long text (AnsiString); no length is known.
   */
  PASSED_APPLICANT_LIST: string;
  /**
   * @zh 资格评审结果生成时间
   * @en Time the result was produced
   * @notation yyyyMMddHHmmss
   * @unverified The entity types it as a date; the norm's usual time notation is assumed.
   */
  RESULT_CREATE_TIME: string;
  /**
   * @zh 资格预审结果标题
   * @en Result title
   * @notation c..600
   * @unverified Entity QUALI_INQUERY_RESULT gives the column only; length taken from 513's NOTICE_NAME.
   */
  NOTICE_NAME: string;
  /**
   * @zh 结果发布源URL
   * @en Result source URL
   * @notation c..500
   * @unverified Entity QUALI_INQUERY_RESULT gives the column only; length taken from the other data sets' URL.
   */
  URL: string;
}
