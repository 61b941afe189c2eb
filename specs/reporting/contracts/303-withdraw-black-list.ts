import type { CommonFields } from "./common.ts";

/**
 * 撤销黑名单：被撤销的黑名单条目、撤销理由、申请人与申请日期。
 *
 * Fields after the Fujian intake's configuration V4/303.json (lishanling/GGZY), read for this data set.
 * BLACKLIST_CODE names the entry of 302 being revoked (there c36; here up to 50 characters, as the intake allows).
 * The field names REVOCATIONEASONS and ROPOSER are the intake's own spelling.
 * @dataNo 303
 * @dataEn WITHDRAW_BLACK_LIST
 * @zh 撤销黑名单信息
 * @en Blacklist revocation
 * @domain credit
 */
export interface WithdrawBlackList extends CommonFields {
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
   * @zh 黑名单
   * @en Blacklist entry ID
   * @notation c..50
   */
  BLACKLIST_CODE: string;
  /**
   * @zh 撤销理由
   * @en Reasons for the revocation
   * @notation ul
   */
  REVOCATIONEASONS: string;
  /**
   * @zh 执行部门
   * @en Executing authority
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
   * @zh 申请人
   * @en Applicant
   * @notation c..100
   */
  ROPOSER: string;
  /**
   * @zh 申请日期
   * @en Application time
   * @notation yyyyMMddHHmmss
   */
  APPLICATION_DATE: string;
  /**
   * @zh 公开范围
   * @en Disclosure scope
   * @notation c1
   * @unverified One character; the norm names no code list, so only the length is checked.
   */
  SCOPE: string;
}
