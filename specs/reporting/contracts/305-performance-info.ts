import type { CommonFields } from "./common.ts";

/**
 * 市场主体的合同履约记录：合同金额与工期、质量安全环保达标状况、结算金额与完成时间。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * @dataNo 305
 * @dataEn PERFORMANCE_INFO
 * @zh 履约信息
 * @en Contract performance record
 * @domain credit
 */
export interface PerformanceInfo extends CommonFields {
  /**
   * @zh 主体代码
   * @en Subject code
   * @notation c..18
   * @codeTypeField BODY_TYPE
   */
  BODY_CODE: string;
  /**
   * @zh 主体名称
   * @en Subject name
   * @notation c..200
   */
  BODY_NAME: string;
  /**
   * @zh 主体类别
   * @en Subject code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BODY_TYPE: string;
  /**
   * @zh 主体角色
   * @en Subject role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BODY_ROLE: string;
  /**
   * @zh 招标项目（采购项目）名称
   * @en Tender (procurement) project name
   * @notation c..200
   */
  TENDER_PROJECT_NAME: string;
  /**
   * @zh 招标项目（采购项目）编号
   * @en Tender (procurement) project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * @zh 标段（包）编号
   * @en Section (lot) code
   * @notation c23
   */
  BID_SECTION_CODE: string;
  /**
   * @zh 标段（包）名称
   * @en Section (lot) name
   * @notation c..500
   */
  BID_SECTION_NAME: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 合同金额
   * @en Contract amount
   * @notation n(14,6)
   */
  CONTRACT_AMOUNT: string;
  /**
   * @zh 合同金额币种
   * @en Contract currency
   * @notation c3
   * @codelist CURRENCY
   */
  CONTRACT_CURRENCY: string;
  /**
   * @zh 合同金额单位
   * @en Contract amount unit
   * @notation c1
   * @codelist PRICE_UNIT
   * @unverified The norm checks only the length (1) and names no code list; PRICE_UNIT (0 元, 1 万元) is assumed.
   */
  CONTRACT_CURRENCYUNIT: string;
  /**
   * @zh 合同工期
   * @en Contract period
   * @notation n..4
   * @unverified The norm does not state the unit; days are assumed.
   */
  CONTRACT_PERIOD: string;
  /**
   * @zh 合同签署时间
   * @en Contract signing time
   * @notation yyyyMMddHHmmss
   */
  CONTRACT_SIGNING_TIME: string;
  /**
   * @zh 质量达标状况
   * @en Quality compliance
   * @notation c1
   * @codelist COMPLIANCE_STATUS
   */
  QUALITY_STANDARDS: string;
  /**
   * @zh 安全达标状况
   * @en Safety compliance
   * @notation c1
   * @codelist COMPLIANCE_STATUS
   */
  SAFETY_STANDARDS: string;
  /**
   * @zh 环保达标状况
   * @en Environmental compliance
   * @notation c1
   * @codelist COMPLIANCE_STATUS
   */
  ENVIRONMENT_STANDARDS: string;
  /**
   * @zh 工期（天）
   * @en Actual construction period (days)
   * @notation n..4
   */
  CONSTRUCTION_PERIOD: string;
  /**
   * @zh 合同结算金额（元）
   * @en Contract settlement amount (yuan)
   * @notation n(14,6)
   */
  CONTRACT_SETTLEMENT_AMOUNT: string;
  /**
   * @zh 合同完成时间
   * @en Contract completion time
   * @notation yyyyMMddHHmmss
   */
  CONTRACT_FINISH_TIME: string;
  /**
   * @zh 履约信息递交时间
   * @en Performance record submission time
   * @notation yyyyMMddHHmmss
   */
  PERFORMANCE_SUBMITTED_TIME: string;
  /**
   * @zh 发布部门
   * @en Publishing authority
   * @notation c..200
   */
  GOVERNMENT: string;
  /**
   * @zh 处理文件文号
   * @en Decision document number
   * @notation c..50
   */
  DOCUMENT_CODE: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
