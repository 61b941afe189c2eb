import type { TradePlatFields } from "./common.ts";

/**
 * 开标记录：一个招标项目一次开标的记录。
 * @dataNo 506
 * @dataEn BID_OPENING_RECORD
 * @zh 开标记录
 * @en Bid opening record
 * @domain engineering
 */
export interface BidOpeningRecord extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * One or more section codes of the tender project.
   * @zh 相关标段（包）编号
   * @en Related section codes
   * @notation c..2000
   */
  BID_SECTION_CODES: string;
  /**
   * One or more codes separated by ";", each of 40 characters (the Fujian intake's LengthMatch checks a fixed length per item).
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @separator ;
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 开标记录标题
   * @en Bid opening record title
   * @notation c..600
   */
  NOTICE_NAME: string;
  /**
   * @zh 开标参与人
   * @en Bid opening participants
   * @notation c..500
   */
  BID_OPENING_ACTOR: string;
  /**
   * @zh 开标记录内容
   * @en Bid opening record content
   * @notation ul
   */
  BID_OPENING_CONTENT: string;
  /**
   * @zh 开标地点
   * @en Bid opening place
   * @notation c..200
   */
  BID_OPENING_ADDRESS: string;
  /**
   * @zh 开标时间
   * @en Bid opening time
   * @notation yyyyMMddHHmmss
   */
  BID_OPENING_TIME: string;
  /**
   * @zh 开标记录源URL
   * @en Bid opening record source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 开标主持人
   * @en Bid opening host
   * @notation c..600
   */
  OPEN_COMPERE: string;
  /**
   * @zh 开标代理机构代表
   * @en Tendering agency representative at the opening
   * @notation c..600
   */
  TENDER_AGENCY_PERSON: string;
  /**
   * @zh 开标招标人代表
   * @en Tenderer representative at the opening
   * @notation c..600
   */
  TENDERER_PERSON: string;
}
