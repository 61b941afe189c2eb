import type { CommonFields } from "./common.ts";

/**
 * 划定矿区范围的公开信息：申请人、设计生产规模、审批机关、出让方式、开采主矿种、受理日期。
 *
 * Columns after the service class GGZY.Services.FuWu.MiningDistrictRangePubService of lishanling/GGZY, which
 * edits every column of the table MINING_DISTRICT_RANGE_PUB (the intake's DataConfig for 656 and the table's
 * entity class are not in the stored index). Its 18 columns are those of the sister set 655, whose Chinese
 * names, notations and mandatory flags are taken.
 * @dataNo 656
 * @dataEn MINING_DISTRICT_RANGE_PUB
 * @zh 其他方式出让矿业权公开信息（划定矿区范围公开信息）
 * @en Mining area delimitation: public information
 * @domain mining
 */
export interface MiningDistrictRangePub extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  NA_APP_NAME: string;
  /**
   * @zh 发布时间
   * @en Publication time
   * @notation yyyyMMddHHmmss
   */
  PUBLISHING_TIME: string;
  /**
   * @zh 统一交易标识码
   * @en Unified trade identification code
   * @notation c40
   * @format unified-deal-code
   */
  UNIFIED_DEAL_CODE: string;
  /**
   * @zh 项目所在行政区域代码
   * @en Region code of the project
   * @notation c6
   * @codelist REGION
   */
  REGION_CODE: string;
  /**
   * @zh 交易发生行政区域代码
   * @en Region code where the trade takes place
   * @notation c6
   * @codelist REGION
   */
  TRA_PLACE_CODE: string;
  /**
   * @zh 交易机构名称
   * @en Trading institution name
   * @notation c..200
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified Name and notation taken from sister set 655 (see its note on this field); the service class gives the column only.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 申请人
   * @en Applicant
   * @notation c..200
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 申请人类别
   * @en Applicant code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  APPLY_TYPE: string;
  /**
   * @zh 申请人代码
   * @en Applicant code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  APPLY_CODE: string;
  /**
   * @zh 申请人角色
   * @en Applicant role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  APPLY_ROLE: string;
  /**
   * @zh 设计生产规模
   * @en Designed production scale
   * @notation n(14,6)
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  QT_DESIGN_SCOPE: string;
  /**
   * @zh 规模单位
   * @en Unit of the scale
   * @notation c..20
   * @unverified Name and notation taken from sister set 655 (see its note on this field); the service class gives the column only.
   */
  NA_SCOPE_UNIT: string;
  /**
   * @zh 审批机关
   * @en Approving authority
   * @notation c..40
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  NA_GOV_NAME: string;
  /**
   * @zh 取得方式
   * @en Acquisition method
   * @notation n..3
   * @unverified Name and notation taken from sister set 655 (see its note on this field); the service class gives the column only.
   */
  IN_BUY_KIND: string;
  /**
   * @zh 开采主矿种
   * @en Main mineral mined
   * @notation n..5
   * @unverified Name and notation taken from sister set 655 (see its note on this field); the service class gives the column only.
   */
  IN_MINE_COME: string;
  /**
   * @zh 受理日期
   * @en Acceptance date
   * @notation yyyyMMdd
   * @unverified The service class MiningDistrictRangePubService gives the column only; name, notation and mandatory flag taken from sister set 655.
   */
  DT_RECIVE_DATE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
