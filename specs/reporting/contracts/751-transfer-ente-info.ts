import type { CommonFields } from "./common.ts";

/**
 * 企业国有产权（股权）转让的标的企业：转让比例、所在地区、行业、经济类型、职工人数、划拨土地，以及上年度审计与最近一期财务报表数据。
 *
 * Fields after the Fujian intake's configuration V4/751.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig), whose 27 fields are those data-norms.md Appendix B counts
 * (the test project's V3/751.json, of the older norm, is not followed). One record per listing of 750
 * (QA-REF-EQUITY-ENTERPRISE).
 * @dataNo 751
 * @dataEn TRANSFER_ENTE_INFO
 * @zh 转让标的企业信息
 * @en Enterprise whose equity is transferred
 * @domain property-rights
 */
export interface TransferEnteInfo extends CommonFields {
  /**
   * Must name a listing already reported as 750 (QA-REF-EQUITY-ENTERPRISE).
   * @zh 项目编号
   * @en Project code
   * @notation c..20
   */
  PROJECT_CODE: string;
  /**
   * @zh 标的编号
   * @en Object code
   * @notation c..20
   */
  BID_CODE?: string;
  /**
   * @zh 转让标的企业名称
   * @en Enterprise name
   * @notation c..300
   */
  SUBJECT_COMPANY_NAME: string;
  /**
   * @zh 本次拟转让产（股）权比例（%）
   * @en Share to be transferred (%)
   * @notation n(16,4)
   */
  SELL_PERCENT: string;
  /**
   * The unified social credit code (18 characters) or, for an enterprise without one, the organisation code (9).
   * @zh 标的企业社会信用代码/组织机构代码
   * @en Enterprise's unified social credit code or organisation code
   * @notation c..18
   */
  SUBJECT_COMPANY_CODE: string;
  /**
   * @zh 转让标的企业所在地区
   * @en Region of the enterprise
   * @notation c..6
   * @codelist REGION
   * @unverified The intake checks only the length (up to 6 characters); its pages join the sister table's ZONE to its national region table (SYS_AREA_QUANGUO), so a GB/T 2260 code is assumed.
   */
  ZONE: string;
  /**
   * @zh 分类版本代码
   * @en Classification version code
   * @notation c1
   * @unverified One character, mandatory; by its place before INDUSTRY_CODE, the version of the industry classification that code follows is assumed, and its values are not known.
   */
  CLASS_VER_CODE: string;
  /**
   * @zh 转让标的企业所属行业码
   * @en Industry code of the enterprise
   * @notation c3
   * @unverified Three characters and no dictionary in the intake; a GB/T 4754 industry division (section letter and two digits, e.g. G59) is assumed, as for 100's LEGAL_INDUSTRY.
   */
  INDUSTRY_CODE: string;
  /**
   * @zh 转让标的企业经济类型
   * @en Economic type of the enterprise
   * @notation c..2
   * @unverified The intake checks it against sys_dic 37, whose values are not in the reference, so only the length is checked.
   */
  ECONOMY_TYPE: string;
  /**
   * @zh 转让标的企业职工人数
   * @en Number of employees
   * @notation n..5
   */
  EMPLOYEE_QUANTITY: string;
  /**
   * @zh 转让标的企业是否含有国有划拨土地
   * @en Holds state-owned allocated land
   * @notation c1
   * @codelist CQ_TRUE_OR_FALSE
   */
  HAS_CONTAIN_GROUND: string;
  /**
   * @zh 审计年度（上年度）
   * @en Audit year (previous year)
   * @notation n..4
   */
  LAST_AUDIT_YEAR?: string;
  /**
   * @zh 审计机构（上年度）
   * @en Auditor (previous year)
   * @notation c..300
   */
  LAST_AUDIT_UNIT?: string;
  /**
   * @zh 资产总额（上年度）
   * @en Total assets (previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_ASSET?: string;
  /**
   * @zh 负债总额（上年度）
   * @en Total liabilities (previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_DEBT?: string;
  /**
   * @zh 净资产（所有者权益）（上年度）
   * @en Net assets (owners' equity, previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_EQUITY?: string;
  /**
   * @zh 营业收入（上年度）
   * @en Operating revenue (previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_EARNING?: string;
  /**
   * @zh 利润总额（上年度）
   * @en Total profit (previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_PROFIT?: string;
  /**
   * @zh 净利润（上年度）
   * @en Net profit (previous year)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  LAST_AUDIT_NETPROFIT?: string;
  /**
   * @zh 报表日期
   * @en Date of the financial statements
   * @notation yyyyMMdd
   */
  FINANCE_REPORT_DATE: string;
  /**
   * @zh 报表类型
   * @en Kind of financial statements
   * @notation c1
   * @unverified The intake checks it against sys_dic 36, whose values are not in the reference (presumably monthly, quarterly, half-yearly or annual), so only the length is checked.
   */
  FINANCE_REPORT_TYPE: string;
  /**
   * @zh 资产总额
   * @en Total assets
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  TOTAL_CAPITAL?: string;
  /**
   * @zh 负债总额
   * @en Total liabilities
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  TOTAL_DEBT?: string;
  /**
   * @zh 净资产（所有者权益）
   * @en Net assets (owners' equity)
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  OWENERSHIP_INTEREST?: string;
  /**
   * @zh 营业收入
   * @en Operating revenue
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  BUSINESS_INCOME?: string;
  /**
   * @zh 利润总额
   * @en Total profit
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  BUSINESS_PROFIT?: string;
  /**
   * @zh 净利润
   * @en Net profit
   * @notation n(16,6)
   * @unverified The unit (yuan or 万元) is not stated in the intake's configuration.
   */
  NET_PROFIT?: string;
}
