/**
 * The report envelope (a ywjy spec decision, modelled on the Fujian intake's title/context/SOURCE nodes).
 * A report record carries one data set's fields in `context`; a report package carries records of one
 * reporting system; an NDJSON file holds one report record per line.
 */

/**
 * @zh 上报记录
 * @en Report record
 */
export interface ReportRecord {
  /**
   * The data-set number of the norm; decides which data-set contract `context` must meet.
   * @zh 数据集编号
   * @en Data-set number
   * @TJS-type integer
   */
  DATA_NO: number;
  /**
   * @zh 数据集英文名
   * @en Data-set identifier
   * @notation c..50
   */
  DATA_EN: string;
  /**
   * @zh 数据操作类型
   * @en Data operation type
   * @notation c1
   * @codelist DATA_TYPE
   */
  DATA_TYPE: string;
  /**
   * SYSTEM_NO (4) + DATA_NO (3 or 4) + the system's own key; unique per record.
   * @zh 数据主键
   * @en Data key
   * @notation c22
   * @format data-key
   */
  DATA_KEY: string;
  /**
   * The data set's fields (the contract named by DATA_NO).
   * @zh 数据内容
   * @en Context
   */
  context: { [field: string]: string };
  /**
   * @zh 附件
   * @en Attachments
   */
  attachments?: Attachment[];
}

/**
 * @zh 附件
 * @en Attachment
 */
export interface Attachment {
  /**
   * @zh 附件类型
   * @en Attachment kind
   * @notation c..50
   * @unverified The Fujian intake checks this against sys_dic TYPE 90, whose values are not in the reference.
   */
  FILE_EN_NAME: string;
  /**
   * @zh 附件名称
   * @en File name
   * @notation c..200
   */
  FILE_NAME: string;
  /**
   * @zh 附件地址
   * @en File URL
   * @notation c..500
   * @format uri
   */
  FILE_URL: string;
  /**
   * @zh 附件MD5
   * @en File MD5
   * @notation c32
   * @pattern ^[0-9a-f]{32}$
   */
  FILE_MD5: string;
  /**
   * @zh 是否删除
   * @en Deleted
   * @notation c1
   * @codelist TRUE_OR_FALSE
   */
  IS_DELETE?: string;
}

/**
 * @zh 上报数据包
 * @en Report package
 */
export interface ReportPackage {
  /**
   * @zh 数据包标识
   * @en Package id
   * @notation c..64
   */
  packageId: string;
  /**
   * The spec bundle version the package was made against (semver).
   * @zh 规范版本
   * @en Spec version
   * @pattern ^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$
   */
  specVersion: string;
  /**
   * @zh 交易系统编号
   * @en Reporting system number
   * @notation c4
   */
  SYSTEM_NO: string;
  /**
   * @zh 交易系统标识码
   * @en Trading system identification code
   * @notation c18
   */
  PLATFORM_CODE: string;
  /**
   * @zh 打包时间
   * @en Created at
   * @format date-time
   */
  createdAt: string;
  /**
   * @zh 上报记录
   * @en Records
   */
  records: ReportRecord[];
}
