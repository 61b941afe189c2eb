import type { CommonFields } from "./common.ts";

/**
 * 工程建设项目评标专家库中评标专家的基本信息：身份证件、工作单位、职称、所在地区与参评专业。
 * @dataNo 212
 * @dataEn EXPERT_BID_EVALUATION
 * @zh 评标专家基本信息
 * @en Bid-evaluation expert
 * @domain expert
 */
export interface ExpertBidEvaluation extends CommonFields {
  /**
   * @zh 专家身份证件号码
   * @en Expert's ID document number
   * @notation c..18
   * @codeTypeField ID_CARD_TYPE
   */
  ID_CARD: string;
  /**
   * @zh 专家身份证件类型
   * @en Expert's ID document type
   * @notation c2
   * @codelist ID_CARD_TYPE
   */
  ID_CARD_TYPE: string;
  /**
   * @zh 专家姓名
   * @en Expert name
   * @notation c..50
   */
  EXPERT_NAME: string;
  /**
   * @zh 性别
   * @en Sex
   * @notation c1
   * @codelist SEX
   */
  SEX: string;
  /**
   * @zh 出生日期
   * @en Date of birth
   * @notation yyyyMMdd
   */
  BIRTHDAY: string;
  /**
   * @zh 职务
   * @en Position
   * @notation c..50
   */
  DUTY?: string;
  /**
   * @zh 最高学历
   * @en Highest education
   * @notation c..50
   */
  EDUCATION: string;
  /**
   * @zh 职称
   * @en Professional title
   * @notation c..50
   */
  PROFESSIONAL: string;
  /**
   * @zh 是否在职
   * @en Currently employed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  ONWORK: string;
  /**
   * @zh 当前工作单位
   * @en Current employer
   * @notation c..200
   */
  COMPANY: string;
  /**
   * @zh 通讯地址
   * @en Postal address
   * @notation c..200
   */
  POST_ADDRESS?: string;
  /**
   * @zh 邮政编码
   * @en Postcode
   * @notation c6
   */
  POSTCODE?: string;
  /**
   * @zh 所属行业
   * @en Industry
   * @notation c3
   * @unverified The norm names no code list for this 3-character code; its values are not in the reference.
   */
  INDUSTRY: string;
  /**
   * @zh 所在地区
   * @en Area
   * @notation c9
   * @unverified Nine characters, so not a GB/T 2260 county code: a township-level code (GB/T 2260 county code + 3 digits, as in GB/T 10114) is assumed and only the length is checked.
   */
  AREA: string;
  /**
   * @zh 工作年限
   * @en Years of work
   * @notation n..2
   */
  WORK_YEAR?: string;
  /**
   * @zh 手机
   * @en Mobile phone
   * @notation c..50
   */
  PHONE_NUMBER: string;
  /**
   * @zh 其他联系方式
   * @en Other contact details
   * @notation c..50
   */
  OTHER_NUMBER?: string;
  /**
   * @zh 是否可用
   * @en Available
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  DMISSON: string;
  /**
   * @zh 入库时间
   * @en Date entered into the expert pool
   * @notation yyyyMMdd
   */
  ENTER_DATE: string;
  /**
   * @zh 专家库类别
   * @en Expert pool type
   * @notation c1
   * @unverified The norm names no code list for this 1-character code; its values are not in the reference.
   */
  BASE_TYPE: string;
  /**
   * @zh 参评专业编号
   * @en Evaluation specialty code
   * @notation c..7
   * @unverified The norm names no code list; the codes of the expert specialty classification are not in the reference.
   */
  MAJOR_CODE: string;
  /**
   * @zh 是否主评专业
   * @en Main specialty
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_MAIN: string;
}
