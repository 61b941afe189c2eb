import type { TradePlatFields } from "./common.ts";

/**
 * 中标候选人公示：招标人公示中标候选人的公告。
 * @dataNo 511
 * @dataEn TENDER_CANDIDATE_ANNOUNCE
 * @zh 中标候选人公示
 * @en Publicity of the winning-bid candidates
 * @domain engineering
 */
export interface TenderCandidateAnnounce extends TradePlatFields {
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
   * @notation ul
   */
  BID_SECTION_CODES: string;
  /**
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation ul
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 公示标题
   * @en Publicity title
   * @notation c..600
   */
  PUBLICITY_NAME: string;
  /**
   * @zh 公示内容
   * @en Publicity content
   * @notation ul
   */
  PUBLICITY_CONTENT: string;
  /**
   * @zh 公示提交时间
   * @en Publicity submission time
   * @notation yyyyMMddHHmmss
   */
  PUBLICITY_REFER_TIME: string;
  /**
   * @zh 公示发布媒体
   * @en Publicity media
   * @notation c..1000
   */
  NOTICE_MEDIA: string;
  /**
   * @zh 公示源URL
   * @en Publicity source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 公示类型
   * @en Publicity type
   * @notation c1
   * @codelist PUBLICITY_TYPE
   */
  PUBLICITY_TYPE: string;
  /**
   * Within 3 days of the evaluation report (509 SUBMIT_TIME; 实施条例 第54条; QT-CANDIDATE-PUBLISH).
   * @zh 公示开始时间
   * @en Publicity start time
   * @notation yyyyMMddHHmmss
   */
  PUBLICITY_START_TIME: string;
  /**
   * At least 3 days after PUBLICITY_START_TIME (实施条例 第54条; QT-CANDIDATE-PERIOD).
   * @zh 公示结束时间
   * @en Publicity end time
   * @notation yyyyMMddHHmmss
   */
  PUBLICITY_END_TIME: string;
  /**
   * Added by V2.0 of the norm (2018): a record dated before V2.0 came into force need not carry it when judged by date (--norm-version by-date).
   * @unverified The version that added the field is the finding (2018); the Fujian intake's V3 and V4 configurations both require it.
   * @zh 提出异议的渠道和方式
   * @en Channels and ways of raising objections
   * @notation ul
   * @since V2.0
   */
  OBJECTION_METHOD: string;
  /**
   * @zh 其他内容
   * @en Other content
   * @notation ul
   */
  OTHER_CONTENT?: string;
  /**
   * Added by V2.0 of the norm (2018): a record dated before V2.0 came into force need not carry it when judged by date (--norm-version by-date).
   * @unverified The version that added the field is the finding (2018); the Fujian intake's V3 and V4 configurations both require it.
   * @zh 公示发布责任人
   * @en Person responsible for the publicity
   * @notation c..50
   * @since V2.0
   */
  BULLETIN_DUTY: string;
  /**
   * Added by V2.0 of the norm (2018): a record dated before V2.0 came into force need not carry it when judged by date (--norm-version by-date).
   * @unverified The version that added the field is the finding (2018); the Fujian intake's V3 and V4 configurations both require it.
   * @zh 交易平台数据验证责任人姓名
   * @en Trading-platform data verifier
   * @notation c..50
   * @since V2.0
   */
  EXAMINER_NAME: string;
  /**
   * @zh 第一中标候选人名称
   * @en First candidate name
   * @notation c..200
   */
  FIRST_BIDDER_NAME?: string;
  /**
   * @zh 第一中标候选人统一社会信用代码
   * @en First candidate's unified social credit code
   * @notation c18
   * @format uscc
   */
  FIRST_BIDDER_CODE?: string;
  /**
   * @zh 第二中标候选人名称
   * @en Second candidate name
   * @notation c..200
   */
  SECOND_BIDDER_NAME?: string;
  /**
   * @zh 第二中标候选人统一社会信用代码
   * @en Second candidate's unified social credit code
   * @notation c18
   * @format uscc
   */
  SECOND_BIDDER_CODE?: string;
  /**
   * @zh 第三中标候选人名称
   * @en Third candidate name
   * @notation c..200
   */
  THIRD_BIDDER_NAME?: string;
  /**
   * @zh 第三中标候选人统一社会信用代码
   * @en Third candidate's unified social credit code
   * @notation c18
   * @format uscc
   */
  THIRD_BIDDER_CODE?: string;
}
