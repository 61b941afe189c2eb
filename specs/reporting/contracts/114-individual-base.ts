import type { CommonFields } from "./common.ts";

/**
 * 以自然人身份参与公共资源交易的主体的基本信息：身份证件、联系方式与银行账户。
 * @dataNo 114
 * @dataEn INDIVIDUAL_BASE
 * @zh 自然人基本信息
 * @en Natural person
 * @domain subject
 */
export interface IndividualBase extends CommonFields {
  /**
   * @zh 身份证件类型
   * @en ID document type
   * @notation c2
   * @codelist ID_CARD_TYPE
   */
  ID_CARD_TYPE: string;
  /**
   * @zh 主体代码（身份证件号）
   * @en Subject code (ID document number)
   * @notation c18
   * @codeTypeField ID_CARD_TYPE
   */
  ID_CARD: string;
  /**
   * @zh 身份证件失效日期
   * @en ID document expiry date
   * @notation yyyyMMdd
   */
  ID_CARD_END_DATE: string;
  /**
   * @zh 姓名
   * @en Name
   * @notation c..20
   */
  PERSON_NAME: string;
  /**
   * @zh 联系电话
   * @en Telephone
   * @notation c..20
   */
  CONTACT: string;
  /**
   * @zh 银行账户
   * @en Bank account
   * @notation c..50
   */
  BANK_ACCOUNT: string;
  /**
   * @zh 开户行
   * @en Bank
   * @notation c..100
   */
  BANK_NAME?: string;
  /**
   * @zh 邮编
   * @en Postcode
   * @notation c6
   */
  ZIP_CODE?: string;
  /**
   * @zh 地址
   * @en Address
   * @notation c..100
   */
  ADDRESS?: string;
}
