import type { CommonFields } from "./common.ts";

/**
 * 探矿权招拍挂出让的结果公示：竞得人、成交价、成交时间与出让收益缴纳。
 *
 * Columns after the queries of lishanling/GGZY on the table EXPLOR_BID_AUC_TRANS_RES_ANN (the service
 * ExplorBidAucTransResAnnService.JD_KYQ_ExplorBidAucTransResAnn and the portal's 矿业权 trade page), which read 19
 * of its columns, all of them columns of the sister set 653; the intake's DataConfig for 652 and the table's
 * entity class are not in the stored index. The four columns of the trading place and institution, which every
 * mining set carries, make up the 23 fields data-norms.md Appendix B counts. Chinese names, notations and
 * mandatory flags are taken from 653.
 * @dataNo 652
 * @dataEn EXPLOR_BID_AUC_TRANS_RES_ANN
 * @zh 探矿权招拍挂出让结果公示信息
 * @en Exploration right tender, auction or listing result
 * @domain mining
 */
export interface ExplorBidAucTransResAnn extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
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
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  IN_BUY_KIND: string;
  /**
   * @zh 出让年限
   * @en Term of the grant (years)
   * @notation n(3,2)
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  QT_PLAN_YEARS: string;
  /**
   * @zh 面积
   * @en Area
   * @notation n(14,6)
   * @unverified The portal's trade page shows it in 平方公里 (QT_TOTAL_AREA||'平方公里'); notation taken from sister set 653.
   */
  QT_TOTAL_AREA: string;
  /**
   * @zh 地理位置
   * @en Geographic location
   * @notation c..200
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 项目所在行政区域代码
   * @en Region code of the project
   * @notation c6
   * @codelist REGION
   * @unverified Not read by any query of the repository found; assumed from sister set 653, as every mining set carries it.
   */
  REGION_CODE: string;
  /**
   * @zh 交易发生行政区域代码
   * @en Region code where the trade takes place
   * @notation c6
   * @codelist REGION
   * @unverified Not read by any query of the repository found; assumed from sister set 653, as every mining set carries it.
   */
  TRA_PLACE_CODE: string;
  /**
   * @zh 交易机构名称
   * @en Trading institution name
   * @notation c..200
   * @unverified Not read by any query of the repository found; assumed from sister set 653, as every mining set carries it.
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified Not read by any query of the repository found; assumed from sister set 653, as every mining set carries it.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 竞得人名称
   * @en Winning bidder name
   * @notation c..200
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  NA_PUBLIC_BIDDER: string;
  /**
   * @zh 竞得人类别
   * @en Winning bidder code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  BIDDER_TYPE: string;
  /**
   * @zh 竞得人代码
   * @en Winning bidder code
   * @notation c..18
   * @codeTypeField BIDDER_TYPE
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  BIDDER_CODE: string;
  /**
   * @zh 竞得人角色
   * @en Winning bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  BIDDER_ROLE: string;
  /**
   * @zh 成交价
   * @en Deal price
   * @notation n(14,6)
   * @unverified The data set has no unit field; the portal's trade page shows it in 万元 (QT_PUBLIC_PRICE||'万元'), so 万元 is assumed.
   */
  QT_PUBLIC_PRICE: string;
  /**
   * @zh 竞得人公司地址
   * @en Winning bidder's address
   * @notation c..300
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  NA_REG_ADDRESS: string;
  /**
   * @zh 成交地点
   * @en Place of the deal
   * @notation c..255
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  NA_TD_ADDRESS: string;
  /**
   * @zh 成交时间
   * @en Deal date
   * @notation yyyyMMdd
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  DT_BUY_DATE: string;
  /**
   * @zh 出让收益缴纳方式
   * @en Payment of the transfer proceeds
   * @notation n..1
   * @unverified The portal's trade page looks it up in sys_dic 3000, whose values are not in the reference; notation taken from sister set 653, only the notation is checked.
   */
  IN_COST_STYLE: string;
  /**
   * @zh 出让收益缴纳时间
   * @en Payment date of the transfer proceeds
   * @notation yyyyMMdd
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  DT_COST_DATE: string;
  /**
   * @zh 区域坐标
   * @en Area coordinates
   * @notation ul
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  NA_AREA_COORDINATE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   * @unverified Read by the repository's queries on EXPLOR_BID_AUC_TRANS_RES_ANN; name, notation and mandatory flag taken from sister set 653.
   */
  URL: string;
}
