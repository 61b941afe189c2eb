import type { TradePlatFields } from "./common.ts";

/**
 * 中标候选人：评标委员会推荐的标段（包）每个中标候选人一条记录。
 * @dataNo 510
 * @dataEn TENDER_CANDIDATE
 * @zh 中标候选人
 * @en Winning-bid candidates
 * @domain engineering
 */
export interface TenderCandidate extends TradePlatFields {
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
   * @zh 中标候选人名称
   * @en Candidate name
   * @notation c..200
   */
  WIN_CANDIDATE_NAME: string;
  /**
   * @zh 中标候选人类别
   * @en Candidate code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * Must be a bidder of the section in 507 (QA-CANDIDATE-NOT-BIDDER).
   * @zh 中标候选人代码
   * @en Candidate code
   * @notation c..200
   * @codeTypeField BIDDER_CODE_TYPE
   */
  WIN_CANDIDATE_CODE: string;
  /**
   * @zh 中标候选人角色
   * @en Candidate role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * 1 for the first candidate.
   * @zh 中标候选人排名
   * @en Candidate rank
   * @notation n..10
   */
  WIN_CANDIDATE_ORDER: string;
  /**
   * @zh 是否采用下浮率
   * @en Downward rate used
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_FLOAT_RATE: string;
  /**
   * Free text (a score or verdict); not the coded 509 EVALUATION_RESULT.
   * @zh 评分结果
   * @en Scoring result
   * @notation ul
   */
  EVALUATION_RESULT: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * In the unit given by PRICE_UINT (0 元, 1 万元): normalise by it before comparing amounts.
   * @zh 投标价格
   * @en Bid price
   * @notation n(14,6)
   */
  BID_PRICE?: string;
  /**
   * @zh 费率或其它类型报价
   * @en Rate or other kind of bid price
   * @notation ul
   */
  OTHER_BID_PRICE?: string;
  /**
   * @zh 价格币种代码
   * @en Price currency
   * @notation c3
   * @codelist CURRENCY
   */
  PRICE_CURRENCY?: string;
  /**
   * The identifier is the norm's own spelling.
   * @zh 价格单位
   * @en Price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UINT?: string;
  /**
   * @zh 质量
   * @en Quality
   * @notation ul
   */
  QUALITY: string;
  /**
   * @zh 评标情况
   * @en Evaluation summary
   * @notation ul
   */
  EVALUATION_STATUS: string;
  /**
   * @zh 中标候选人响应招标文件的资格能力条件
   * @en Candidate's qualifications responding to the tender documents
   * @notation ul
   */
  WIN_CANDIDATE_QUALIFICATION: string;
  /**
   * @zh 中标候选人人企业注册所在地
   * @en Candidate's registered region
   * @notation c6
   * @codelist REGION
   */
  BIDDER_REGION_CODE: string;
  /**
   * @zh 中标候选人企业性质
   * @en Candidate's enterprise type
   * @notation c1
   * @codelist ENTERPRISE_PROPERTY
   */
  BIDDER_PROPERTY: string;
}
