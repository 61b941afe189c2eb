import type { CommonFields } from "./common.ts";

/**
 * 注册建造师、造价工程师等执业人员的基本信息：身份证件、所在单位、职务职称与从业经历。
 * @dataNo 111
 * @dataEn QUALI_PERSON_BASE
 * @zh 执业人员基本信息
 * @en Licensed professional
 * @domain subject
 */
export interface QualiPersonBase extends CommonFields {
  /**
   * @zh 身份证件号码
   * @en ID document number
   * @notation c..18
   * @codeTypeField ID_CARD_TYPE
   */
  ID_CARD: string;
  /**
   * @zh 身份证件类型
   * @en ID document type
   * @notation c2
   * @codelist ID_CARD_TYPE
   */
  ID_CARD_TYPE: string;
  /**
   * @zh 姓名
   * @en Name
   * @notation c..20
   */
  PERSON_NAME: string;
  /**
   * @zh 性别
   * @en Sex
   * @notation c1
   * @codelist SEX
   * @unverified The norm checks only the length here and names no code list; SEX (dict 51, GB/T 2261.1), which 212 and 213 use, is assumed.
   */
  GENDER: string;
  /**
   * @zh 出生年月
   * @en Date of birth
   * @notation yyyyMMdd
   */
  BIRTHDATE: string;
  /**
   * A city-level code (设区市, e.g. 350200 厦门市), as the norm asks for this field (rule field-region-level).
   * @zh 行政区域代码
   * @en Region code
   * @notation c6
   * @codelist REGION
   * @regionLevel city
   */
  REGION_CODE: string;
  /**
   * @zh 最高学历
   * @en Highest education
   * @notation c..50
   */
  PERSON_EDU: string;
  /**
   * @zh 联系电话
   * @en Telephone
   * @notation c..20
   */
  PERSON_PHONE: string;
  /**
   * @zh 所在单位代码
   * @en Employer code
   * @notation c..18
   * @format uscc
   * @unverified The norm gives no code-type field here and allows up to 18 characters; the unified social credit code is assumed.
   */
  UNIT_CODE: string;
  /**
   * @zh 所在单位名称
   * @en Employer name
   * @notation c..100
   */
  UNIT_NAME: string;
  /**
   * @zh 是否在职
   * @en Currently employed
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  ON_JOB: string;
  /**
   * @zh 职务
   * @en Position
   * @notation c..50
   */
  JOB: string;
  /**
   * @zh 职称
   * @en Professional title
   * @notation c..50
   */
  TECH_TITLE: string;
  /**
   * @zh 从业开始时间
   * @en Start of professional practice
   * @notation yyyyMMdd
   */
  WORK_START_DATE: string;
  /**
   * @zh 从业经历
   * @en Professional experience
   * @notation c..1000
   */
  WORKING_EXPERIENCE?: string;
}
