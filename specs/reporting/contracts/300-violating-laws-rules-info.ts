import type { CommonFields } from "./common.ts";

/**
 * 市场主体在公共资源交易中的违法违规行为及其处理：违规类型、处罚依据与结果、限制的行为及期间。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * @dataNo 300
 * @dataEn VIOLATING_LAWS_RULES_INFO
 * @zh 违法违规信息
 * @en Violations of laws and rules
 * @domain credit
 */
export interface ViolatingLawsRulesInfo extends CommonFields {
  /**
   * @zh 违法违规信息标识号
   * @en Violation record ID
   * @notation c36
   */
  VIOLATING_CODE: string;
  /**
   * @zh 违规事项名称
   * @en Violation
   * @notation c..600
   */
  VIOLATING_NAME: string;
  /**
   * @zh 违规时间
   * @en Date of the violation
   * @notation yyyyMMdd
   */
  VIOLATING_TIME: string;
  /**
   * @zh 违规类型
   * @en Violation type
   * @notation c1
   * @codelist VIOLATION_TYPE
   */
  VIOLATING_TYPE: string;
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
   * @zh 主体代码
   * @en Subject code
   * @notation c..18
   * @codeTypeField BODY_TYPE
   */
  BODY_CODE: string;
  /**
   * @zh 主体角色
   * @en Subject role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BODY_ROLE: string;
  /**
   * @zh 区域代码
   * @en Area code
   * @notation c9
   * @unverified Nine characters (a township-level code, or a county code padded by three digits); the intake checks only the length, so the field is not checked against REGION.
   */
  AREA: string;
  /**
   * @zh 奖惩或处罚类型
   * @en Reward or penalty type
   * @notation c2
   * @codelist REWARD_PUNISHMENT_TYPE
   */
  REWARD_PUNISHMENT_BODY: string;
  /**
   * @zh 违法违规说明
   * @en Description of the violation
   * @notation ul
   */
  VIOLATING_INSTRUCTIONS: string;
  /**
   * @zh 违法违规通报部门
   * @en Reporting authority
   * @notation c..200
   */
  GOVERNMENT: string;
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
   * @zh 处理文件文号
   * @en Decision document number
   * @notation c..50
   */
  DOCUMENT_CODE: string;
  /**
   * @zh 处罚依据
   * @en Legal basis of the penalty
   * @notation ul
   */
  PUNISHMENT_BASIS: string;
  /**
   * @zh 处罚结果
   * @en Penalty
   * @notation ul
   */
  PUNISHMENT_RESULT: string;
  /**
   * @zh 限制的行为
   * @en Restricted conduct
   * @notation c..2
   * @codelist CONFINED_ACTION
   */
  CONFINED_ACTION: string;
  /**
   * @zh 限制行为开始时间
   * @en Restriction start
   * @notation yyyyMMddHHmmss
   */
  CONFINED_START: string;
  /**
   * @zh 限制行为结束时间
   * @en Restriction end
   * @notation yyyyMMddHHmmss
   */
  CONFINED_END: string;
  /**
   * @zh 发布日期
   * @en Publication time
   * @notation yyyyMMddHHmmss
   */
  OPERATE_DATE: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
