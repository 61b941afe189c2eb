import type { CommonFields } from "./common.ts";

/**
 * 电子监督对交易项目发出的报警及其处理：责任主体、监督节点、报警等级、处理结果与限制的行为。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * The field name PULISH_DATE is the intake's own spelling.
 * @dataNo 402
 * @dataEn PROJECT_ALERTING_INFO
 * @zh 项目报警信息
 * @en Project alert
 * @domain supervision
 */
export interface ProjectAlertingInfo extends CommonFields {
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
   * @zh 项目类型
   * @en Project type
   * @notation c..3
   * @codelist TENDER_PROJECT_TYPE
   * @unverified Up to 3 characters and no dictionary in the intake; the 3-character TENDER_PROJECT_TYPE codes are assumed.
   */
  PROJECT_TYPE: string;
  /**
   * @zh 交易方式
   * @en Trading method
   * @notation c2
   * @codelist SUPERVISED_TRADE_MODE
   */
  TRADE_TYPE: string;
  /**
   * @zh 责任主体名称
   * @en Responsible subject name
   * @notation c..200
   */
  BODY_NAME: string;
  /**
   * @zh 责任主体代码
   * @en Responsible subject code
   * @notation c..18
   * @format uscc
   * @unverified The data set has no code-type field and allows up to 18 characters; the unified social credit code is assumed.
   */
  BODY_CODE: string;
  /**
   * @zh 监管单位名称
   * @en Supervising authority name
   * @notation c..200
   */
  SUPERVISOR_UNIT_NAME: string;
  /**
   * @zh 监管单位代码
   * @en Supervising authority code
   * @notation c..18
   * @format uscc
   * @unverified The data set has no code-type field and allows up to 18 characters; the unified social credit code is assumed.
   */
  SUPERVISOR_UNIT_CODE: string;
  /**
   * @zh 监督节点描述
   * @en Supervision point
   * @notation c..50
   */
  SUPERVISORY_NODE: string;
  /**
   * @zh 报警等级
   * @en Alert level
   * @notation c..2
   * @unverified The intake checks it against sys_dic 1008, the dictionary it also names for VIOLATING_TYPE (300); its values are not in the reference, so only the length is checked.
   */
  ALERT_LEVEL: string;
  /**
   * @zh 报警时间
   * @en Alert time
   * @notation yyyyMMddHHmmss
   */
  ALERT_DATE: string;
  /**
   * @zh 报警信息
   * @en Alert message
   * @notation c..200
   */
  ALERT_INFO: string;
  /**
   * @zh 是否已处理
   * @en Handled
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  HANDLED: string;
  /**
   * @zh 处理结果
   * @en Outcome
   * @notation ul
   */
  HANDLE_RESULT: string;
  /**
   * @zh 发布日期
   * @en Publication time
   * @notation yyyyMMddHHmmss
   */
  PULISH_DATE: string;
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
   * @zh 处理人
   * @en Handled by
   * @notation c..100
   */
  OPERATOR: string;
  /**
   * @zh 处理结果是否进入信用平台
   * @en Outcome passed to the credit platform
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
