import type { CommonFields } from "./common.ts";

/**
 * 以招拍挂以外方式（协议出让等）出让探矿权的公开信息：申请人、勘查单位、审批机关、勘查矿种、受理日期。
 *
 * Fields after the Fujian intake's configuration V3/654.json in the test project of lishanling/GGZY
 * (GGZY/Tests/DataV4Service.Test/Config/DataConfig/V3/654.json; neither V4 configuration directory of
 * the repository has 654.json): its 16 fields are the 16 the V4 catalogue (data-norms.md, Appendix B)
 * counts, with the checks of the V4 sister 655 on every field the two share.
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
   * @unverified The norm names it 代码 and allows up to 18 characters; the unified social credit code is assumed.
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
   * @zh 勘查单位
   * @en Exploration contractor
   * @notation c..200
   */
  NA_PERAMBULATE_COMP: string;
  /**
   * @zh 审批机关
   * @en Approving authority
   * @notation c..40
   */
  NA_GOV_NAME: string;
  /**
   * @zh 勘查矿种
   * @en Mineral explored
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
