import type { CommonFields } from "./common.ts";

/**
 * 油气（石油、天然气等）探矿权登记的公告：探矿权人、许可证号、极值坐标、有效期、面积与地理位置。
 *
 * Columns after the entity class GGZYFW.DbEntity.OIL_GAS_EXPLOR_REG_ANN of lishanling/GGZY, which gives each
 * column, its type and its description, not its length nor whether it is mandatory: the intake repository has no
 * configuration of 659. Lengths and mandatory flags are inferred from its oil-and-gas sister 660
 * (OIL_GAS_MINING_REG_ANN, the test project's V4/660.json), which has the same columns but APPROVE_ORG and checks
 * every field as mandatory; APPROVE_ORG follows 657, the exploration registration of the other minerals. The 19
 * columns of 660 and APPROVE_ORG are the 20 fields the V4 catalogue gives 659.
 * @dataNo 659
 * @dataEn OIL_GAS_EXPLOR_REG_ANN
 * @zh 油气探矿权登记公告信息
 * @en Oil and gas exploration right registration notice
 * @domain mining
 */
export interface OilGasExplorRegAnn extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..300
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's NA_ITEM_NAME (油气田名称).
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
   * @unverified No config of 659 exists; the notation is 660's, where the intake allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 许可证号
   * @en Licence number
   * @notation c..50
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's ID_LICENCEID (657 allows only 32 characters).
   */
  ID_LICENCEID: string;
  /**
   * @zh 项目类型
   * @en Project type
   * @notation c..4
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's IN_ITEM_TYPE, which names no dictionary; the values (presumably 新立, 延续, 变更…) are not known, so only the length is checked.
   */
  IN_ITEM_TYPE: string;
  /**
   * @zh 探矿权人
   * @en Exploration right holder
   * @notation c..200
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's NA_APPLY_PERSON (采矿权人).
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 探矿权人类别
   * @en Exploration right holder's code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified No config of 659 exists; notation and code list (sys_dic 2001) taken from 660's APPLY_TYPE, as 657 and 658 have them.
   */
  APPLY_TYPE: string;
  /**
   * @zh 探矿权人代码
   * @en Exploration right holder's code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's APPLY_CODE.
   */
  APPLY_CODE: string;
  /**
   * @zh 探矿权人角色
   * @en Exploration right holder's role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified No config of 659 exists; notation and code list (sys_dic 26) taken from 660's APPLY_ROLE, as 657 and 658 have them.
   */
  APPLY_ROLE: string;
  /**
   * @zh 极值坐标
   * @en Extreme-point coordinates
   * @notation c..200
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's NA_JZZB (657 has the same).
   */
  NA_JZZB: string;
  /**
   * @zh 有效期起
   * @en Valid from
   * @notation yyyyMMdd
   * @unverified No config of 659 exists; the date form is 660's (and 657's) DT_USEFULLIFE_START.
   */
  DT_USEFULLIFE_START: string;
  /**
   * @zh 有效期止
   * @en Valid until
   * @notation yyyyMMdd
   * @unverified No config of 659 exists; the date form is 660's (and 657's) DT_USEFULLIFE_END.
   */
  DT_USEFULLIFE_END: string;
  /**
   * @zh 面积
   * @en Area
   * @notation n(14,6)
   * @unverified No config of 659 exists; notation taken from 660's QT_TOTAL_AREA; the norm does not state the unit, square kilometres are assumed.
   */
  QT_TOTAL_AREA: string;
  /**
   * @zh 地理位置
   * @en Geographic location
   * @notation c..200
   * @unverified No config of 659 exists; notation and mandatory flag taken from 660's NA_GEOGRAPHY_POSITION (657 allows 256 characters).
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 发证机关
   * @en Issuing authority
   * @notation c..100
   * @unverified No config of 659 exists and 660 has no such field; notation and mandatory flag taken from 657's APPROVE_ORG, the exploration registration of the other minerals (658 allows 40 characters).
   */
  APPROVE_ORG: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
}
