import type { CommonFields } from "./common.ts";

/**
 * 非油气探矿权登记（新立、延续、变更等）的公示：探矿权人、许可证号、勘查单位、勘查矿种、极值坐标、有效期、面积与地理位置。
 *
 * Columns after the service class GGZY.Services.FuWu.NonOilGasExplorRegAnnService of lishanling/GGZY, which
 * edits every column of the table NON_OIL_GAS_EXPLOR_REG_ANN (the intake's DataConfig for 657 and the table's
 * entity class are not in the stored index). The Chinese names are taken from the columns of the same name in
 * the entity classes of 659 (OIL_GAS_EXPLOR_REG_ANN) and 654 (EXPLOR_TRANS_PUB_INFO); lengths follow the mining
 * sets 651–655, and every field is taken as mandatory as in 651.
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
   * @notation c..500
   * @unverified The service class gives the column only; its name is taken from 659; length taken from 655's NA_APP_NAME.
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
   * @zh 许可证号
   * @en Licence number
   * @notation c..50
   * @unverified The service class gives the column only; its name is taken from 659; the length is assumed.
   */
  ID_LICENCEID: string;
  /**
   * @zh 项目类型
   * @en Project type
   * @notation c..50
   * @unverified The service class gives the column only; its name is taken from 659; no dictionary is known (presumably new grant, renewal, change…), so only the length is checked.
   */
  IN_ITEM_TYPE: string;
  /**
   * @zh 探矿权人
   * @en Exploration right holder
   * @notation c..200
   * @unverified The service class gives the column only; its name is taken from 659; length taken from 655's NA_APPLY_PERSON.
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 探矿权人类别
   * @en Exploration right holder's code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified Notation and code list taken from 655's APPLY_TYPE.
   */
  APPLY_TYPE: string;
  /**
   * @zh 探矿权人代码
   * @en Exploration right holder's code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   * @unverified Notation taken from 655's APPLY_CODE.
   */
  APPLY_CODE: string;
  /**
   * @zh 探矿权人角色
   * @en Exploration right holder's role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified Notation and code list taken from 655's APPLY_ROLE.
   */
  APPLY_ROLE: string;
  /**
   * @zh 勘查单位
   * @en Exploration contractor
   * @notation c..200
   * @unverified The service class gives the column only; name and notation taken from 654's NA_PERAMBULATE_COMP.
   */
  NA_PERAMBULATE_COMP: string;
  /**
   * @zh 勘查矿种
   * @en Mineral explored
   * @notation n..5
   * @unverified The service class gives the column only and compares it as a number; name and notation taken from 654's IN_MINE_COME (sys_dic 8001, mineral codes whose values are not in the reference).
   */
  QT_PERAMBULATE_MINE: string;
  /**
   * @zh 极值坐标
   * @en Extreme-point coordinates
   * @notation ul
   * @unverified The service class gives the column only; its name is taken from 659; notation taken from 651's NA_AREA_COORDINATE.
   */
  NA_JZZB: string;
  /**
   * @zh 有效期起
   * @en Valid from
   * @notation yyyyMMdd
   * @unverified The entity types it as a date; a date without time is assumed.
   */
  DT_USEFULLIFE_START: string;
  /**
   * @zh 有效期止
   * @en Valid until
   * @notation yyyyMMdd
   * @unverified The entity types it as a date; a date without time is assumed.
   */
  DT_USEFULLIFE_END: string;
  /**
   * @zh 面积
   * @en Area
   * @notation n(14,6)
   * @unverified Notation taken from 651's QT_TOTAL_AREA; the norm does not state the unit, square kilometres are assumed.
   */
  QT_TOTAL_AREA: string;
  /**
   * @zh 地理位置
   * @en Geographic location
   * @notation c..200
   * @unverified The service class gives the column only; its name is taken from 659; length taken from 651.
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 发证机关
   * @en Issuing authority
   * @notation c..40
   * @unverified The service class gives the column only; its name is taken from 659; length taken from 655's NA_GOV_NAME (审批机关).
   */
  APPROVE_ORG: string;
  /**
   * @zh 公告源URL
   * @en Announcement source URL
   * @notation c..500
   */
  URL: string;
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
   * @unverified Taken from 655, where the norm allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
}
