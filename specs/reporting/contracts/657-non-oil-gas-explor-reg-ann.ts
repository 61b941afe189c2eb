import type { CommonFields } from "./common.ts";

/**
 * 非油气探矿权登记（新立、延续、变更等）的公示：探矿权人、许可证号、勘查单位、勘查矿种、极值坐标、有效期、面积与地理位置。
 *
 * Fields after the Fujian intake's configuration V3/657.json of its test project (lishanling/GGZY,
 * GGZY/Tests/DataV4Service.Test/Config/DataConfig/V3/657.json): a config of the older norm V3, taken because no V4
 * config of 657 exists in the repository and its 22 fields are the 22 the V4 catalogue gives the data set.
 * @dataNo 657
 * @dataEn NON_OIL_GAS_EXPLOR_REG_ANN
 * @zh 非油气探矿权登记公示信息
 * @en Non-oil-and-gas exploration right registration notice
 * @domain mining
 */
export interface NonOilGasExplorRegAnn extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..128
   */
  NA_ITEM_NAME: string;
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
   * @notation c..32
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
   * @zh 探矿权人
   * @en Exploration right holder
   * @notation c..128
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 探矿权人类别
   * @en Exploration right holder's code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  APPLY_TYPE: string;
  /**
   * @zh 探矿权人代码
   * @en Exploration right holder's code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   */
  APPLY_CODE: string;
  /**
   * @zh 探矿权人角色
   * @en Exploration right holder's role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  APPLY_ROLE: string;
  /**
   * @zh 勘查单位
   * @en Exploration contractor
   * @notation c..200
   */
  NA_PERAMBULATE_COMP: string;
  /**
   * @zh 勘查矿种
   * @en Mineral explored
   * @notation n..5
   * @unverified The intake checks it against sys_dic 8001 (mineral codes), whose values are not in the reference; only the notation is checked.
   */
  QT_PERAMBULATE_MINE: string;
  /**
   * @zh 极值坐标
   * @en Extreme-point coordinates
   * @notation c..200
   */
  NA_JZZB: string;
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
  QT_TOTAL_AREA: string;
  /**
   * @zh 地理位置
   * @en Geographic location
   * @notation c..256
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 发证机关
   * @en Issuing authority
   * @notation c..100
   */
  APPROVE_ORG: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
