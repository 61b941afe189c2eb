import type { TradePlatFields } from "./common.ts";

/**
 * 投标文件的制作与递交特征（文件MD5、制作机器的硬件序列号、IP与MAC地址），用于识别串通投标。
 * @dataNo 519
 * @dataEn BID_DOC_CHARACT_CODE
 * @zh 投标文件特征码
 * @en Bid document fingerprint
 * @domain engineering
 */
export interface BidDocCharactCode extends TradePlatFields {
  /**
   * Must name a tender project already reported as 501 (QA-REF-TENDER-PROJECT).
   * @zh 招标项目编号
   * @en Tender project code
   * @notation c20
   */
  TENDER_PROJECT_CODE: string;
  /**
   * Must name a section already reported as 502 (QA-REF-SECTION), and start with TENDER_PROJECT_CODE (QA-CODE-HIERARCHY).
   * @zh 标段（包）编号
   * @en Section code
   * @notation c23
   */
  BID_SECTION_CODE: string;
  /**
   * One or more unified deal codes; the norm sets no length.
   * @zh 相关统一交易标识码
   * @en Related unified trade identification codes
   * @notation ul
   */
  UNIFIED_DEAL_CODES: string;
  /**
   * @zh 投标人名称
   * @en Bidder name
   * @notation c..200
   */
  BIDDER_NAME: string;
  /**
   * @zh 投标人类别
   * @en Bidder code type
   * @notation c1
   * @codelist SUBJECT_CODE_TYPE
   */
  BIDDER_CODE_TYPE: string;
  /**
   * @zh 投标人代码
   * @en Bidder code
   * @notation c..18
   * @codeTypeField BIDDER_CODE_TYPE
   */
  BIDDER_ORG_CODE: string;
  /**
   * @zh 投标人角色
   * @en Bidder role
   * @notation c2
   * @codelist SUBJECT_ROLE
   */
  BIDDER_ROLE: string;
  /**
   * @zh 投标文件名称
   * @en Bid document name
   * @notation c..200
   */
  BID_DOCUMENT_NAME: string;
  /**
   * The norm gives only a length; the unit of the size is not stated.
   * @zh 投标文件大小
   * @en Bid document size
   * @notation c..200
   */
  BID_DOCUMENT_SIDE: string;
  /**
   * @zh 投标文件MD5码
   * @en Bid document MD5
   * @notation c..200
   */
  BID_DOCUMENT_MD5: string;
  /**
   * @zh 投标文件提交时间
   * @en Bid document submission time
   * @notation yyyyMMddHHmmss
   */
  TENDER_DOC_SUBMITTIME: string;
  /**
   * @zh CPU序列号
   * @en CPU serial number
   * @notation c..2000
   */
  CPU_ID: string;
  /**
   * @zh 硬盘序列号
   * @en Hard disk serial number
   * @notation c..2000
   */
  HARD_DISK_SERIAL_NUMBER: string;
  /**
   * @zh 内存序列号
   * @en Memory serial number
   * @notation c..2000
   */
  MEMORY_SERIAL_NUMBER: string;
  /**
   * @zh IP地址
   * @en IP address
   * @notation c..200
   */
  NET_ID: string;
  /**
   * @zh 网卡MAC地址
   * @en Network card MAC address
   * @notation c..200
   */
  MAC_ADDRESS: string;
  /**
   * @zh 投标文件URL
   * @en Bid document URL
   * @notation c..500
   */
  TENDER_DOCUMENTS_URL: string;
  /**
   * @zh 计价软硬件信息xml
   * @en Pricing software and hardware information (XML)
   * @notation ul
   */
  VALUATION_XML?: string;
  /**
   * @zh 投标文件制作工具软硬件信息xml
   * @en Bid-preparation tool software and hardware information (XML)
   * @notation ul
   */
  MAKE_TOOL_XML?: string;
}
