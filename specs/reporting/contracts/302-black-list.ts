import type { CommonFields } from "./common.ts";

/**
 * 列入黑名单的市场主体：处罚原因、日期、部门、文号、是否撤销与限制的行为。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * @dataNo 302
 * @dataEn BLACK_LIST
 * @zh 黑名单信息
 * @en Blacklist entry
 * @domain credit
 */
export interface BlackList extends CommonFields {
  /**
   * @zh 黑名单标识号
   * @en Blacklist entry ID
   * @notation c36
   */
  BLACKLIST_CODE: string;
  /**
   * @zh 主体名称
   * @en Subject name
   * @notation c..200
   */
  BODY_NAME: string;
  /**
   * @zh 主体代码
   * @en Subject code
   * @notation c..18
   * @codeTypeField BODY_TYPE
   */
  BODY_CODE: string;
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
   * @zh 处罚原因
   * @en Reason for the penalty
   * @notation ul
   */
  RECORD_REASON: string;
  /**
   * @zh 处罚日期
   * @en Penalty time
   * @notation yyyyMMddHHmmss
   */
  RECORD_DATE: string;
  /**
   * @zh 处罚部门
   * @en Penalising authority
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
   * @zh 是否撤销
   * @en Revoked
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  REVOCATION_STATUS: string;
  /**
   * @zh 限制行为
   * @en Restricted conduct
   * @notation c..2
   * @codelist CONFINED_ACTION
   */
  CONFINED_ACTION: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
