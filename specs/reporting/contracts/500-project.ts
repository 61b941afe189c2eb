import type { TradePlatFields } from "./common.ts";

/**
 * 工程建设项目的基本信息，是招标项目（501）的上级。
 * @dataNo 500
 * @dataEn PROJECT
 * @zh 项目
 * @en Project
 * @domain engineering
 */
export interface Project extends TradePlatFields {
  /**
   * @zh 项目编号
   * @en Project code
   * @notation c17
   */
  PROJECT_CODE: string;
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..600
   */
  PROJECT_NAME: string;
  /**
   * A city-level code (设区市, e.g. 350200 厦门市), as the norm asks for this field (rule field-region-level).
   * @zh 项目所在行政区域代码
   * @en Region code of the project
   * @notation c6
   * @codelist REGION
   * @regionLevel city
   */
  REGION_CODE: string;
  /**
   * @zh 项目类别关联代码
   * @en Project category link
   * @notation c1
   * @codelist RELATE_CODE
   */
  RELATE_CODE: string;
  /**
   * Mandatory when RELATE_CODE is 1 (rule of the Fujian intake).
   * @zh 投资项目统一代码
   * @en Investment project code
   * @notation c24
   * @format invest-project-code
   */
  INVEST_PROJECT_CODE?: string;
  /**
   * @zh 项目地址
   * @en Project address
   * @notation c..2000
   */
  ADDRESS: string;
  /**
   * @zh 项目法人
   * @en Project legal person
   * @notation c..200
   */
  LEGAL_PERSON: string;
  /**
   * @zh 分类版本代码
   * @en Classification version code
   * @notation c1
   */
  CLASS_VER_CODE: string;
  /**
   * @zh 项目行业分类
   * @en Project industry classification
   * @notation c3
   */
  INDUSTRIES_TYPE: string;
  /**
   * @zh 资金来源
   * @en Source of funds
   * @notation c..1000
   */
  FUND_SOURCE: string;
  /**
   * @zh 出资比例
   * @en Contribution shares
   * @notation c..1000
   */
  CONTRIBUTION_SCALE?: string;
  /**
   * @zh 项目规模
   * @en Project scale
   * @notation c..4000
   */
  PROJECT_SCALE: string;
  /**
   * @zh 联系人
   * @en Contact person
   * @notation c..100
   */
  CONTACTOR: string;
  /**
   * @zh 联系方式
   * @en Contact details
   * @notation c..100
   */
  CONTACT_INFORMATION: string;
  /**
   * @zh 项目审批文件名称
   * @en Approval document name
   * @notation c..500
   */
  APPROVAL_NAME: string;
  /**
   * @zh 项目审批文号
   * @en Approval document number
   * @notation c..100
   */
  APPROVAL_NUMBER?: string;
  /**
   * @zh 项目审批单位
   * @en Approving authority
   * @notation c..200
   */
  APPROVAL_AUTHORITY?: string;
  /**
   * @zh 项目建立时间
   * @en Project creation time
   * @notation yyyyMMddHHmmss
   */
  CREATE_TIME: string;
  /**
   * @zh 信息录入人员
   * @en Data entry operator
   * @notation c..200
   */
  OPERATION_NAME: string;
}
