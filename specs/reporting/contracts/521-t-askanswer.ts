import type { TradePlatFields } from "./common.ts";

/**
 * 投标人或其他利害关系人对招标公告、招标文件或招标过程提出的质疑（异议）。
 * @dataNo 521
 * @dataEn T_ASKANSWER
 * @zh 质疑质询
 * @en Challenge
 * @domain engineering
 * @unverified The Fujian intake applies a table rule named T_ASKANSWER to this data set; what it checks is not in the reference.
 */
export interface TAskAnswer extends TradePlatFields {
  /**
   * @zh 质疑编号
   * @en Challenge number
   * @notation c..50
   */
  ANN_CODE: string;
  /**
   * @zh 质疑标题
   * @en Challenge title
   * @notation c..200
   */
  TITLE: string;
  /**
   * @zh 质疑内容
   * @en Challenge content
   * @notation ul
   */
  ASK: string;
  /**
   * @zh 质疑理由
   * @en Grounds of the challenge
   * @notation c..200
   */
  ASK_ZY_REASON: string;
  /**
   * @zh 质疑时间
   * @en Challenge time
   * @notation yyyyMMddHHmmss
   */
  TM: string;
  /**
   * @zh 质疑类型
   * @en Challenge type
   * @notation n..2
   * @unverified The norm types this field num(2) with no code list; its values are not in the reference.
   */
  TYPE: string;
  /**
   * @zh 招标公告名称
   * @en Tender notice title
   * @notation c..200
   */
  NOTICE_NAME: string;
  /**
   * Despite its identifier, the norm names this field 招标公告编号: the number of the challenged notice, not a tenderer's code.
   * @zh 招标公告编号
   * @en Tender notice number
   * @notation c..200
   */
  TENDERER_CODE: string;
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT); the norm allows up to 20 characters here, not exactly 20.
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c..20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * @zh 相关标段（包）编号
   * @en Related section codes
   * @notation c..2000
   */
  BID_SECTION_CODES: string;
}
