/**
 * The site's two languages and the words of its own chrome (navigation, table heads, GB/T 1.1 headings).
 * Facts never live here: everything a page says about the standard comes from specs/ or generated/.
 */
import type { LocalizedText } from "../specs/manifest.ts";
import { loadDomains } from "../specs/domains.ts";

export type Lang = "zh" | "en";

export interface LangInfo {
  id: Lang;
  /** The folder under generated/docs/ and the page's `lang` attribute. */
  dir: string;
  /** The language's own name, for the switch. */
  name: string;
}

export const LANGS: readonly LangInfo[] = [
  { id: "zh", dir: "zh-CN", name: "中文" },
  { id: "en", dir: "en", name: "English" },
];

export const langInfo = (lang: Lang): LangInfo => LANGS.find((l) => l.id === lang)!;
export const otherLang = (lang: Lang): LangInfo => LANGS.find((l) => l.id !== lang)!;

/** Picks the text of `lang` from a zh/en pair (tolerating a missing half: the other one, marked). */
export function pick(text: Partial<LocalizedText> | undefined, lang: Lang): string {
  if (!text) return "";
  const own = text[lang];
  if (typeof own === "string" && own.trim() !== "") return own;
  const other = text[lang === "zh" ? "en" : "zh"];
  return typeof other === "string" ? other : "";
}

