import type { CommonFields } from "./common.ts";

/**
 * 市场主体受到的奖励：奖惩类型、说明、日期、文号与执行部门。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * @dataNo 304
 * @dataEn AWARD_INFO
 * @zh 奖励信息
 * @en Award
 * @domain credit
 */
export interface AwardInfo extends CommonFields {
  /**
   * @zh 奖励主体代码
   * @en Awarded subject code
   * @notation c..18
   * @codeTypeField BODY_TYPE
   */
  BODY_CODE: string;
  /**
   * @zh 奖励主体名称
   * @en Awarded subject name
   * @notation c..100
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
   * @zh 奖惩类型
   * @en Reward or penalty type
   * @notation c2
   * @codelist REWARD_PUNISHMENT_TYPE
   */
  REWARD_PUNISHMENT_TYPE: string;
  /**
   * @zh 奖励说明
   * @en Description of the award
   * @notation ul
   */
  REWARD_REASON: string;
  /**
   * @zh 奖励日期
   * @en Award time
   * @notation yyyyMMddHHmmss
   */
  REWARD_DATE: string;
  /**
   * @zh 处理文件文号
   * @en Decision document number
   * @notation c..50
   */
  DOCUMENT_CODE: string;
  /**
   * @zh 执行部门
   * @en Executing authority
   * @notation c..200
   */
  GOVERNMENT: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
