import type { CommonFields } from "./common.ts";

/**
 * 以招拍挂以外方式（协议出让等）出让探矿权的公开信息：申请人、勘查单位、审批机关、勘查矿种、受理日期。
 *
 * Fields after the entity class GGZYFW.DbEntity.EXPLOR_TRANS_PUB_INFO of lishanling/GGZY (the intake's
 * DataConfig for 654 is not in the stored index): the entity gives each column, its type and its description;
 * lengths and mandatory flags are taken from the sister data set 655 (mining rights), which the intake configures.
 * @dataNo 654
 * @dataEn EXPLOR_TRANS_PUB_INFO
 * @zh 其他方式出让矿业权公开信息（探矿权出让公开信息）
 * @en Exploration right granted by other means: public information
 * @domain mining
 */
export interface ExplorTransPubInfo extends CommonFields {
  /**
   * @zh 项目名称
   * @en Project name
   * @notation c..500
   * @unverified Entity EXPLOR_TRANS_PUB_INFO gives the column only; length and mandatory flag taken from sister set 655.
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
   * @unverified Entity EXPLOR_TRANS_PUB_INFO gives the column only; length taken from sister set 655.
   */
  TRA_AGENCY_NAME: string;
  /**
   * @zh 交易机构代码
   * @en Trading institution code
   * @notation c..18
   * @format uscc
   * @unverified Taken from sister set 655, where the norm allows up to 18 characters; the unified social credit code is assumed.
   */
  TRA_AGENCY_CODE: string;
  /**
   * @zh 申请人
   * @en Applicant
   * @notation c..200
   * @unverified Entity EXPLOR_TRANS_PUB_INFO gives the column only; length taken from sister set 655.
   */
  NA_APPLY_PERSON: string;
  /**
   * @zh 申请人类别
   * @en Applicant code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   * @unverified Notation and code list taken from sister set 655.
   */
  APPLY_TYPE: string;
  /**
   * @zh 申请人代码
   * @en Applicant code
   * @notation c..18
   * @codeTypeField APPLY_TYPE
   * @unverified Notation taken from sister set 655.
   */
  APPLY_CODE: string;
  /**
   * @zh 申请人角色
   * @en Applicant role
   * @notation c2
   * @codelist SUBJECT_ROLE
   * @unverified Notation and code list taken from sister set 655.
   */
  APPLY_ROLE: string;
  /**
   * @zh 勘查单位
   * @en Exploration contractor
   * @notation c..200
   * @unverified Not in sister set 655; the entity gives the column only, and the length of the other organisation names is assumed.
   */
  NA_PERAMBULATE_COMP: string;
  /**
   * @zh 审批机关
   * @en Approving authority
   * @notation c..40
   * @unverified Entity EXPLOR_TRANS_PUB_INFO gives the column only; length taken from sister set 655.
   */
  NA_GOV_NAME: string;
  /**
   * @zh 勘查矿种
   * @en Mineral explored
   * @notation n..5
   * @unverified The entity types it as a number, like 655's IN_MINE_COME (sys_dic 8001, mineral codes whose values are not in the reference); only the notation is checked.
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
