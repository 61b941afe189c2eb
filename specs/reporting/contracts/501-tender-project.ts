import type { TradePlatFields } from "./common.ts";

/**
 * 招标项目的基本信息：一个项目（500）下按一次招标组织的招标项目，是标段（包）（502）的上级。
 *
 * Table rules of the Fujian intake: TENDER_PROJECT_TYPE (industry routing), TENDER_AGENCY and TENDER_AGENCY_CODE_TYPE (agency fields required when TENDER_ORGANIZE_FORM is 2, checked by QC-AGENCY-FIELDS).
 * @dataNo 501
 * @dataEn TENDER_PROJECT
 * @zh 招标项目
 * @en Tender project
 * @domain engineering
 */
export interface TenderProject extends TradePlatFields {
  /**
   * Must name a project already reported as 500 (QA-REF-PROJECT).
   * @zh 项目编号
   * @en Project code
   * @notation c17
   */
  PROJECT_CODE: string;
  /**
   * PROJECT_CODE followed by a 3-digit sequence (QA-CODE-HIERARCHY); unique, and cannot be changed once reported.
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * The tenderer's or agency's own number (503 calls it 招标编号); the norm gives it the same Chinese name as TENDER_PROJECT_CODE.
   * @zh 招标项目编号
   * @en Tendering reference number
   * @notation c..200
   */
  TENDER_SELF_CODE?: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE?: string;
  /**
   * @zh 是否依法必须招标
   * @en Tendering required by law
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_TO_LAW: string;
  /**
   * Unique.
   * @zh 招标项目名称
   * @en Tender project name
   * @notation c..600
   */
  TENDER_PROJECT_NAME: string;
  /**
   * The Fujian intake sends tender projects of types A01, A02, A03, A06, A07, G01, G02, G03, G06 and G07 that must by law be tendered (IS_TO_LAW=1) to the industry-specific data sets instead (table rule TENDER_PROJECT_TYPE).
   * @zh 招标项目类型
   * @en Tender project type
   * @notation c3
   * @codelist TENDER_PROJECT_TYPE
   */
  TENDER_PROJECT_TYPE: string;
  /**
   * A city-level code (设区市, e.g. 350200 厦门市), as the norm asks for this field (rule field-region-level).
   * @zh 招标项目所在行政区域代码
   * @en Region code of the tender project
   * @notation c6
   * @codelist REGION
   * @regionLevel city
   */
  REGION_CODE: string;
  /**
   * @zh 招标内容与范围及招标方案说明
   * @en Tender content, scope and plan
   * @notation ul
   */
  TENDER_CONTENT: string;
  /**
   * @zh 项目业主名称
   * @en Project owner name
   * @notation c..200
   */
  OWNER_NAME?: string;
  /**
   * @zh 招标人名称
   * @en Tenderer name
   * @notation c..2000
   */
  TENDERER_NAME: string;
  /**
   * @zh 招标人类别
   * @en Tenderer code type
   * @notation c..20
   * @codelist SUBJECT_CODE_TYPE
   */
  TENDERER_CODE_TYPE: string;
  /**
   * @zh 招标人代码
   * @en Tenderer code
   * @notation c..2000
   * @codeTypeField TENDERER_CODE_TYPE
   */
  TENDERER_CODE: string;
  /**
   * One character; the norm names no code list (presumably 0 no, 1 yes).
   * @zh 是否联合招标
   * @en Joint tendering
   * @notation c1
   */
  ISUNION: string;
  /**
   * @zh 招标人角色
   * @en Tenderer role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  TENDERER_ROLE: string;
  /**
   * Mandatory, as the Fujian intake rejects every agency field of 501 empty (NotNull), a self-run tender (TENDER_ORGANIZE_FORM 1)
   * included: having no agency, it puts "-" in the agency's name and code, and its own code type, role, region and enterprise
   * type in the agency's coded fields, which the intake checks against their lists. When TENDER_ORGANIZE_FORM is 2 (委托招标),
   * the agency's real details are required (table rules TENDER_AGENCY and TENDER_AGENCY_CODE_TYPE, quality rule QC-AGENCY-FIELDS).
   * @zh 招标代理机构名称
   * @en Tendering agency name
   * @notation c..200
   * @placeholder -
   */
  TENDER_AGENCY_NAME: string;
  /**
   * Mandatory (the intake's NotNull); a self-run tender puts its own code type. A code of dict 2001 (table rule TENDER_AGENCY_CODE_TYPE).
   * @zh 招标代理机构类别
   * @en Tendering agency code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  TENDER_AGENCY_CODE_TYPE: string;
  /**
   * Mandatory (the intake's NotNull); a self-run tender puts "-", which is not checked as a subject code.
   * @zh 招标代理机构代码
   * @en Tendering agency code
   * @notation c..18
   * @codeTypeField TENDER_AGENCY_CODE_TYPE
   * @placeholder -
   */
  TENDER_AGENCY_CODE: string;
  /**
   * Mandatory (the intake's NotNull); a self-run tender puts the tenderer's role.
   * @zh 招标代理机构角色
   * @en Tendering agency role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  TENDER_AGENCY_ROLE: string;
  /**
   * @zh 招标方式
   * @en Tendering method
   * @notation c1
   * @codelist TENDER_MODE
   */
  TENDER_MODE: string;
  /**
   * When 2 (委托招标), TENDER_AGENCY_NAME, TENDER_AGENCY_CODE and TENDER_AGENCY_CODE_TYPE are required (QC-AGENCY-FIELDS).
   * @zh 招标组织形式
   * @en Tendering organisation form
   * @notation c1
   * @codelist TENDER_ORGANIZE_FORM
   */
  TENDER_ORGANIZE_FORM: string;
  /**
   * @zh 招标项目建立时间
   * @en Tender project creation time
   * @notation yyyyMMddHHmmss
   */
  CREATE_TIME: string;
  /**
   * @zh 监督部门名称
   * @en Supervising department name
   * @notation c..200
   */
  SUPERVISE_DEPT_NAME: string;
  /**
   * @zh 监督部门代码
   * @en Supervising department code
   * @notation c..18
   */
  SUPERVISE_DEPT_CODE?: string;
  /**
   * @zh 审核部门名称
   * @en Reviewing department name
   * @notation c..200
   */
  APPROVE_DEPT_NAME: string;
  /**
   * @zh 审核部门代码
   * @en Reviewing department code
   * @notation c..18
   */
  APPROVE_DEPT_CODE?: string;
  /**
   * @zh 申报责任人
   * @en Person responsible for the declaration
   * @notation c..200
   */
  REPORT_DUTY: string;
  /**
   * @zh 招标人企业注册所在地
   * @en Tenderer's registered region
   * @notation c6
   * @codelist REGION
   */
  TENDERER_REGION_CODE: string;
  /**
   * @zh 招标人企业性质
   * @en Tenderer's enterprise type
   * @notation c1
   * @codelist ENTERPRISE_PROPERTY
   */
  TENDERER_PROPERTY: string;
  /**
   * Mandatory (the intake's NotNull and AreaCodeMatch); a self-run tender puts the tenderer's region.
   * @zh 招标代理机构企业注册所在地
   * @en Tendering agency's registered region
   * @notation c6
   * @codelist REGION
   */
  TENDER_AGENCY_REGION_CODE: string;
  /**
   * Mandatory (the intake's NotNull); a self-run tender puts the tenderer's enterprise type.
   * @zh 招标代理机构企业性质
   * @en Tendering agency's enterprise type
   * @notation c1
   * @codelist ENTERPRISE_PROPERTY
   */
  TENDER_AGENCY_PROPERTY: string;
  /**
   * @zh 信息录入人员
   * @en Data entry operator
   * @notation c..200
   */
  OPERATION_NAME: string;
  /**
   * @zh 交易系统编号
   * @en Trading system number
   * @notation c12
   */
  TRADE_SYSTEM_NO: string;
  /**
   * In yuan: the norm gives this amount no unit field.
   * @zh 交易系统平台使用费
   * @en Trading system usage fee
   * @notation n(14,6)
   */
  TRADE_SYSTEM_FEE: string;
}
