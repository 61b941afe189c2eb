import type { TradePlatFields } from "./common.ts";

/**
 * 资格预审申请文件：申请人、投标资格条件、项目负责人与申请递交时间。
 *
 * Fields after the entity class GGZYFW.DbEntity.QUALI_INQUERY_APP_FILE of lishanling/GGZY (the intake's
 * DataConfig for 515 is not in the stored index): the entity gives each column, its type and its description,
 * not its length nor whether it is mandatory. The entity's later columns (IS_POSTPONE … TENDER_SUBMIT_TIME)
 * repeat 514 and are not among the 8 fields data-norms.md Appendix B counts, so they are left out.
 * @dataNo 515
 * @dataEn QUALI_INQUERY_APP_FILE
 * @zh 资格预审申请文件
 * @en Prequalification application
 * @domain engineering
 */
export interface QualiInqueryAppFile extends TradePlatFields {
  /**
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   * @unverified Entity QUALI_INQUERY_APP_FILE gives the column only; notation and mandatory flag taken from 514.
   */
  TENDER_PROJECT_CODE: string;
  /**
   * One or more section codes of the tender project.
   * @zh 相关标段（包）编号
   * @en Related section codes
   * @notation ul
   * @unverified The entity stores it as a long text (AnsiString) like 514; notation taken from 514.
   */
  BID_SECTION_CODES: string;
  /**
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation ul
   * @unverified The entity stores it as a long text (AnsiString) like 514; notation taken from 514.
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 申请人名称
   * @en Applicant name
   * @notation c..200
   * @unverified Entity QUALI_INQUERY_APP_FILE gives the column only; length taken from the subject names of the other data sets.
   */
  APPLICANTION_NAME: string;
  /**
   * @zh 申请人代码
   * @en Applicant code
   * @notation c..18
   * @format uscc
   * @unverified The data set has no code-type field; the unified social credit code of an enterprise applicant is assumed.
   */
  APPLICANTION_CODE: string;
  /**
   * @zh 投标资格条件
   * @en Bidding qualifications
   * @notation ul
   * @unverified The entity stores it as a long text (AnsiString); no length is known.
   */
  QUALIFICATION_ELEMENT: string;
  /**
   * @zh 投标单位项目负责人
   * @en Applicant's project manager
   * @notation c..50
   * @unverified Entity QUALI_INQUERY_APP_FILE gives the column only; the length is assumed.
   */
  BID_MANAGER: string;
  /**
   * @zh 申请递交时间
   * @en Application submission time
   * @notation yyyyMMddHHmmss
   * @unverified The entity types it as a date; the norm's usual time notation is assumed.
   */
  APPLY_SUBMIT_TIME: string;
}
