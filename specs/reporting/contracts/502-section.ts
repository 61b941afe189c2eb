import type { TradePlatFields } from "./common.ts";

/**
 * 标段（包）的基本信息：招标项目（501）中单独招标、单独评标、单独签订合同的部分。
 *
 * Table rule CONTRACT_RECKON_PRICE: the estimated contract price, normalised by PRICE_UNIT, is at most 3,000,000,000 yuan (QA-AMOUNT-CAP).
 * @dataNo 502
 * @dataEn SECTION
 * @zh 标段(包)
 * @en Section (lot)
 * @domain engineering
 */
export interface Section extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * TENDER_PROJECT_CODE followed by a 3-digit sequence (QA-CODE-HIERARCHY); unique, and cannot be changed once reported.
   * @zh 标段（包）编号
   * @en Section code
   * @notation c23
   */
  BID_SECTION_CODE: string;
  /**
   * @zh 标段（包）名称
   * @en Section name
   * @notation c..500
   */
  BID_SECTION_NAME: string;
  /**
   * How many times the section has been tendered (1 the first time). The identifier is the norm's own spelling.
   * @zh 标段（包）招标次数
   * @en Tendering round of the section
   * @notation n..1
   */
  BID_ECTION_NUM: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 标段（包）招标方式
   * @en Tendering method of the section
   * @notation c1
   * @codelist TENDER_MODE
   */
  BID_TENDER_MODE: string;
  /**
   * @zh 标段（包）所在行政区域代码
   * @en Region code of the section
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
   * @zh 标段（包）内容
   * @en Section content
   * @notation ul
   */
  BID_SECTION_CONTENT: string;
  /**
   * @zh 标段（包）分类代码
   * @en Section classification code
   * @notation c..30
   * @codelist TENDER_PROJECT_CLASSIFY_CODE
   */
  TENDER_PROJECT_CLASSIFY_CODE: string;
  /**
   * At most 3,000,000,000 yuan after normalising by PRICE_UNIT (×10000 when 1); the Fujian intake rejects larger amounts unless whitelisted (table rule CONTRACT_RECKON_PRICE, quality rule QA-AMOUNT-CAP).
   * @zh 标段合同估算价
   * @en Estimated contract price of the section
   * @notation n(14,6)
   */
  CONTRACT_RECKON_PRICE: string;
  /**
   * @zh 标段合同估算价币种代码
   * @en Currency of the estimated contract price
   * @notation c3
   * @codelist CURRENCY
   */
  CURRENCY_CODE: string;
  /**
   * @zh 标段合同估算价单位
   * @en Unit of the estimated contract price
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT: string;
  /**
   * @zh 投标人资格条件
   * @en Bidder qualification requirements
   * @notation ul
   */
  BID_QUALIFICATION: string;
  /**
   * @zh 计划开工日期
   * @en Planned start date
   * @notation yyyyMMdd
   */
  BEGIN_DATE?: string;
  /**
   * In calendar days by common practice; the norm states no unit.
   * @zh 工期
   * @en Construction period
   * @notation n..5
   */
  LIMITE_TIME?: string;
  /**
   * @zh 标段(包)建立时间
   * @en Section creation time
   * @notation yyyyMMddHHmmss
   */
  CREATE_TIME: string;
}