const W = {
  siteTitle: { zh: "一网交易标准与数据契约", en: "ywjy standards and data contracts" },
  home: { zh: "首页", en: "Home" },
  page: { zh: "页面", en: "Page" },
  chooseLanguage: { zh: "选择语言", en: "Choose a language" },
  standards: { zh: "标准文本", en: "Standard texts" },
  references: { zh: "参考资料", en: "References" },
  dataDictionary: { zh: "数据字典", en: "Data dictionary" },
  domainRequires: { zh: "声明本交易领域的接入系统应提供的数据集（ACC-DATA-07）：{sets}", en: "Data sets a system declaring this trading domain must serve (ACC-DATA-07): {sets}" },
  codelists: { zh: "代码表", en: "Code lists" },
  api: { zh: "接口参考", en: "API reference" },
  events: { zh: "上报通道参考", en: "Reporting channel reference" },
  requirements: { zh: "需求目录", en: "Requirement catalogue" },
  levels: { zh: "认证级别", en: "Certification levels" },
  validationRules: { zh: "校验规则", en: "Validation rules" },
  qualityRules: { zh: "数据质量规则", en: "Data-quality rules" },
  guides: { zh: "指南", en: "Guides" },
  changelog: { zh: "变更记录", en: "Changelog" },
  unverified: { zh: "待核实事项", en: "Unverified facts" },
  search: { zh: "搜索", en: "Search" },
  searchPlaceholder: { zh: "搜索编号、字段、代码……", en: "Search IDs, fields, codes…" },
  searchNone: { zh: "没有结果", en: "No results" },
  version: { zh: "版本", en: "Version" },
  status: { zh: "状态", en: "Status" },
  publisher: { zh: "发布单位", en: "Publisher" },
  contents: { zh: "目次", en: "Contents" },
  missingSource: { zh: "尚无此部分：{file} 不存在或无法读取（{reason}）。", en: "Not available yet: {file} is missing or unreadable ({reason})." },
  // Table heads
  id: { zh: "编号", en: "ID" },
  identifier: { zh: "标识符", en: "Identifier" },
  nameZh: { zh: "中文名称", en: "Chinese name" },
  nameEn: { zh: "英文名称", en: "English name" },
  name: { zh: "名称", en: "Name" },
  notation: { zh: "类型及格式", en: "Type notation" },
  mandatory: { zh: "必填", en: "Mandatory" },
  codelist: { zh: "代码表", en: "Code list" },
  format: { zh: "格式", en: "Format" },
  rules: { zh: "适用规则", en: "Rules that apply" },
  description: { zh: "说明", en: "Description" },
  code: { zh: "代码", en: "Code" },
  source: { zh: "来源", en: "Source" },
  verified: { zh: "已核实", en: "Verified" },
  codes: { zh: "代码数", en: "Codes" },
  fields: { zh: "字段数", en: "Fields" },
  fieldList: { zh: "字段", en: "Fields" },
  domain: { zh: "领域", en: "Domain" },
  level: { zh: "要求程度", en: "Level" },
  text: { zh: "条文", en: "Text" },
  actor: { zh: "适用对象", en: "Actor" },
  verification: { zh: "验证方式", en: "Verification" },
  checks: { zh: "验证项", en: "Checks" },
  evidence: { zh: "证明材料", en: "Evidence" },
  referencedBy: { zh: "引用处", en: "Referenced by" },
  severity: { zh: "严重程度", en: "Severity" },
  message: { zh: "消息", en: "Message" },
  requirement: { zh: "需求", en: "Requirement" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  deprecated: { zh: "已废止", en: "deprecated" },
  unverifiedFlag: { zh: "待核实", en: "unverified" },
  codeKindGivenBy: { zh: "代码类别见", en: "code kind given by" },
  usedBy: { zh: "使用该代码表的字段", en: "Fields using this list" },
  example: { zh: "示例记录", en: "Example record" },
  schemaFile: { zh: "JSON Schema", en: "JSON Schema" },
  contractFile: { zh: "数据契约", en: "Data contract" },
  parameters: { zh: "参数", en: "Parameters" },
  requestBody: { zh: "请求体", en: "Request body" },
  responses: { zh: "响应", en: "Responses" },
  security: { zh: "安全要求", en: "Security" },
  noToken: { zh: "无需令牌", en: "no token" },
  in: { zh: "位置", en: "In" },
  required: { zh: "必需", en: "Required" },
  type: { zh: "类型", en: "Type" },
  schemas: { zh: "数据结构", en: "Schemas" },
  operations: { zh: "操作", en: "Operations" },
  scenarios: { zh: "符合性测试场景", en: "Conformance scenarios" },
  reads: { zh: "读取的输入", en: "Inputs" },
  requires: { zh: "前置场景", en: "Requires" },
  effects: { zh: "预期结果", en: "Effects" },
  channels: { zh: "通道", en: "Channels" },
  messages: { zh: "消息", en: "Messages" },
  servers: { zh: "服务器", en: "Servers" },
  channelParameters: { zh: "通道参数", en: "Channel parameters" },
  apiParameters: { zh: "接入标准参数", en: "Access standard parameters" },
  platformEndpoints: { zh: "平台端点", en: "Platform endpoints" },
  checksDependOn: { zh: "检测依据", en: "The checks depend on" },
  seeGuide: { zh: "详见", en: "See" },
  platformEndpointsLead: {
    zh: "交易系统使用的市平台端点，路径均在平台地址之下（生产环境为 {origin}；认证时为运行器平台端的地址）。来源：specs/platform/endpoints.yaml。",
    en: "The city platform's endpoints a trading system uses; each path is under the platform's URL ({origin} in production; the runner's platform URL during a certification). Source: specs/platform/endpoints.yaml.",
  },
  method: { zh: "方法", en: "Method" },
  path: { zh: "路径", en: "Path" },
  calendar: { zh: "工作日历", en: "Working-day calendar" },
  matching: { zh: "匹配方式", en: "Matching" },
  matchingPrefix: { zh: "按前缀：值以表中某一代码开头，其后可接字母或数字", en: "By prefix: a value begins with one of the codes, followed by letters or digits" },
  holidays: { zh: "法定节假日", en: "Statutory holidays" },
  makeUpWorkdays: { zh: "调休上班日", en: "Weekend days worked (调休)" },
  intakeRules: { zh: "接收规则", en: "Intake rules" },
  orderingFields: { zh: "排序键字段", en: "Ordering-key fields" },
  value: { zh: "取值", en: "Value" },
  unit: { zh: "单位", en: "Unit" },
  decision: { zh: "决定方", en: "Decided by" },
  sequenceConsumed: { zh: "消耗序号", en: "Uses up the sequence number" },
  contentType: { zh: "内容类型", en: "Content type" },
  headers: { zh: "报文头", en: "Headers" },
  payload: { zh: "报文体", en: "Payload" },
  reply: { zh: "应答", en: "Reply" },
  action: { zh: "动作", en: "Action" },
  channel: { zh: "通道", en: "Channel" },
  address: { zh: "地址", en: "Address" },
  includes: { zh: "包含的需求", en: "Requirements included" },
  cumulative: { zh: "并包含以下各级别的全部需求：", en: "and every requirement of the levels before it:" },
  mustAutomated: { zh: "自动验证的“应”类需求（决定是否达到该级别）", en: "MUST requirements verified automatically (they decide the level)" },
  otherRequirements: { zh: "其他需求（列出，不影响级别）", en: "Other requirements (listed, they do not decide the level)" },
  date: { zh: "日期", en: "Date" },
  changes: { zh: "变更", en: "Changes" },
  kind: { zh: "类别", en: "Kind" },
  where: { zh: "位置", en: "Where" },
  why: { zh: "待核实之处", en: "What is unverified" },
  dimension: { zh: "维度", en: "Dimension" },
  definition: { zh: "定义", en: "Definition" },
  basis: { zh: "依据", en: "Basis" },
  params: { zh: "参数", en: "Parameters" },
  evaluator: { zh: "检查器", en: "Evaluator" },
  formats: { zh: "标识符格式", en: "Identifier formats" },
  standard: { zh: "标准", en: "Standard" },
  reasons: { zh: "不通过的原因", en: "Failure reasons" },
  reportsFailures: { zh: "报告的 JSON Schema 失败", en: "JSON Schema failures reported" },
  envelope: { zh: "上报信封", en: "Report envelope" },
  dataSets: { zh: "数据集", en: "Data sets" },
  dataSet: { zh: "数据集", en: "Data set" },
  permalink: { zh: "永久链接", en: "Permalink" },
  audience: { zh: "读者", en: "Audience" },
  otherLanguage: { zh: "English", en: "中文" },
  generatedNote: {
    zh: "本站由 npm run generate 从规范包 {id} {version} 生成；页面内容均取自 specs/，请勿手工修改。",
    en: "This site is generated by npm run generate from spec bundle {id} {version}; every fact comes from specs/ — do not edit by hand.",
  },
  // GB/T 1.1 structure of a standard text
  foreword: { zh: "前言", en: "Foreword" },
  scope: { zh: "范围", en: "Scope" },
  normativeReferences: { zh: "规范性引用文件", en: "Normative references" },
  terms: { zh: "术语和定义", en: "Terms and definitions" },
  annex: { zh: "附录", en: "Annex" },
  normative: { zh: "规范性", en: "normative" },
  informative: { zh: "资料性", en: "informative" },
  clause: { zh: "条", en: "Clause" },
} satisfies Record<string, LocalizedText>;

export type WordKey = keyof typeof W;

/** A word of the chrome in `lang`; `{name}` placeholders are filled from `params`. */
export function t(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return W[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The GB/T 1.1 names of the requirement levels and how the reader's language says them. */
export const LEVEL_WORDS: Record<string, LocalizedText> = {
  应: { zh: "应（要求）", en: "MUST (shall)" },
  宜: { zh: "宜（推荐）", en: "SHOULD (should)" },
  可: { zh: "可（允许）", en: "MAY (may)" },
};

/** Verification methods of the requirement catalogue. */
export const METHOD_WORDS: Record<string, LocalizedText> = {
  automated: { zh: "自动验证", en: "automated" },
  evidence: { zh: "提交证明材料", en: "evidence" },
  attestation: { zh: "书面声明", en: "attestation" },
};

/** Who a requirement binds (the catalogue's actor vocabulary, specs/norms/books.yaml). */
export const ACTOR_WORDS: Record<string, LocalizedText> = {
  "trading-system": { zh: "接入的电子交易系统", en: "connecting trading systems" },
  platform: { zh: "市公共资源交易平台", en: "the city platform" },
  vendor: { zh: "软件开发商", en: "vendors" },
  "trading-centre": { zh: "公共资源交易中心", en: "the trading centre" },
  supervisor: { zh: "行政监督部门", en: "supervisory authorities" },
};

/** Trading domains of the data sets (x-domain), named in specs/reporting/domains.yaml. */
export const DOMAIN_WORDS: Record<string, LocalizedText> = Object.fromEntries(loadDomains().map((d) => [d.id, { zh: d.zh, en: d.en }]));

export const SEVERITY_WORDS: Record<string, LocalizedText> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

/** A word of one of the tables above, or the raw value when the table has none. */
export const word = (table: Record<string, LocalizedText>, key: string, lang: Lang): string => table[key]?.[lang] ?? key;

/** The spec bundle's status (specs/manifest.yaml). */
export const STATUS_WORDS: Record<string, LocalizedText> = {
  draft: { zh: "草案", en: "draft" },
  candidate: { zh: "报批稿", en: "candidate" },
  published: { zh: "发布稿", en: "published" },
};
