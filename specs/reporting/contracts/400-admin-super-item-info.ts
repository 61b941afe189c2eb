import type { CommonFields } from "./common.ts";

/**
 * 行政监督部门对交易项目的监管事项：交易环节、监管事项、依据、是否通过与监管意见。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * The field name GOVERMENT is the intake's own spelling.
 * @dataNo 400
 * @dataEn ADMIN_SUPER_ITEM_INFO
 * @zh 行政监管事项信息
 * @en Administrative supervision item
 * @domain supervision
 */
export interface AdminSuperItemInfo extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..200
   */
  TENDER_PROJECT_NAME: string;
  /**
   * @zh 项目编号
   * @en Project code
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
   * @zh 交易环节
   * @en Trading stage
   * @notation ul
   */
  TRADE_STEP: string;
  /**
   * @zh 监管事项
   * @en Supervision item
   * @notation ul
   */
  APPROVAL_PROJECT: string;
  /**
   * @zh 监管单位
   * @en Supervising authority
   * @notation c..200
   */
  GOVERMENT: string;
  /**
   * @zh 行政区域
   * @en Administrative division
   * @notation c6
   * @codelist REGION
   */
  AREA: string;
  /**
   * @zh 法律法规政策依据
   * @en Legal basis
   * @notation ul
   */
  LAW: string;
  /**
   * @zh 是否通过
   * @en Approved
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_PAST: string;
  /**
   * @zh 监管意见
   * @en Supervision opinion
   * @notation ul
   */
  CONTENT: string;
  /**
   * @zh 监管时间
   * @en Supervision time
   * @notation yyyyMMddHHmmss
   */
  APPROVAL_DATE: string;
  /**
   * @zh 审批人电子签名
   * @en Approver's electronic signature
   * @notation ul
   */
  SIGNATURE: string;
}
