import type { CommonFields } from "./common.ts";

/**
 * 采矿权以招标、拍卖、挂牌方式出让的公告：矿山、矿种、出让年限、面积与区域坐标。
 *
 * Fields after the Fujian intake's configuration V4/651.json (lishanling/GGZY), read for this data set.
 * @dataNo 651
 * @dataEn MINING_BID_AUCTION_TRANS_ANN
 * @zh 采矿权招拍挂出让公告信息
 * @en Mining right tender, auction or listing announcement
 * @domain mining
 */
export interface MiningBidAuctionTransAnn extends CommonFields {
  /**
   * @zh 矿山名称
   * @en Mine name
   * @notation c..500
   */
  NA_APP_NAME: string;
  /**
   * @zh 发布时间
   * @en Publication time
   * @notation yyyyMMddHHmmss
   */
  PUBLISHING_TIME: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 出让方式
   * @en Transfer method
   * @notation n..3
   * @codelist MINING_TRANSFER_MODE
   */
  IN_BUY_KIND: string;
  /**
   * @zh 矿种
   * @en Mineral
   * @notation n..5
   * @unverified The intake checks it against sys_dic 8001 (mineral codes), whose values are not in the reference; only the notation is checked.
   */
  IN_MINE_COME: string;
  /**
   * @zh 出让年限
   * @en Term of the grant (years)
   * @notation n(3,2)
   */
  QT_PLAN_YEARS: string;
  /**
   * In square kilometres: the intake's portal shows the area of the mining-right announcements and results with 平方公里 (MvJyxxService.KYQ_TradeInfo, lishanling/GGZY).
   * @zh 面积
   * @en Area
   * @notation n(14,6)
   */
  QT_TOTAL_AREA: string;
  /**
   * @zh 地理位置
   * @en Geographic location
   * @notation c..200
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 项目所在行政区域代码
   * @en Region code of the project
   * @notation c6
   * @codelist REGION
   */
  REGION_CODE: string;
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
   * @zh 区域坐标
   * @en Area coordinates
   * @notation ul
   */
  NA_AREA_COORDINATE: string;
}
