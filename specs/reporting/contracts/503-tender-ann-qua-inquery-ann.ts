import type { TradePlatFields } from "./common.ts";

/**
 * 招标公告或资格预审公告：公开招标的招标项目发布的公告，可含一个或多个标段（包）。
 * @dataNo 503
 * @dataEn TENDER_ANN_QUA_INQUERY_ANN
 * @zh 招标公告与资格预审公告
 * @en Tender notice and prequalification notice
 * @domain engineering
 */
export interface TenderAnnQuaInqueryAnn extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * @zh 公告标段（包）数量
   * @en Number of sections in the notice
   * @notation n..2
   */
  NOTICE_BID_NUM: string;
  /**
   * One or more section codes separated by ";" (NOTICE_BID_NUM counts them), each of 23 characters: the Fujian intake's
   * LengthMatch splits a fixed-length value on ";" and checks each item (lishanling/GGZY GGZY/Businesses/GGZY.DataV4Service/Validators/Context/Field/Imp/LengthMatchFieldValidator.cs).
   * @zh 相关标段（包）编号
   * @en Related section codes
   * @separator ;
   * @notation c23
   */
  BID_SECTION_CODES: string;
  /**
   * @zh 交易中心名称
   * @en Trading centre name
   * @notation c..2000
   */
  TRAD_CENTER_NAME?: string;
  /**
   * One or more codes separated by ";", each of 40 characters (the Fujian intake's LengthMatch checks a fixed length per item).
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @separator ;
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 招标编号
   * @en Tendering reference number
   * @notation c..600
   */
  TENDER_SELF_CODE: string;
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
   * @minLength 10
   */
  NOTICE_CONTENT: string;
  /**
   * Published on the statutory media the day the notice is made.
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
   * A tender notice must leave at least 20 days from here to BID_DOC_REFER_END_TIME (招标投标法 第24条; QT-BID-PERIOD).
   * @zh 招标文件/资格预审文件获取时间
   * @en Document collection start time
   * @notation yyyyMMddHHmmss
   */
  DOC_GET_START_TIME: string;
  /**
   * At least 5 days after DOC_GET_START_TIME (招标投标法实施条例 第16条; QT-DOC-SALE-PERIOD).
   * @zh 招标文件/资格预审文件获取截至时间
   * @en Document collection end time
   * @notation yyyyMMddHHmmss
   */
  DOC_GET_END_TIME: string;
  /**
   * @zh 招标文件/资格预审文件获取方法
   * @en How to obtain the documents
   * @notation c..500
   */
  TENDER_DOC_GET_METHOD: string;
  /**
   * For a prequalification notice (BULLETIN_TYPE 2) the deadline of the prequalification applications, which must be at least 5 days after DOC_GET_END_TIME (实施条例 第17条).
   * @zh 投标文件/资格预审申请文件递交截止时间
   * @en Bid or application submission deadline
   * @notation yyyyMMddHHmmss
   */
  BID_DOC_REFER_END_TIME: string;
  /**
   * @zh 是否延期开标
   * @en Bid opening postponed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_POSTPONE?: string;
  /**
   * For a prequalification notice, the time the applications are opened.
   * @zh 开标时间/开启时间
   * @en Bid opening time
   * @notation yyyyMMddHHmmss
   */
  BID_OPEN_TIME: string;
  /**
   * @zh 开标方式/文件开启方式
   * @en Bid opening method
   * @notation ul
   */
  BID_OPEN_METHOD?: string;
  /**
   * Free text here; 504 QUAL_TYPE is the coded 资格审查方式.
   * @zh 评审办法
   * @en Review method
   * @notation ul
   */
  QUAL_TYPE?: string;
  /**
   * @zh 文件售价
   * @en Document price
   * @notation n(14,6)
   */
  DOC_PRICE?: string;
  /**
   * @zh 文件售价币种
   * @en Currency of the document price
   * @notation c3
   * @codelist CURRENCY
   */
  DOC_PRICE_CURRENCY?: string;
  /**
   * @zh 文件售价单位
   * @en Unit of the document price
   * @notation c1
   * @codelist PRICE_UNIT
   */
  DOC_PRICE_UNIT?: string;
  /**
   * @zh 投标文件/资格预审申请文件递交方法
   * @en How to submit bids or applications
   * @notation c..500
   */
  BID_DOC_REFER_METHOD: string;
  /**
   * @zh 是否允许联合体投标
   * @en Consortium bids accepted
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  SYNDICATED_FLAG: string;
  /**
   * The norm gives no code-type field here; the kind is the 501 TENDERER_CODE_TYPE of the same tender project.
   * @zh 招标人代码
   * @en Tenderer code
   * @notation c..18
   */
  TENDERER_CODE: string;
  /**
   * @zh 招标人名称
   * @en Tenderer name
   * @notation c..200
   */
  TENDERER_NAME: string;
  /**
   * @zh 招标人地址
   * @en Tenderer's address
   * @notation c..200
   */
  TENDERER_ADDRESS: string;
  /**
   * @zh 招标人联系人
   * @en Tenderer's contact person
   * @notation c..100
   */
  TENDERER_CONTACTOR: string;
  /**
   * @zh 招标人联系电话
   * @en Tenderer's telephone
   * @notation c..20
   */
  TENDERER_PHONE_NUMBER: string;
  /**
   * @zh 招标人电子邮箱
   * @en Tenderer's e-mail
   * @notation c..100
   */
  TENDERER_EMAIL: string;
  /**
   * @zh 招标代理机构代码
   * @en Tendering agency code
   * @notation c..18
   */
  TENDER_AGENCY_CODE?: string;
  /**
   * @zh 招标代理机构名称
   * @en Tendering agency name
   * @notation c..200
   */
  TENDER_AGENCY_NAME?: string;
  /**
   * @zh 招标代理机构地址
   * @en Tendering agency's address
   * @notation c..200
   */
  TENDER_AGENCY_ADDRESS?: string;
  /**
   * @zh 招标代理机构联系人
   * @en Tendering agency's contact person
   * @notation c..100
   */
  TENDER_AGENCY_CONTACTOR?: string;
  /**
   * @zh 招标代理机构联系电话
   * @en Tendering agency's telephone
   * @notation c..20
   */
  TENDER_AGENCY_PHONE_NUMBER?: string;
  /**
   * @zh 招标代理机构电子邮箱
   * @en Tendering agency's e-mail
   * @notation c..100
   */
  TENDER_AGENCY_EMAIL?: string;
  /**
   * @zh 其他内容
   * @en Other content
   * @notation ul
   */
  OTHER_CONTENT?: string;
  /**
   * @zh 公告发布责任人
   * @en Person responsible for publication
   * @notation c..50
   */
  BULLETIN_DUTY: string;
  /**
   * The identifier says "code type", but the norm's Chinese name and length make it the name of the trading platform's verifier.
   * @zh 交易平台验证责任人
   * @en Trading-platform verifier
   * @notation c..50
   */
  BULLETIN_DUTY_CODE_TYPE: string;
}
