import type { TradePlatFields } from "./common.ts";

/**
 * 投标邀请书：邀请招标或资格预审后向投标人发出的邀请。
 * @dataNo 505
 * @dataEn TENDER_INVITATION
 * @zh 投标邀请书
 * @en Invitation to tender
 * @domain engineering
 */
export interface TenderInvitation extends TradePlatFields {
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
   * @zh 投标邀请性质
   * @en Invitation nature
   * @notation c1
   * @codelist NOTICE_NATURE
   */
  BID_INVITE_ISSUE_NATURE: string;
  /**
   * @zh 投标邀请内容及变更内容
   * @en Invitation content and changes
   * @notation ul
   */
  BID_INVITE_ISSUE_CONTENT: string;
  /**
   * @zh 投标资格
   * @en Bidding qualification
   * @notation ul
   */
  BID_QUALIFICATION: string;
  /**
   * @zh 投标人名称
   * @en Bidder name
   * @notation c..200
   */
  BIDDER_NAME?: string;
  /**
   * @zh 投标人类别
   * @en Bidder code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE?: string;
  /**
   * @zh 投标人代码
   * @en Bidder code
   * @notation c..18
   * @codeTypeField BIDDER_CODE_TYPE
   */
  BIDDER_CODE?: string;
  /**
   * @zh 投标人角色
   * @en Bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE?: string;
  /**
   * At least 20 days before BID_DOC_REFER_END_TIME (招标投标法 第24条).
   * @zh 招标文件获取开始时间
   * @en Tender document collection start time
   * @notation yyyyMMddHHmmss
   */
  DOC_GET_START_TIME: string;
  /**
   * At least 5 days after DOC_GET_START_TIME (实施条例 第16条).
   * @zh 招标文件获取截止时间
   * @en Tender document collection end time
   * @notation yyyyMMddHHmmss
   */
  DOC_GET_END_TIME: string;
  /**
   * @zh 招标文件/资格预审文件获取方法
   * @en How to obtain the documents
   * @notation ul
   */
  TENDER_DOC_GET_METHOD: string;
  /**
   * @zh 投标文件/资审申请文件递交截止时间
   * @en Bid or application submission deadline
   * @notation yyyyMMddHHmmss
   */
  BID_DOC_REFER_END_TIME: string;
  /**
   * @zh 投标文件/资审申请文件递交方法
   * @en How to submit bids or applications
   * @notation ul
   */
  BID_DOC_REFER_METHOD: string;
  /**
   * @zh 回复截止时间
   * @en Reply deadline
   * @notation yyyyMMddHHmmss
   */
  BID_INVITE_END_TIME: string;
  /**
   * @zh 投标邀请发出时间
   * @en Invitation issue time
   * @notation yyyyMMddHHmmss
   */
  BID_INVITE_ISSUE_TIME: string;
  /**
   * @zh 投标邀请发布责任人
   * @en Person responsible for the invitation
   * @notation c..50
   */
  BULLETIN_DUTY: string;
}
