import type { CommonFields } from "./common.ts";

/**
 * 划定矿区范围的公开信息：申请人、设计生产规模、审批机关、取得方式、开采主矿种、受理日期。
 *
 * Fields after the Fujian intake's configuration V3/656.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig/V3/656.json): a config of the older norm V3, taken because no V4
 * config of 656 exists in the repository and its 18 fields are the 18 the V4 catalogue gives the data set.
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
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified The intake allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 申请人
   * @en Applicant
   * @notation c..200
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 申请人类别
   * @en Applicant code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  APPLY_TYPE: string;
  /**
   * @zh 申请人代码
   * @en Applicant code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   */
  APPLY_CODE: string;
  /**
   * @zh 申请人角色
   * @en Applicant role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  APPLY_ROLE: string;
  /**
   * @zh 设计生产规模
   * @en Designed production scale
   * @notation n(14,6)
   */
  QT_DESIGN_SCOPE: string;
  /**
   * @zh 规模单位
   * @en Unit of the scale
   * @notation c..20
   * @unverified The intake checks it against sys_dic 8001, the mineral dictionary of IN_MINE_COME, as in 655 and 658, which looks like a slip in its configuration; only the length is checked.
   */
  NA_SCOPE_UNIT: string;
  /**
   * @zh 审批机关
   * @en Approving authority
   * @notation c..40
   */
  NA_GOV_NAME: string;
  /**
   * @zh 取得方式
   * @en Acquisition method
   * @notation n..3
   * @unverified The intake checks only the notation here (no dictionary, as in 655, unlike 651 and 653), so MINING_TRANSFER_MODE is not applied.
   */
  IN_BUY_KIND: string;
  /**
   * @zh 开采主矿种
   * @en Main mineral mined
   * @notation n..5
   * @unverified The intake checks it against sys_dic 8001 (mineral codes), whose values are not in the reference; only the notation is checked.
   */
  IN_MINE_COME: string;
  /**
   * @zh 受理日期
   * @en Acceptance date
   * @notation yyyyMMdd
   */
  DT_RECIVE_DATE: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
