import type { CommonFields } from "./common.ts";

/**
 * 采矿权招拍挂出让的结果公示：竞得人、成交价、成交时间与出让收益缴纳。
 *
 * Fields after the Fujian intake's configuration V4/653.json (lishanling/GGZY), read for this data set.
 * @dataNo 653
 * @dataEn MINING_BID_AUC_TRANS_RES_ANN
 * @zh 采矿权招拍挂出让结果公示信息
 * @en Mining right tender, auction or listing result
 * @domain mining
 */
export interface MiningBidAucTransResAnn extends CommonFields {
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
   * @zh 出让方式
   * @en Transfer method
   * @notation n..3
   * @codelist MINING_TRANSFER_MODE
   */
  IN_BUY_KIND: string;
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
   * @zh 竞得人名称
   * @en Winning bidder name
   * @notation c..200
   */
  NA_PUBLIC_BIDDER: string;
  /**
   * @zh 竞得人类别
   * @en Winning bidder code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_TYPE: string;
  /**
   * @zh 竞得人代码
   * @en Winning bidder code
   * @notation c..18
   * @codeTypeField BIDDER_TYPE
   */
  BIDDER_CODE: string;
  /**
   * @zh 竞得人角色
   * @en Winning bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * In 万元 (ten thousand yuan). The data set has no unit field and the configuration names none (成交价, n(14,6)); the intake's portal shows the deal price of both mining-right results, 652 and 653, with 万元 (MvJyxxService.KYQ_TradeInfo, lishanling/GGZY). Not covered by the 3-billion-yuan cap of QA-AMOUNT-CAP, which reads amounts with a price-unit field.
   * @zh 成交价
   * @en Deal price
   * @notation n(14,6)
   */
  QT_PUBLIC_PRICE: string;
  /**
   * @zh 竞得人公司地址
   * @en Winning bidder's address
   * @notation c..300
   */
  NA_REG_ADDRESS: string;
  /**
   * @zh 成交地点
   * @en Place of the deal
   * @notation c..255
   */
  NA_TD_ADDRESS: string;
  /**
   * @zh 成交时间
   * @en Deal date
   * @notation yyyyMMdd
   */
  DT_BUY_DATE: string;
  /**
   * @zh 出让收益缴纳方式
   * @en Payment of the transfer proceeds
   * @notation n..1
   * @unverified The intake checks only the notation (no dictionary); its portal looks the value up in sys_dic 3000, whose values are not in the reference (presumably lump sum or instalments).
   */
  IN_COST_STYLE: string;
  /**
   * @zh 出让收益缴纳时间
   * @en Payment date of the transfer proceeds
   * @notation yyyyMMdd
   */
  DT_COST_DATE: string;
  /**
   * @zh 区域坐标
   * @en Area coordinates
   * @notation ul
   */
  NA_AREA_COORDINATE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
