import type { CommonFields } from "./common.ts";

/**
 * 市场主体的其他社会信用信息：主体、数据内容与公开范围（违法违规、黑名单、奖励、履约以外的信用记录）。
 *
 * Fields after the entity class GGZYFW.DbEntity.SOCIAL_CREDIT_INFO of lishanling/GGZY (the intake's DataConfig
 * for 306 is not in the stored index): the entity gives each column, its type and its description; lengths and
 * mandatory flags of the subject fields and SCOPE are taken from the sister credit sets 300–305.
 * @dataNo 306
 * @dataEn SOCIAL_CREDIT_INFO
 * @zh 社会信用信息
 * @en Other social credit information
 * @domain credit
 */
export interface SocialCreditInfo extends CommonFields {
  /**
   * @zh 主体名称
   * @en Subject name
   * @notation c..200
   * @unverified Entity SOCIAL_CREDIT_INFO gives the column only; length taken from 302.
   */
  BODY_NAME: string;
  /**
   * @zh 主体代码
   * @en Subject code
   * @notation c..18
   * @codeTypeField BODY_TYPE
   * @unverified Entity SOCIAL_CREDIT_INFO gives the column only; notation taken from 302.
   */
  BODY_CODE: string;
  /**
   * @zh 主体类别
   * @en Subject code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified Notation and code list taken from 302.
   */
  BODY_TYPE: string;
  /**
   * @zh 主体角色
   * @en Subject role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified Notation and code list taken from 302.
   */
  BODY_ROLE: string;
  /**
   * @zh 数据内容
   * @en Content
   * @notation ul
   * @unverified The entity stores it as a long text (AnsiString); no length is known.
   */
  DATA: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character as in 302 (the entity types it as a number); the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
