import type { CommonFields } from "./common.ts";

/**
 * 政府采购开标（响应文件开启）的时间、地点、参与人与开标记录内容。
 * @dataNo 556
 * @dataEn PURCHASE_BIDDING_RECORD
 * @zh 开标记录
 * @en Procurement bid-opening record
 * @domain procurement
 */
export interface PurchaseBiddingRecord extends CommonFields {
  /**
   * @zh 采购项目编号
   * @en Procurement project code
   * @notation c..50
   */
  PURCHASE_PROJECT_CODE: string;
  /**
   * @zh 采购项目子包编号
   * @en Lot code
   * @notation c..600
   */
  PURCHASE_SECTION_CODE?: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 开标记录标题
   * @en Bid-opening record title
   * @notation c..600
   */
  NOTICE_NAME: string;
  /**
   * @zh 开标参与人
   * @en Bid-opening participants
   * @notation c..500
   */
  BID_OPENING_ACTOR: string;
  /**
   * @zh 开标记录内容
   * @en Bid-opening record content
   * @notation ul
   */
  BID_OPENING_CONTENT: string;
  /**
   * @zh 开标地点
   * @en Bid-opening place
   * @notation c..200
   */
  BID_OPENING_ADDRESS: string;
  /**
   * @zh 开标时间
   * @en Bid-opening time
   * @notation yyyyMMddHHmmss
   */
  BID_OPENING_TIME: string;
  /**
   * @zh 开标记录源URL
   * @en Bid-opening record source URL
   * @notation c..500
   */
  URL: string;
}
