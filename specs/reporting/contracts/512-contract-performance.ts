import type { TradePlatFields } from "./common.ts";

/**
 * 合同：招标人与中标人就标段（包）签订的合同。
 * @dataNo 512
 * @dataEn CONTRACT_PERFORMANCE
 * @zh 合同
 * @en Contract
 * @domain engineering
 */
export interface ContractPerformance extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * Must name a section already reported as 502 (QA-REF-SECTION), and start with TENDER_PROJECT_CODE (QA-CODE-HIERARCHY).
   * @zh 标段（包）编号
   * @en Section code
   * @notation c23
   */
  BID_SECTION_CODE: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 合同名称
   * @en Contract name
   * @notation c..600
   */
  CONTRACT_NAME: string;
  /**
   * @zh 招标人名称
   * @en Tenderer name
   * @notation c..2000
   */
  TENDERER_NAME: string;
  /**
   * The norm gives no code-type field here; the kind is the 501 TENDERER_CODE_TYPE of the tender project.
   * @zh 招标人代码
   * @en Tenderer code
   * @notation c..2000
   */
  TENDER_CODE: string;
  /**
   * @zh 中标人名称
   * @en Winning bidder name
   * @notation c..2000
   */
  BIDDER_NAME: string;
  /**
   * The winner of the section (513 WIN_BIDDER_CODE); the norm gives no code-type field here.
   * @zh 中标人代码
   * @en Winning bidder code
   * @notation c..2000
   */
  BIDDER_CODE: string;
  /**
   * In the unit given by PRICE_UNIT (0 元, 1 万元): normalise by it before comparing amounts.
   * @zh 合同金额
   * @en Contract amount
   * @notation n(14,6)
   */
  CONTRACT_PRICE?: string;
  /**
   * @zh 金额币种代码
   * @en Amount currency
   * @notation c3
   * @codelist CURRENCY
   */
  PRICE_CURRENCY?: string;
  /**
   * @zh 金额单位
   * @en Amount unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * @zh 其它形式合同报价
   * @en Contract price in another form
   * @notation c..2000
   */
  OTHER_CONTRACT_PRICE?: string;
  /**
   * @zh 合同主要内容
   * @en Main content of the contract
   * @notation ul
   */
  CONTRACT_CONTENT: string;
  /**
   * In calendar days by common practice; the norm states no unit.
   * @zh 合同期限
   * @en Contract period
   * @notation n..4
   */
  LIMITE_TIME?: string;
  /**
   * @zh 质量要求
   * @en Quality requirements
   * @notation ul
   */
  QUALITY_REQUIRE?: string;
  /**
   * @zh 递交时间
   * @en Submission time
   * @notation yyyyMMddHHmmss
   */
  SUBMIT_TIME?: string;
  /**
   * Within 30 days of the award notice (513 NOTICE_SEND_TIME; 招标投标法 第46条; QT-CONTRACT-SIGN).
   * @zh 合同签署时间
   * @en Contract signing time
   * @notation yyyyMMddHHmmss
   */
  CONTRACT_SIGN_TIME: string;
  /**
   * @zh 合同编号
   * @en Contract number
   * @notation c..600
   */
  CONTRACT_CODE: string;
}
