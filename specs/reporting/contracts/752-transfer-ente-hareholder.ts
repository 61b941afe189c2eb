import type { CommonFields } from "./common.ts";

/**
 * 企业国有产权（股权）转让标的企业的股东（前十名）：股东名称、持股数量与持股比例，一名股东一条记录。
 *
 * Fields after the entity class GGZYFW.DbEntity.TRANSFER_ENTE_HAREHOLDER of lishanling/GGZY: the stored copy of the
 * intake repository has no configuration for 752 (in production or in its test project), so the entity gives
 * each column, its type and its description, and lengths and mandatory flags are taken from the sister set 751, whose test-project
 * configuration (V4/751.json) gives the same enterprise fields. The data set's name (HAREHOLDER) is spelt as the
 * intake spells it. Each shareholder belongs to a listing of 750 (QA-REF-EQUITY-ENTERPRISE).
 * @dataNo 752
 * @dataEn TRANSFER_ENTE_HAREHOLDER
 * @zh 转让标的企业股东信息
 * @en Shareholders of the enterprise whose equity is transferred
 * @domain property-rights
 */
export interface TransferEnteHareholder extends CommonFields {
  /**
   * Must name a listing already reported as 750 (QA-REF-EQUITY-ENTERPRISE).
   * @zh 项目编号
   * @en Project code
   * @notation c..20
   * @unverified No configuration for 752; notation and mandatory flag taken from 751's PROJECT_CODE (V4/751.json).
   */
  PROJECT_CODE: string;
  /**
   * @zh 标的编号
   * @en Object code
   * @notation c..20
   * @unverified No configuration for 752; notation and (optional) flag taken from 751's BID_CODE (V4/751.json).
   */
  BID_CODE?: string;
  /**
   * @zh 标的企业名称
   * @en Enterprise name
   * @notation c..300
   * @unverified No configuration for 752; notation and mandatory flag taken from 751's SUBJECT_COMPANY_NAME (V4/751.json).
   */
  SUBJECT_COMPANY_NAME: string;
  /**
   * The unified social credit code (18 characters) or, for an enterprise without one, the organisation code (9).
   * @zh 标的企业社会信用代码/组织机构代码
   * @en Enterprise's unified social credit code or organisation code
   * @notation c..18
   * @unverified No configuration for 752; notation and mandatory flag taken from 751's SUBJECT_COMPANY_CODE (V4/751.json).
   */
  SUBJECT_COMPANY_CODE: string;
  /**
   * @zh 股东名称
   * @en Shareholder name
   * @notation c..300
   * @unverified No configuration for 752; the length of the property-rights sets' names (751's SUBJECT_COMPANY_NAME, 753's SELLER_NAME) is assumed.
   */
  TOP10_HOLDER_NAME: string;
  /**
   * @zh 持股数量
   * @en Shares held
   * @notation n(16,6)
   * @unverified No configuration for 752; the notation of 751's amounts is assumed, and the unit (shares or yuan of capital) is not stated.
   */
  TOP10_HOLDER_NUMBER: string;
  /**
   * @zh 股东持股比例
   * @en Shareholding (%)
   * @notation n(16,4)
   * @unverified No configuration for 752; notation taken from 751's SELL_PERCENT (V4/751.json), a percentage as there.
   */
  TOP10_HOLDER_PERCENT: string;
}
