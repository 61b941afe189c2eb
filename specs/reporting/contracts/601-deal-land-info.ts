import type { CommonFields } from "./common.ts";

/**
 * 国有建设用地使用权出让成交的宗地：宗地编号、面积、用途、年限、成交价格与受让人。
 *
 * Fields after the Fujian intake's configuration as data-norms.md Appendix A records it.
 * DEAL_ANNOUNCEMENT_GUID names the transfer announcement (600 ANNOUNCEMENT_GUID) the parcel was offered in.
 * @dataNo 601
 * @dataEn DEAL_LAND_INFO
 * @zh 成交宗地信息
 * @en Land parcel deal
 * @domain land
 */
export interface DealLandInfo extends CommonFields {
  /**
   * @zh 成交宗地标示
   * @en Parcel deal ID
   * @notation c..100
   */
  DEAL_LAND_CODE: string;
  /**
   * @zh 项目编号ID
   * @en Project ID of the announcement
   * @notation c..100
   */
  DEAL_ANNOUNCEMENT_GUID: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 项目类别关联代码
   * @en Project category
   * @notation c1
   * @codelist RELATE_CODE
   */
  RELATE_CODE: string;
  /**
   * @zh 投资项目统一代码
   * @en Investment project code
   * @notation c24
   * @format invest-project-code
   */
  INVEST_PROJECT_CODE?: string;
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   */
  LAND_PROJECT_NAME: string;
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
   * @zh 宗地编号
   * @en Parcel number
   * @notation c..100
   */
  LAND_CODE: string;
  /**
   * @zh 土地面积
   * @en Land area
   * @notation n(12,6)
   * @unverified The norm does not state the unit; square metres are assumed.
   */
  LAND_AREA: string;
  /**
   * @zh 土地用途
   * @en Land use
   * @notation c..50
   */
  LAND_USAGE: string;
  /**
   * @zh 出让年限
   * @en Term of the grant
   * @notation c..50
   */
  LEND_AGE_LIMIT: string;
  /**
   * @zh 土地坐落
   * @en Parcel location
   * @notation c..200
   */
  LAND_POSITION: string;
  /**
   * @zh 成交价格
   * @en Deal price
   * @notation n(12,6)
   */
  DEAL_PRICE: string;
  /**
   * @zh 价格币种代码
   * @en Price currency
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE: string;
  /**
   * @zh 价格单位
   * @en Price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT: string;
  /**
   * @zh 受让人名称
   * @en Transferee name
   * @notation c..200
   */
  LENDING_NAME: string;
  /**
   * @zh 受让人类别
   * @en Transferee code type
   * @notation c..30
   * @codelist SUBJECT_CODE_TYPE
   */
  LENDING_TYPE: string;
  /**
   * @zh 受让人代码
   * @en Transferee code
   * @notation c..300
   * @codeTypeField LENDING_TYPE
   */
  LENDING_CODE: string;
  /**
   * @zh 备注
   * @en Remarks
   * @notation c..4000
   */
  LAND_BZ?: string;
  /**
   * @zh 成交宗地公示URL
   * @en Deal publication URL
   * @notation c..500
   */
  LAND_URL: string;
  /**
   * @zh 成交公示标题
   * @en Deal publication title
   * @notation c..500
   */
  ANNOUNCEMENT_TITLE: string;
  /**
   * @zh 成交公示内容
   * @en Deal publication content
   * @notation ul
   */
  ANNOUNCEMENT_CONNECT: string;
  /**
   * @zh 公示发布时间
   * @en Deal publication time
   * @notation yyyyMMddHHmmss
   */
  PUBLISHING_TIME: string;
}
