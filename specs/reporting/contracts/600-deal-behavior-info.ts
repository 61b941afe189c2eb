import type { CommonFields } from "./common.ts";

/**
 * 国有建设用地使用权招标、拍卖、挂牌出让公告：公告期、招拍挂期间、宗地数量、联系单位。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * Periods: the announcement is published at least 20 days before the tender, auction or listing begins (QT-LAND-ANNOUNCE-LEAD), and a listing (挂牌) lasts at least 10 days (QT-LAND-LISTING-PERIOD).
 * @dataNo 600
 * @dataEn DEAL_BEHAVIOR_INFO
 * @zh 出让公告信息
 * @en Land-use-right transfer announcement
 * @domain land
 */
export interface DealBehaviorInfo extends CommonFields {
  /**
   * @zh 项目编号ID
   * @en Project ID
   * @notation c..100
   */
  ANNOUNCEMENT_GUID: string;
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   */
  LAND_PROJECT_NAME: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 公示标题
   * @en Announcement title
   * @notation c..500
   */
  ANNOUNCEMENT_TITLE: string;
  /**
   * @zh 公示内容
   * @en Announcement content
   * @notation ul
   */
  ANNOUNCEMENT_CONNECT: string;
  /**
   * @zh 项目所在行政区划代码
   * @en Division code of the project
   * @notation c..9
   * @unverified Up to 9 characters (a county code, or a township code of 9 digits); the intake checks only the length, so the field is not checked against REGION.
   */
  LAND_DISTRICT: string;
  /**
   * @zh 交易发生行政区域代码
   * @en Region code where the trade takes place
   * @notation c6
   * @codelist REGION
   */
  TRA_PLACE_CODE: string;
  /**
   * @zh 交易机构名称
   * @en Trading institution name
   * @notation c..200
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified The norm names it 代码 and allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 截止日期
   * @en Closing date
   * @notation yyyyMMdd
   */
  END_DATE: string;
  /**
   * @zh 创建时间
   * @en Creation date
   * @notation yyyyMMdd
   */
  CREATE_TIME: string;
  /**
   * @zh 发布时间
   * @en Publication date
   * @notation yyyyMMdd
   */
  PUBLISHING_TIME: string;
  /**
   * @zh 供应方式
   * @en Supply method
   * @notation c1
   * @codelist LAND_SUPPLY_TYPE
   */
  SUPPLY_TYPE: string;
  /**
   * @zh 修改日期
   * @en Amendment date
   * @notation yyyyMMdd
   */
  CHANGE_TIME?: string;
  /**
   * @zh 撤回时间
   * @en Withdrawal date
   * @notation yyyyMMdd
   */
  RETREAT_TIME?: string;
  /**
   * @zh 公示单位
   * @en Announcing body
   * @notation c..100
   */
  ANNOUNCEMENT_UNIT: string;
  /**
   * @zh 公示开始时间
   * @en Announcement start
   * @notation yyyyMMdd
   */
  ANNOUNCEMENT_START_TIME: string;
  /**
   * @zh 公示结束时间
   * @en Announcement end
   * @notation yyyyMMdd
   */
  ANNOUNCEMENT_DEADLINE: string;
  /**
   * @zh 宗地数量
   * @en Number of land parcels
   * @notation n..10
   */
  FIELD_NUM: string;
  /**
   * @zh 招拍挂开始时间
   * @en Bidding, auction or listing start
   * @notation yyyyMMddHHmmss
   */
  LISTING_START_TIME?: string;
  /**
   * @zh 招拍挂结束时间
   * @en Bidding, auction or listing end
   * @notation yyyyMMddHHmmss
   */
  LISTING_DEADLINE?: string;
  /**
   * @zh 招拍挂类型
   * @en Bidding, auction or listing
   * @notation c1
   * @codelist LAND_LISTING_TYPE
   */
  LISTING_TYPE?: string;
  /**
   * @zh 公示类型
   * @en Announcement kind
   * @notation c..2
   * @codelist NOTICE_NATURE
   * @unverified The intake checks it against sys_dic 20, the dictionary of NOTICE_NATURE (公告性质); that it carries the same codes here is inferred.
   */
  ANNOUNCEMENT_TYPE: string;
  /**
   * @zh 联系单位
   * @en Contact organisation
   * @notation c..100
   */
  LIAISON_UNIT: string;
  /**
   * @zh 单位地址
   * @en Organisation address
   * @notation c..100
   */
  UNIT_ADDRESS?: string;
  /**
   * @zh 邮政编码
   * @en Postcode
   * @notation c..10
   */
  ZIP_CODE?: string;
  /**
   * @zh 联系人
   * @en Contact person
   * @notation c..50
   */
  CONTACT_PERSON?: string;
  /**
   * @zh 联系电话
   * @en Contact telephone
   * @notation c..50
   */
  CONTACT_NUMBER: string;
  /**
   * @zh 电子邮箱
   * @en E-mail
   * @notation c..100
   */
  EMAIL?: string;
  /**
   * @zh 撤销原因
   * @en Reason for cancellation
   * @notation c..4000
   */
  CANCEL_REASON?: string;
  /**
   * @zh 公示编号
   * @en Announcement number
   * @notation c..100
   */
  ANNOUNCEMENT_CODE: string;
}
