import type { TradePlatFields } from "./common.ts";

/**
 * 中标结果公告：标段（包）中标人的公告。
 *
 * Table rule BID_AMOUNT: when PRICE_FORM_CODE is 1, BID_AMOUNT normalised by PRICE_UNIT is at most 3,000,000,000 yuan (QA-AMOUNT-CAP); the winner must be a 510 candidate (QA-WINNER-NOT-CANDIDATE) and the amount must match its 507 bid (QA-WIN-AMOUNT-MISMATCH).
 * @dataNo 513
 * @dataEn WIN_RESULT_ANNO
 * @zh 中标结果公告
 * @en Award result notice
 * @domain engineering
 */
export interface WinResultAnno extends TradePlatFields {
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
   * @zh 标段（包）所在行政区域代码
   * @en Region code of the section
   * @notation c6
   * @codelist REGION
   */
  REGION_CODE: string;
  /**
   * The Fujian intake checks only the length here; the same field of 502 is checked against GB/T 2260.
   * @zh 交易发生行政区域代码
   * @en Region code where the trade takes place
   * @notation c6
   * @codelist REGION
   */
  TRA_PLACE_CODE: string;
  /**
   * @zh 招标代理机构名称
   * @en Tendering agency name
   * @notation c..200
   */
  TENDER_AGENCY_NAME?: string;
  /**
   * Mandatory in the norm although TENDER_AGENCY_NAME is not, and although a self-tendering project (501 TENDER_ORGANIZE_FORM 1) has no agency.
   * @zh 招标代理机构代码
   * @en Tendering agency code
   * @notation c18
   * @format uscc
   * @unverified The norm names it 代码, not 统一社会信用代码; a USCC is inferred from the fixed length 18.
   */
  TENDER_AGENCY_CODE: string;
  /**
   * @zh 公告标题
   * @en Notice title
   * @notation c..600
   */
  NOTICE_NAME: string;
  /**
   * @zh 公告内容
   * @en Notice content
   * @notation ul
   */
  NOTICE_CONTENT: string;
  /**
   * The contract (512 CONTRACT_SIGN_TIME) must be signed within 30 days of this (QT-CONTRACT-SIGN).
   * @zh 公告发布时间
   * @en Notice publication time
   * @notation yyyyMMddHHmmss
   */
  NOTICE_SEND_TIME: string;
  /**
   * @zh 公告发布媒体
   * @en Publication media
   * @notation c..1000
   */
  NOTICE_MEDIA: string;
  /**
   * @zh 公告源URL
   * @en Notice source URL
   * @notation c..500
   */
  URL: string;
  /**
   * @zh 公告性质
   * @en Notice nature
   * @notation c1
   * @codelist NOTICE_NATURE
   */
  NOTICE_NATURE: string;
  /**
   * @zh 公告类型
   * @en Notice type
   * @notation c1
   * @codelist BULLETIN_TYPE
   */
  BULLETIN_TYPE: string;
  /**
   * @zh 中标投标人名称
   * @en Winning bidder name
   * @notation c..200
   */
  WIN_BIDDER_NAME: string;
  /**
   * @zh 中标投标人类别
   * @en Winning bidder code type
   * @notation c..30
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * Must be a candidate of the section in 510 (QA-WINNER-NOT-CANDIDATE).
   * @zh 中标投标人代码
   * @en Winning bidder code
   * @notation c..2000
   * @codeTypeField BIDDER_CODE_TYPE
   */
  WIN_BIDDER_CODE: string;
  /**
   * @zh 中标投标人角色
   * @en Winning bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * @zh 联合体代码
   * @en Consortium code
   * @notation c..18
   */
  UNION_CODE?: string;
  /**
   * @zh 联合体名称
   * @en Consortium name
   * @notation c..1000
   */
  UNION_NAME?: string;
  /**
   * @zh 价款形式代码
   * @en Price form
   * @notation c1
   * @codelist PRICE_FORM_CODE
   */
  PRICE_FORM_CODE: string;
  /**
   * When PRICE_FORM_CODE is 1 (金额): at most 3,000,000,000 yuan after normalising by PRICE_UNIT (table rule BID_AMOUNT, QA-AMOUNT-CAP), and equal to the winner's 507 BID_PRICE after normalisation (QA-WIN-AMOUNT-MISMATCH).
   * @zh 中标金额
   * @en Winning amount
   * @notation n(14,6)
   */
  BID_AMOUNT?: string;
  /**
   * @zh 价格币种代码
   * @en Winning amount currency
   * @notation c3
   * @codelist CURRENCY
   */
  BID_CURRENCY?: string;
  /**
   * @zh 价格单位
   * @en Price unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  PRICE_UNIT?: string;
  /**
   * @zh 费率或其它类型结果
   * @en Rate or other kind of result
   * @notation ul
   */
  OTHER_BID_PRICE?: string;
  /**
   * @zh 其他内容
   * @en Other content
   * @notation ul
   */
  OTHER_CONTENT?: string;
  /**
   * @zh 公示发布责任人
   * @en Person responsible for publication
   * @notation c..50
   */
  BULLETIN_DUTY: string;
  /**
   * @zh 交易平台数据验证责任人姓名
   * @en Trading-platform data verifier
   * @notation c..50
   */
  EXAMINER_NAME: string;
  /**
   * @zh 中标投标人企业注册所在地
   * @en Winning bidder's registered region
   * @notation c6
   * @codelist REGION
   */
  BIDDER_REGION_CODE: string;
  /**
   * @zh 中标投标人企业性质
   * @en Winning bidder's enterprise type
   * @notation c1
   * @codelist ENTERPRISE_PROPERTY
   */
  BIDDER_PROPERTY: string;
  /**
   * @zh 项目负责人
   * @en Project manager
   * @notation c..200
   */
  PROJECT_LEAD: string;
  /**
   * @zh 项目负责人身份证号码
   * @en Project manager's resident ID number
   * @notation c..50
   * @format resident-id
   */
  PROJECT_LEAD_ID: string;
}
