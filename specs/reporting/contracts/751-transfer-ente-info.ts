import type { CommonFields } from "./common.ts";

/**
 * 企业国有产权（股权）转让的标的企业：转让比例、所在地区、行业、经济类型、职工人数、划拨土地，以及上年度审计与最近一期财务报表数据。
 *
 * Columns after the service class GGZY.Services.FuWu.TransferEnteInfoService of lishanling/GGZY, which edits
 * every column of the table TRANSFER_ENTE_INFO (the intake's DataConfig for 751 and the table's entity class are
 * not in the stored index); the Chinese names come from the entity class GGZYFW.DbEntity.TRANSFER_ENTE_INFO_PRE,
 * the pre-disclosure table with the same columns. Neither gives lengths or mandatory flags.
 * @dataNo 751
 * @dataEn TRANSFER_ENTE_INFO
 * @zh 转让标的企业信息
 * @en Enterprise whose equity is transferred
 * @domain property-rights
 */
export interface TransferEnteInfo extends CommonFields {
  /**
   * Names the listing already reported as 750.
   * @zh 项目编号
   * @en Project code
   * @notation c..20
   * @unverified The service class gives the column only; notation and mandatory flag taken from sister set 750.
   */
  PROJECT_CODE: string;
  /**
   * @zh 标的编号
   * @en Object code
   * @notation c..20
   * @unverified The service class gives the column only; notation and (optional) flag taken from sister set 750.
   */
  BID_CODE?: string;
  /**
   * @zh 转让标的企业名称
   * @en Enterprise name
   * @notation c..200
   * @unverified TRANSFER_ENTE_INFO_PRE gives the column only; the length of the other subject names is assumed.
   */
  SUBJECT_COMPANY_NAME: string;
  /**
   * The unified social credit code (18 characters) or, for an enterprise without one, the organisation code (9).
   * @zh 标的企业社会信用代码/组织机构代码
   * @en Enterprise's unified social credit code or organisation code
   * @notation c..18
   * @unverified Either code is allowed, so no identifier check applies; the length is that of the longer code.
   */
  SUBJECT_COMPANY_CODE: string;
  /**
   * @zh 本次拟转让产（股）权比例（%）
   * @en Share to be transferred (%)
   * @notation n(16,4)
   * @unverified The entity types it as a number; notation taken from 750's TOTAL_PERCENT.
   */
  SELL_PERCENT: string;
  /**
   * @zh 转让标的企业所在地区
   * @en Region of the enterprise
   * @notation c6
   * @codelist REGION
   * @unverified The intake's pages join the sister table's ZONE to its national region table (SYS_AREA_QUANGUO), so a GB/T 2260 code is assumed.
   */
  ZONE: string;
  /**
   * @zh 转让标的企业所属行业码
   * @en Industry code of the enterprise
   * @notation c..5
   * @unverified The entity gives the column only; a GB/T 4754 industry code (a section letter and up to four digits) is assumed, only its length is checked.
   */
  INDUSTRY_CODE: string;
  /**
   * @zh 行业分类版本代码
   * @en Version of the industry classification
   * @notation c..20
   * @unverified The column has no description in the repository; by its name, the version of the classification INDUSTRY_CODE follows (e.g. GB/T 4754-2017) is assumed, and it is taken as optional.
   */
  CLASS_VER_CODE?: string;
  /**
   * @zh 转让标的企业经济类型
   * @en Economic type of the enterprise
   * @notation c..3
   * @unverified The entity gives the column only; no dictionary is known, so only the length is checked.
   */
  ECONOMY_TYPE: string;
  /**
   * @zh 转让标的企业职工人数
   * @en Number of employees
   * @notation n..10
   * @unverified The entity types it as a number; an integer of up to 10 digits is assumed.
   */
  EMPLOYEE_QUANTITY: string;
  /**
   * @zh 转让标的企业是否含有国有划拨土地
   * @en Holds state-owned allocated land
   * @notation c1
   * @codelist TRUE_OR_FALSE
   * @unverified The entity gives the column only; a yes/no code as the norm's other 是否 fields is assumed.
   */
  HAS_CONTAIN_GROUND: string;
  /**
   * @zh 审计年度（上年度）
   * @en Audit year (previous year)
   * @notation n..4
   * @unverified The entity types it as a number; a four-digit year is assumed.
   */
  LAST_AUDIT_YEAR: string;
  /**
   * @zh 审计机构（上年度）
   * @en Auditor (previous year)
   * @notation c..200
   * @unverified The entity gives the column only; the length of the other organisation names is assumed.
   */
  LAST_AUDIT_UNIT: string;
  /**
   * @zh 资产总额（上年度）
   * @en Total assets (previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_ASSET: string;
  /**
   * @zh 负债总额（上年度）
   * @en Total liabilities (previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_DEBT: string;
  /**
   * @zh 净资产（所有者权益）（上年度）
   * @en Net assets (owners' equity, previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_EQUITY: string;
  /**
   * @zh 营业收入（上年度）
   * @en Operating revenue (previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_EARNING: string;
  /**
   * @zh 利润总额（上年度）
   * @en Total profit (previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_PROFIT: string;
  /**
   * @zh 净利润（上年度）
   * @en Net profit (previous year)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  LAST_AUDIT_NETPROFIT: string;
  /**
   * @zh 报表日期
   * @en Date of the financial statements
   * @notation yyyyMMdd
   * @unverified The entity types it as a date; a date without time is assumed.
   */
  FINANCE_REPORT_DATE: string;
  /**
   * @zh 报表类型
   * @en Kind of financial statements
   * @notation c..50
   * @unverified The entity gives the column only; no dictionary is known (presumably monthly, quarterly or annual), so only the length is checked.
   */
  FINANCE_REPORT_TYPE: string;
  /**
   * @zh 资产总额
   * @en Total assets
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  TOTAL_CAPITAL: string;
  /**
   * @zh 负债总额
   * @en Total liabilities
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  TOTAL_DEBT: string;
  /**
   * @zh 净资产（所有者权益）
   * @en Net assets (owners' equity)
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  OWENERSHIP_INTEREST: string;
  /**
   * @zh 营业收入
   * @en Operating revenue
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  BUSINESS_INCOME: string;
  /**
   * @zh 利润总额
   * @en Total profit
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  BUSINESS_PROFIT: string;
  /**
   * @zh 净利润
   * @en Net profit
   * @notation n(16,6)
   * @unverified The entity types it as a number; notation taken from 753's amounts, and the unit (yuan or 万元) is not stated.
   */
  NET_PROFIT: string;
}
