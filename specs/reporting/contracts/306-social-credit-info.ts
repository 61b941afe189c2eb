import type { CommonFields } from "./common.ts";

/**
 * 市场主体的其他社会信用信息：主体、数据内容与公开范围（违法违规、黑名单、奖励、履约以外的信用记录）。
 *
 * Fields after the Fujian intake's configuration V4/306.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig), whose 6 fields are those data-norms.md Appendix B counts.
 * @dataNo 306
 * @dataEn SOCIAL_CREDIT_INFO
 * @zh 社会信用信息
 * @en Other social credit information
 * @domain credit
 */
export interface SocialCreditInfo extends CommonFields {
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
   * @zh 数据内容
   * @en Content
   * @notation ul
   */
  DATA: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
