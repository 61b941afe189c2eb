import type { CommonFields } from "./common.ts";

/**
 * 油气（石油、天然气等）探矿权登记的公告：探矿权人、许可证号、极值坐标、有效期、面积与地理位置。
 *
 * Fields after the entity class GGZYFW.DbEntity.OIL_GAS_EXPLOR_REG_ANN of lishanling/GGZY (the intake's
 * DataConfig for 659 is not in the stored index): the entity gives each column, its type and its description,
 * not its length nor whether it is mandatory; lengths follow the mining sets 651–655 where a field has the same
 * meaning, and every field is taken as mandatory as in 651.
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
   * @notation c..500
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; length taken from 655's NA_APP_NAME.
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
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; the length is assumed.
   */
  ID_LICENCEID: string;
  /**
   * @zh 项目类型
   * @en Project type
   * @notation c..50
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; no dictionary is known (presumably new grant, renewal, change…), so only the length is checked.
   */
  IN_ITEM_TYPE: string;
  /**
   * @zh 探矿权人
   * @en Exploration right holder
   * @notation c..200
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; length taken from 655's NA_APPLY_PERSON.
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
   * @zh 极值坐标
   * @en Extreme-point coordinates
   * @notation ul
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; notation taken from 651's NA_AREA_COORDINATE.
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
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; length taken from 651.
   */
  NA_GEOGRAPHY_POSITION: string;
  /**
   * @zh 发证机关
   * @en Issuing authority
   * @notation c..40
   * @unverified Entity OIL_GAS_EXPLOR_REG_ANN gives the column only; length taken from 655's NA_GOV_NAME (审批机关).
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
