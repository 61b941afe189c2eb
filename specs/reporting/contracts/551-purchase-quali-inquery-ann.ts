import type { CommonFields } from "./common.ts";

/**
 * 政府采购公告或资格预审公告：涉及的子包、公告内容、发布媒体与投标（响应文件）截止时间。
 * @dataNo 551
 * @dataEn PURCHASE_QUALI_INQUERY_ANN
 * @zh 采购（资格预审）公告
 * @en Procurement notice or prequalification notice
 * @domain procurement
 */
export interface PurchaseQualiInqueryAnn extends CommonFields {
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
   * @zh 公告子包数量
   * @en Number of lots in the notice
   * @notation n..2
   */
  BULLETIN_BID_NUM: string;
  /**
   * One or more lot codes.
   * @zh 相关采购项目子包编号
   * @en Related lot codes
   * @notation c..2000
   */
  PURCHASE_SECTION_CODE: string;
  /**
   * One or more unified deal codes, one per lot, so the field is not checked as one code.
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation c..2000
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 公告标题
   * @en Notice title
   * @notation c..200
   */
  BULLETIN_TITLE: string;
  /**
   * @zh 公告内容
   * @en Notice content
   * @notation ul
   */
  BULLETIN_CONTENT: string;
  /**
   * @zh 公告发布时间
   * @en Notice publication time
   * @notation yyyyMMddHHmmss
   */
  BULLETIN_START_TIME: string;
  /**
   * @zh 公告发布媒体
   * @en Publication media
   * @notation c..1000
   */
  BULLETIN_MEDIA: string;
  /**
   * @zh 公告源URL
   * @en Notice source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 投标（提交响应文件）截止时间
   * @en Bid (response document) deadline
   * @notation yyyyMMddHHmmss
   */
  BID_CLOSING_TIME: string;
}
