import type { CommonFields } from "./common.ts";

/**
 * 企业国有产权（股权）转让标的企业的股东（前十名）：股东名称、持股数量与持股比例，一名股东一条记录。
 *
 * Fields after the entity class GGZYFW.DbEntity.TRANSFER_ENTE_HAREHOLDER of lishanling/GGZY (the intake's
 * DataConfig for 752 is not in the stored index): the entity gives each column, its type and its description,
 * not its length nor whether it is mandatory. The data set's name (HAREHOLDER) is spelt as the intake spells it.
 * @dataNo 752
 * @dataEn TRANSFER_ENTE_HAREHOLDER
 * @zh 转让标的企业股东信息
 * @en Shareholders of the enterprise whose equity is transferred
 * @domain property-rights
 */
export interface TransferEnteHareholder extends CommonFields {
  /**
   * Names the listing already reported as 750.
   * @zh 项目编号
   * @en Project code
   * @notation c..20
   * @unverified Entity TRANSFER_ENTE_HAREHOLDER gives the column only; notation and mandatory flag taken from sister set 750.
   */
  PROJECT_CODE: string;
  /**
   * @zh 标的编号
   * @en Object code
   * @notation c..20
   * @unverified Entity TRANSFER_ENTE_HAREHOLDER gives the column only; notation and (optional) flag taken from sister set 750.
   */
  BID_CODE?: string;
  /**
   * @zh 标的企业名称
   * @en Enterprise name
   * @notation c..200
   * @unverified Entity TRANSFER_ENTE_HAREHOLDER gives the column only; the length of the other subject names is assumed.
   */
  SUBJECT_COMPANY_NAME: string;
  /**
   * The unified social credit code (18 characters) or, for an enterprise without one, the organisation code (9).
   * @zh 标的企业社会信用代码/组织机构代码
   * @en Enterprise's unified social credit code or organisation code
   * @notation c..18
   * @unverified The entity allows either code, so no identifier check applies; the length is that of the longer code.
   */
  SUBJECT_COMPANY_CODE: string;
  /**
   * @zh 股东名称
   * @en Shareholder name
   * @notation c..200
   * @unverified Entity TRANSFER_ENTE_HAREHOLDER gives the column only; the length of the other subject names is assumed.
   */
  TOP10_HOLDER_NAME: string;
  /**
   * @zh 持股数量
   * @en Shares held
   * @notation n(16,4)
   * @unverified The entity types it as a number; the notation of 750's amounts is assumed, and the unit (shares or yuan of capital) is not stated.
   */
  TOP10_HOLDER_NUMBER: string;
  /**
   * @zh 股东持股比例
   * @en Shareholding (%)
   * @notation n(16,4)
   * @unverified The entity types it as a number; notation taken from 750's TOTAL_PERCENT, a percentage is assumed.
   */
  TOP10_HOLDER_PERCENT: string;
}
