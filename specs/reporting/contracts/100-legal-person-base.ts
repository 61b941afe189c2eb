import type { CommonFields } from "./common.ts";

/**
 * 参与公共资源交易的法人和其他组织的基本信息：代码、证照、法定代表人、注册资本与联系方式。
 *
 * Table rule of the Fujian intake (QC-TAX-CERT): at least one tax-certificate pair is given,
 * TAX_CERT_NO with TAX_CERT_END_DATE, or LOCAL_TAX_CERT_NO with LOCAL_TAX_CERT_END_DATE.
 * @dataNo 100
 * @dataEn LEGAL_PERSON_BASE
 * @zh 法人基本信息
 * @en Legal person
 * @domain subject
 */
export interface LegalPersonBase extends CommonFields {
  /**
   * @zh 法人名称
   * @en Legal person name
   * @notation c..200
   */
  LEGAL_NAME: string;
  /**
   * @zh 法人类别
   * @en Legal person code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * @zh 法人代码
   * @en Legal person code
   * @notation c..18
   * @codeTypeField BIDDER_CODE_TYPE
   */
  LEGAL_CODE: string;
  /**
   * @zh 法人角色
   * @en Legal person role
   * @notation c..50
   * @codelist SUBJECT_ROLE
   * @codelistSeparator ;
   * @unverified The Fujian DomainMatch accepts ;-separated multiple codes, and the norm allows 50 characters for 2-character codes; that this field uses them is not verified.
   */
  LEGAL_ROLE: string;
  /**
   * @zh 营业执照号码
   * @en Business licence number
   * @notation c..50
   */
  LICENSE_NO: string;
  /**
   * @zh 营业执照失效日期
   * @en Business licence expiry date
   * @notation yyyyMMdd
   */
  LICENSE_END_DATE: string;
  /**
   * @zh 国税税务登记证证号
   * @en National tax registration certificate number
   * @notation c..50
   */
  TAX_CERT_NO?: string;
  /**
   * @zh 国税税务登记证失效日期
   * @en National tax registration certificate expiry date
   * @notation yyyyMMdd
   */
  TAX_CERT_END_DATE?: string;
  /**
   * @zh 地税税务登记证证号
   * @en Local tax registration certificate number
   * @notation c..50
   */
  LOCAL_TAX_CERT_NO?: string;
  /**
   * @zh 地税税务登记证失效日期
   * @en Local tax registration certificate expiry date
   * @notation yyyyMMdd
   */
  LOCAL_TAX_CERT_END_DATE?: string;
  /**
   * The GB 11714 organisation code; within a unified social credit code it is characters 9 to 17.
   * @zh 组织机构代码
   * @en Organisation code
   * @notation c9
   * @format organization-code
   */
  ORGAN_NO?: string;
  /**
   * @zh 组织机构代码证失效日期
   * @en Organisation code certificate expiry date
   * @notation yyyyMMdd
   */
  ORGAN_CERT_END_DATE?: string;
  /**
   * @zh 法定代表人姓名
   * @en Legal representative
   * @notation c..20
   */
  LEGAL_REPRESENT: string;
  /**
   * @zh 法人机构类别
   * @en Legal person category
   * @notation c1
   * @codelist LEGAL_TYPE
   */
  LEGAL_TYPE: string;
  /**
   * @zh 法人代表联系电话
   * @en Legal representative's telephone
   * @notation c..15
   */
  REPRESENT_PHONE?: string;
  /**
   * @zh 法人机构行业代码
   * @en Industry code
   * @notation c3
   * @unverified The norm names no code list; a GB/T 4754 industry division (section letter and two digits, e.g. E47) is assumed.
   */
  LEGAL_INDUSTRY?: string;
  /**
   * @zh 资信等级
   * @en Credit rating
   * @notation c..50
   */
  CREDIT_RATE?: string;
  /**
   * @zh 国别/地区
   * @en Country or region
   * @notation c3
   * @unverified The norm names no code list; an ISO 3166-1 alpha-3 code (GB/T 2659, e.g. CHN) is assumed.
   */
  COUNTRY_REGION: string;
  /**
   * @zh 法人机构地址
   * @en Address
   * @notation c..300
   */
  LEGAL_UNIT_ADDRESS?: string;
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
   * @zh 注册地-省
   * @en Province of registration
   * @notation c..50
   */
  REGISTER_PROVINCE?: string;
  /**
   * @zh 注册地-市
   * @en City of registration
   * @notation c..50
   */
  REGISTER_CITY?: string;
  /**
   * @zh 基本户开户银行
   * @en Bank of the basic account
   * @notation c..200
   */
  BASIC_BANK?: string;
  /**
   * @zh 基本户开户支行号
   * @en Branch number of the basic account
   * @notation c..50
   */
  BASIC_BRANCH_BANK?: string;
  /**
   * @zh 基本户账号
   * @en Basic account number
   * @notation c..50
   */
  BASIC_ACCOUNT_NO?: string;
  /**
   * @zh 基本户账户名称
   * @en Basic account name
   * @notation c..200
   */
  BASIC_ACCOUNT_NAME?: string;
  /**
   * @zh 注册资本
   * @en Registered capital
   * @notation n(14,6)
   */
  REG_CAPITAL: string;
  /**
   * @zh 注册资本币种
   * @en Registered capital currency
   * @notation c3
   * @codelist CURRENCY
   */
  REG_CAP_CURRENCY: string;
  /**
   * @zh 注册资本单位
   * @en Registered capital unit
   * @notation c1
   * @codelist PRICE_UNIT
   */
  REG_UNIT: string;
  /**
   * @zh 联系人
   * @en Contact person
   * @notation c..20
   */
  LEGAL_CONTACT: string;
  /**
   * @zh 联系人电话
   * @en Contact telephone
   * @notation c..20
   */
  LEGAL_CONTACT_PHONE: string;
  /**
   * @zh 联系人地址
   * @en Contact address
   * @notation c..200
   */
  LEGAL_CONTACT_ADDRESS?: string;
  /**
   * @zh 单位网站
   * @en Website
   * @notation c..100
   */
  LEGAL_WEB?: string;
  /**
   * @zh 邮政编码
   * @en Postcode
   * @notation c6
   */
  LEGAL_ZIP_CODE?: string;
  /**
   * @zh 电子邮箱
   * @en Email
   * @notation c..100
   */
  LEGAL_EMAIL?: string;
  /**
   * @zh 法人业务状态
   * @en Business status
   * @notation c1
   * @codelist LEGAL_STATUS
   */
  LEGAL_STATUS: string;
}
