/**
 * The rules of `ywjy lint`, as data: a stable kebab-case ID, a severity, and the zh/en message template
 * (placeholders in braces). Standards staff look a problem up by its ID; tests are typed by LintRuleId.
 */
import type { Severity } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";

export interface LintRule extends LocalizedText {
  severity: Severity;
}

export const LINT_RULES = {
  "file-missing": { severity: "error", zh: "缺少规范文件 {file}", en: "the spec file {file} is missing" },
  "yaml-syntax": { severity: "error", zh: "YAML 语法错误：{detail}", en: "YAML syntax error: {detail}" },
  "contract-syntax": { severity: "error", zh: "数据契约的 TypeScript 语法错误：{detail}", en: "TypeScript syntax error in a data contract: {detail}" },
  "text-missing": { severity: "error", zh: "{what} 缺少{lang}文本", en: "{what} has no {lang} text" },
  "manifest-version": { severity: "error", zh: "规范包版本 {version} 不是语义化版本（如 1.2.3）", en: "the bundle version {version} is not semver (like 1.2.3)" },
  "manifest-changelog": { severity: "error", zh: "变更记录中没有当前版本 {version} 的条目", en: "the changelog has no entry for the current version {version}" },
  "requirement-id-format": { severity: "error", zh: "需求编号 {id} 格式不对，应为 {expected}", en: "requirement ID {id} is not well-formed: expected {expected}" },
  "requirement-id-duplicate": { severity: "error", zh: "需求编号 {id} 重复（另见 {other}）", en: "requirement ID {id} is defined twice (also in {other})" },
  "requirement-level": { severity: "error", zh: "需求 {id} 的要求程度 {level} 不是 应、宜 或 可", en: "requirement {id} has level {level}, not 应, 宜 or 可" },
  "requirement-wording": { severity: "warning", zh: "需求 {id} 的{lang}条文没有使用其要求程度的措辞“{word}”", en: "the {lang} text of requirement {id} does not use its level's wording \"{word}\"" },
  "requirement-verification": { severity: "error", zh: "需求 {id} 的验证方式不完整：{detail}", en: "requirement {id} has an incomplete verification: {detail}" },
  "requirement-check-unknown": { severity: "error", zh: "需求 {id} 的验证项 {check} 不是已定义的{kind}", en: "check {check} of requirement {id} is not a defined {kind}" },
  "requirement-unknown": { severity: "error", zh: "{where} 引用的需求 {id} 不存在", en: "{where} names requirement {id}, which does not exist" },
  "level-id-duplicate": { severity: "error", zh: "认证级别 {id} 重复", en: "certification level {id} is defined twice" },
  "term-id-duplicate": { severity: "error", zh: "术语 {id} 重复", en: "term {id} is defined twice" },
  "term-book-unknown": { severity: "error", zh: "术语 {id} 所属的 {book} 不是规范分册", en: "term {id} belongs to {book}, which is not a book of the standard" },
  "level-include-unknown": { severity: "error", zh: "认证级别 {level} 包含的前缀 {prefix} 不对应任何需求", en: "certification level {level} includes {prefix}, which matches no requirement" },
  "codelist-id-format": { severity: "error", zh: "代码表编号 {id} 应为大写下划线形式并与文件名一致", en: "code list ID {id} must be UPPER_SNAKE_CASE and match its file name" },
  "codelist-code-missing": { severity: "error", zh: "代码表 {list} 第 {index} 项缺少代码（数字代码须加引号）", en: "entry {index} of code list {list} has no code (quote numeric codes)" },
  "codelist-code-duplicate": { severity: "error", zh: "代码表 {list} 中代码 {code} 重复", en: "code {code} appears twice in code list {list}" },
  "codelist-unknown": { severity: "error", zh: "字段 {field} 引用的代码表 {list} 不存在", en: "field {field} names code list {list}, which does not exist" },
  "data-set-id-format": { severity: "error", zh: "数据集 {name} 的标记不对：{detail}", en: "data set {name} is not tagged right: {detail}" },
  "data-set-duplicate": { severity: "error", zh: "数据集编号 {dataNo} 重复（另见 {other}）", en: "data set number {dataNo} is used twice (also by {other})" },
  "field-id-format": { severity: "error", zh: "字段标识符 {field} 应为大写字母、数字和下划线", en: "field identifier {field} must be upper-case letters, digits and underscores" },
  "field-notation": { severity: "error", zh: "字段 {field} 的类型及格式 {notation} 无效：{detail}", en: "field {field} has an invalid type notation {notation}: {detail}" },
  "format-unknown": { severity: "error", zh: "字段 {field} 的格式 {format} 未定义", en: "field {field} names format {format}, which is not defined" },
  "field-tag-invalid": { severity: "error", zh: "字段 {field} 的标记 @{tag} {value} 无效：{detail}", en: "field {field} has an invalid @{tag} {value}: {detail}" },
  "code-type-field-unknown": { severity: "error", zh: "字段 {field} 的代码类别字段 {typeField} 不在同一数据集中", en: "field {field} takes its code kind from {typeField}, which is not a field of the same data set" },
  "rule-id-format": { severity: "error", zh: "规则编号 {id} 格式不对，应为 {expected}", en: "rule ID {id} is not well-formed: expected {expected}" },
  "rule-id-duplicate": { severity: "error", zh: "规则编号 {id} 重复（另见 {other}）", en: "rule ID {id} is defined twice (also in {other})" },
  "quality-rule-reference": { severity: "error", zh: "质量规则 {id} 引用的 {what} 不存在", en: "quality rule {id} names {what}, which does not exist" },
  "unverified-fact": { severity: "info", zh: "待核实：{what} — {why}", en: "unverified: {what} — {why}" },
  "openapi-lint": { severity: "error", zh: "OpenAPI 文档问题（Redocly {detail}）：{message}", en: "OpenAPI problem (Redocly {detail}): {message}" },
  "asyncapi-invalid": { severity: "error", zh: "AsyncAPI 文档问题（{detail}）：{message}", en: "AsyncAPI problem ({detail}): {message}" },
  "docs-include-unresolved": { severity: "error", zh: "指南中的引用 {include} 指向不存在的内容", en: "the include {include} of a guide names nothing" },
  "docs-include-hidden-value": {
    severity: "warning",
    zh: "指南中的引用 {include} 在 Markdown 源文件中不显示数值，应写成链接形式 [{value}]({kind}:{arg})",
    en: "the include {include} of a guide hides its value from readers of the Markdown source: write it as the link [{value}]({kind}:{arg})",
  },
  "docs-include-stale": { severity: "error", zh: "指南中的引用 {include} 写的是 {text}，而当前值为 {value}", en: "the include {include} of a guide reads {text}, but the value is {value}" },
  "platform-endpoint-mismatch": { severity: "error", zh: "{where} 为 {actual}，与 specs/platform/endpoints.yaml 的 {expected} 不一致", en: "{where} is {actual}, not {expected} as specs/platform/endpoints.yaml says" },
  "requirement-value-unnamed": {
    severity: "error",
    zh: "需求 {id} 的自动检测依赖 {value}，但其{lang}条文及其链接的页面（{see}）都没有写明",
    en: "the automated checks of requirement {id} depend on {value}, which neither its {lang} text nor the page it links ({see}) names",
  },
  "requirement-value-unknown": { severity: "error", zh: "需求 {id} 声明依赖的 {value} 不存在（应为 param:参数名、endpoint:端点名 或 header:报文头名）", en: "requirement {id} depends on {value}, which does not exist (expected param:NAME, endpoint:ID or header:Name)" },
  "docs-guide-missing": { severity: "warning", zh: "指南 {id} 缺少{lang}版本 {file}", en: "guide {id} has no {lang} version {file}" },
} as const satisfies Record<string, LintRule>;

export type LintRuleId = keyof typeof LINT_RULES;
