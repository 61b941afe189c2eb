import type { CommonFields } from "./common.ts";

/**
 * 政府采购更正公告：更正内容、发布时间，以及延期时新的投标（响应文件）截止时间。
 * @dataNo 552
 * @dataEn CORRECTION_ITEM
 * @zh 更正事项
 * @en Correction notice
 * @domain procurement
 */
export interface CorrectionItem extends CommonFields {
  /**
   * @zh 采购项目编号
   * @en Procurement project code
   * @notation c..50
   */
  PURCHASE_PROJECT_CODE: string;
  /**
   * @zh 采购项目名称
   * @en Procurement project name
   * @notation c..600
   */
  PURCHASE_PROJECT_NAME: string;
  /**
   * @zh 采购项目子包编号
   * @en Lot code
   * @notation c..50
   */
  PURCHASE_SECTION_CODE: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 公告标题
   * @en Notice title
   * @notation c..50
   */
  TERMINATION_BULLETIN_TITLE: string;
  /**
   * @zh 公告内容
   * @en Notice content
   * @notation ul
   */
  TERMINATION_BULLETIN_CONTENT: string;
  /**
   * @zh 发布时间
   * @en Publication time
   * @notation yyyyMMddHHmmss
   */
  MODIFICATION_START_TIME: string;
  /**
   * @zh 是否延期
   * @en Postponed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_POSTPONE: string;
  /**
   * Given when IS_POSTPONE is 1.
   * @zh 延期后投标（提交响应文件）截止时间
   * @en Bid (response document) deadline after postponement
   * @notation yyyyMMddHHmmss
   */
  POST_BID_CLOSING_TIME?: string;
  /**
   * @zh 公告源URL
   * @en Notice source URL
   * @notation c..500
   */
  URL: string;
}
