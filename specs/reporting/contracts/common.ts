/**
 * Fields that every reported record carries in its `context`, checked for every data set
 * by the Fujian intake (数据规范 4.0 §1.3, "common 5 fields").
 *
 * Conventions of every contract file (read by src/generate/json-schemas.ts):
 * - one interface per data set, tagged `@dataNo`, `@dataEn`, `@zh`, `@en`, `@domain`;
 * - every field is a string, tagged `@zh` and `@en` (its names), `@notation` (the norm's type
 *   notation: `c..N`, `cN`, `n(I,D)`, `n..N`, `yyyyMMddHHmmss`, `yyyyMMdd`, `ul`), and where it
 *   applies `@codelist ID` (a file in specs/codelists), `@format NAME` (an identifier check of
 *   src/identifiers), `@codeTypeField FIELD` (the code kind of this subject code or ID number is given by
 *   FIELD, e.g. TENDERER_CODE_TYPE or ID_CARD_TYPE, and the validator checks the code by that kind),
 *   `@codelistSeparator ;` (the value may hold several codes of the list, separated by it),
 *   `@separator ;` (the value may list several items separated by it: a fixed length cN and a `@format`
 *   apply to each item, a maximum c..N to the whole value, as the Fujian intake's LengthMatch does),
 *   `@regionLevel city` (a region code that must be city-level, e.g. 350200), `@placeholder -` (the value
 *   that stands for "none" where the intake rejects an empty field; not checked as a code), `@since VERSION` (the
 *   version of the norm, specs/reporting/norm-versions.yaml, that introduced the field: a record judged
 *   by an older version need not carry it) and `@unverified why` (a fact the reference marks as not verified);
 * - a data set may name the field that dates its records with `@recordDate FIELD` (code lists' validity
 *   periods and `--norm-version by-date` judge a record at that date); DATA_TIMESTAMP by default;
 * - a mandatory field is a required property, an optional one is `?:`;
 * - numbers (`n…`) are decimal strings, so that no digit of an amount is lost in transit.
 */
export interface CommonFields {
  /**
   * @zh 交易系统标识码
   * @en Trading system identification code
   * @notation c18
   */
  PLATFORM_CODE: string;
  /**
   * @zh 公共服务平台标识码
   * @en Public service platform identification code
   * @notation c18
   */
  PUB_SERVICE_PLAT_CODE: string;
  /**
   * @zh 数据时间戳
   * @en Data timestamp
   * @notation yyyyMMddHHmmss
   */
  DATA_TIMESTAMP: string;
}

/** The common fields of the engineering data sets (500–523), which add the two 11-character platform codes. */
export interface TradePlatFields extends CommonFields {
  /**
   * @zh 电子招标投标交易平台或发布工具标识码
   * @en E-tendering trading platform or publishing tool code
   * @notation c11
   */
  TRADE_PLAT: string;
  /**
   * @zh 电子招标投标公共服务平台标识码
   * @en E-tendering public service platform code
   * @notation c11
   */
  PUB_SERVICE_PLAT: string;
}
