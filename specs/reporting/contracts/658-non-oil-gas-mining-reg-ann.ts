import type { CommonFields } from "./common.ts";

/**
 * 非油气采矿权登记（新立、延续、变更等）的公示：采矿权人、许可证号、设计生产规模、开采主矿种、有效期与矿区面积。
 *
 * Fields after the Fujian intake's configuration V3/658.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig/V3/658.json): a config of the older norm V3, taken because no V4
 * config of 658 exists in the repository and its 21 fields are the 21 the V4 catalogue gives the data set.
 * @dataNo 658
 * @dataEn NON_OIL_GAS_MINING_REG_ANN
 * @zh 非油气采矿权登记公示信息
 * @en Non-oil-and-gas mining right registration notice
 * @domain mining
 */
export interface NonOilGasMiningRegAnn extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   */
  NA_MINE_NAME: string;
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
   * @zh 许可证号
   * @en Licence number
   * @notation c..50
   */
  ID_LICENCEID: string;
  /**
   * @zh 项目类型
   * @en Project type
   * @notation c..4
   * @unverified The intake checks the length only and names no dictionary; the values (presumably 新立, 延续, 变更…) are not known, so only the length is checked.
   */
  IN_ITEM_TYPE: string;
  /**
   * @zh 采矿权人
   * @en Mining right holder
   * @notation c..200
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 采矿权人类别
   * @en Mining right holder's code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  APPLY_TYPE: string;
  /**
   * @zh 采矿权人代码
   * @en Mining right holder's code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   */
  APPLY_CODE: string;
  /**
   * @zh 采矿权人角色
   * @en Mining right holder's role
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
   * @notation c..50
   * @unverified The intake checks it against sys_dic 8001, the mineral dictionary of QT_MAIN_MINE, as in 655 and 656, which looks like a slip in its configuration; only the length is checked.
   */
  NA_SCOPE_UNIT: string;
  /**
   * @zh 开采主矿种
   * @en Main mineral mined
   * @notation n..5
   * @unverified The intake checks it against sys_dic 8001 (mineral codes), whose values are not in the reference; only the notation is checked.
   */
  QT_MAIN_MINE: string;
  /**
   * @zh 有效期起
   * @en Valid from
   * @notation yyyyMMdd
   */
  DT_USEFULLIFE_START: string;
  /**
   * @zh 有效期止
   * @en Valid until
   * @notation yyyyMMdd
   */
  DT_USEFULLIFE_END: string;
  /**
   * @zh 面积
   * @en Area
   * @notation n(14,6)
   * @unverified The norm does not state the unit; square kilometres are assumed.
   */
  QT_DIGINGS_AREA: string;
  /**
   * @zh 发证机关
   * @en Issuing authority
   * @notation c..40
   */
  APPROVE_ORG: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
