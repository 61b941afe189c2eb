import type { CommonFields } from "./common.ts";

/**
 * 向行政监督部门提出的投诉及其处理：投诉人、被投诉主体、理由与内容、受理与处理时间、处理结果。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * Period: the complaint is decided within 30 working days of its acceptance (QT-COMPLAINT-HANDLING, 《工程建设项目招标投标活动投诉处理办法》 第二十一条).
 * @dataNo 404
 * @dataEn COMPLAINT_INFO
 * @zh 投诉信息
 * @en Complaint
 * @domain supervision
 */
export interface ComplaintInfo extends CommonFields {
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
   * @zh 投诉者姓名
   * @en Complainant name
   * @notation c..100
   */
  COMPLAINT_NAME: string;
  /**
   * @zh 投诉者电话
   * @en Complainant telephone
   * @notation c..50
   */
  COMPLAINT_PHONE: string;
  /**
   * @zh 投诉者邮箱
   * @en Complainant e-mail
   * @notation c..100
   */
  COMPLAINT_MAIL: string;
  /**
   * @zh 被投诉主体名称
   * @en Name of the subject complained about
   * @notation c..200
   */
  COMPLAINTED_BODY_NAME: string;
  /**
   * @zh 被投诉者类别
   * @en Code type of the subject complained about
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  COMPLAINTED_BODY_TYPE: string;
  /**
   * @zh 被投诉主体代码
   * @en Code of the subject complained about
   * @notation c..18
   * @codeTypeField COMPLAINTED_BODY_TYPE
   */
  COMPLAINTED_BODY_CODE: string;
  /**
   * @zh 依据和理由
   * @en Grounds and reasons
   * @notation ul
   */
  DISSENT_REASON: string;
  /**
   * @zh 投诉内容
   * @en Complaint
   * @notation ul
   */
  COMPLAINT_CONTENT: string;
  /**
   * @zh 投诉日期
   * @en Complaint time
   * @notation yyyyMMddHHmmss
   */
  COMPLAINT_DATE: string;
  /**
   * @zh 受理日期
   * @en Acceptance time
   * @notation yyyyMMddHHmmss
   */
  ACCEPT_DATE: string;
  /**
   * @zh 处理结果
   * @en Decision
   * @notation ul
   */
  HANDLE_RESULT: string;
  /**
   * @zh 处理依据
   * @en Legal basis of the decision
   * @notation ul
   */
  HANDLE_BASIS: string;
  /**
   * @zh 处理时间
   * @en Decision time
   * @notation yyyyMMddHHmmss
   */
  HANDLE_DATE: string;
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
  START_DATE: string;
  /**
   * @zh 限制行为结束时间
   * @en Restriction end
   * @notation yyyyMMddHHmmss
   */
  END_DATE: string;
  /**
   * @zh 处理单位
   * @en Deciding authority
   * @notation c..200
   */
  DEALING_UNIT: string;
  /**
   * @zh 处理结果是否进入信用平台
   * @en Decision passed to the credit platform
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  ENTER_CREDIT_PLAT: string;
  /**
   * @zh 处理人电子签名
   * @en Handler's electronic signature
   * @notation ul
   */
  SIGNATURE: string;
}
