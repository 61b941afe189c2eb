/**
 * `ywjy lint`: checks the whole spec bundle before anything is generated — IDs unique and well-formed,
 * every reference resolving, zh and en text everywhere, the manifest's version and changelog, the
 * unverified facts (listed as info), the OpenAPI document (Redocly, as a child process) and the AsyncAPI
 * document (@asyncapi/parser, loaded lazily), the token URLs and intake addresses against the platform's
 * endpoints (specs/platform/endpoints.yaml), that every value an automated check depends on is named by its
 * requirement or the guide it links, and the includes of the guides. Works on any folder laid
 * out like specs/ (tests lint broken copies), reads only files, and never throws on bad input: every
 * problem names its file, line and rule.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { Severity } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { parseNotation } from "../specs/notation.ts";
import { codelistFiles } from "../specs/codelists.ts";
import { fillMessage, type MessageParam } from "../validate/catalogue.ts";
import { endpointText, findIncludes, parameterValueText } from "../docs/includes.ts";
import { allProperties, parseContract, type ContractFile, type ContractInterface, type ContractProperty } from "./contracts.ts";
import { LINT_RULES, type LintRuleId } from "./rules.ts";
import { yamlSource, type YamlPath, type YamlSource } from "./yaml-source.ts";

export { LINT_RULES, type LintRuleId } from "./rules.ts";

export interface LintOptions {
  /** The specs folder (its parent holds generated/ and docs/). */
  specsDir: string;
  /** The guides folder; `<specsDir>/../docs` by default. */
  docsDir?: string;
  /** Run Redocly on the OpenAPI document and @asyncapi/parser on the AsyncAPI document (default true). */
  external?: boolean;
}

export interface LintProblem {
  ruleId: LintRuleId;
  severity: Severity;
  /** Relative to the folder that holds specs/. */
  file: string;
  line: number;
  message: LocalizedText;
}

export interface LintResult {
  problems: LintProblem[];
  summary: { errors: number; warnings: number; infos: number };
}

const LANG_NAMES = { zh: { zh: "中文", en: "Chinese" }, en: { zh: "英文", en: "English" } } as const;
const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const QUALITY_PREFIX: Record<string, string> = { completeness: "QC", accuracy: "QA", timeliness: "QT", comprehensiveness: "QF", collusion: "QW" };
const LEVEL_WORDING: Record<string, { zh: string; en: RegExp; enWord: string }> = {
  应: { zh: "应", en: /\b(shall|must)\b/i, enWord: "shall" },
  宜: { zh: "宜", en: /\bshould\b/i, enWord: "should" },
  可: { zh: "可", en: /\b(may|can)\b/i, enWord: "may" },
};
/** Formats ajv-formats provides (the validator registers them besides the identifier formats). */
const AJV_FORMATS = ["date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference", "uri-template", "url", "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment", "relative-json-pointer", "byte", "int32", "int64", "float", "double", "password", "binary"];

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

class Reporter {
  readonly problems: LintProblem[] = [];
  private readonly seen = new Set<string>();

  add(ruleId: LintRuleId, file: string, line: number, params: Record<string, MessageParam> = {}): void {
    const key = `${ruleId}\0${file}\0${line}\0${JSON.stringify(params)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(problem(ruleId, file, line, params));
  }

  /** text-missing for each of zh/en that `obj` lacks. */
  text(src: YamlSource, path: YamlPath, obj: any, what: MessageParam): void {
    for (const lang of ["zh", "en"] as const)
      if (!isText(obj?.[lang])) this.add("text-missing", src.file, src.line(obj && lang in obj ? [...path, lang] : path), { what, lang: LANG_NAMES[lang] });
  }
}

/** What the bundle defines, for resolving references. */
interface Defined {
  requirements: Map<string, string>;
  validationRules: Set<string>;
  qualityRules: Set<string>;
  intakeRules: Set<string>;
  codelists: Map<string, Set<string>>;
  dataSets: Map<number, Set<string>>;
  levels: Set<string>;
  operations: Set<string>;
  parameters: Set<string>;
  /** A parameter's value as a guide shows it (`300 s`). */
  parameterValues: Map<string, string>;
  /** A platform endpoint's method and path as a guide shows it (`POST /oauth/token`), by id. */
  endpoints: Map<string, string>;
}

export async function lintBundle(o: LintOptions): Promise<LintResult> {
  const specsDir = o.specsDir;
  const root = dirname(specsDir);
  const docsDir = o.docsDir ?? join(root, "docs");
  const rel = (p: string) => relative(root, p).split("\\").join("/");
  const r = new Reporter();
  const def: Defined = {
    requirements: new Map(),
    validationRules: new Set(),
    qualityRules: new Set(),
    intakeRules: new Set(),
    codelists: new Map(),
    dataSets: new Map(),
    levels: new Set(),
    operations: new Set(),
    parameters: new Set(),
    parameterValues: new Map(),
    endpoints: new Map(),
  };

  /** A YAML file of the bundle; undefined (and a problem) when it is missing or does not parse. */
  const yaml = (path: string, required = true): YamlSource | undefined => {
    if (!existsSync(path)) {
      if (required) r.add("file-missing", rel(path), 1, { file: rel(path) });
      return undefined;
    }
    const src = yamlSource(rel(path), readFileSync(path, "utf8"));
    if (src.error) {
      r.add("yaml-syntax", src.file, src.error.line, { detail: src.error.message });
      return undefined;
    }
    return src;
  };
  const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort() : []);

  const openapiPath = join(specsDir, "access", "openapi.yaml");
  const asyncapiPath = join(specsDir, "reporting", "asyncapi.yaml");
  // The external tools run while the rest is checked.
  const external = o.external === false ? [] : [redocly(openapiPath, rel), asyncApiParser(asyncapiPath, rel)];

  lintManifest(r, yaml(join(specsDir, "manifest.yaml")));
  // Script-written lists are JSON, which the YAML reader reads too (with line numbers).
  for (const f of codelistFiles(join(specsDir, "codelists"))) lintCodelist(r, def, yaml(join(specsDir, "codelists", f)), f);
  const normVersions = yaml(join(specsDir, "reporting", "norm-versions.yaml"), false);
  asArray(normVersions?.data?.versions).forEach((v: any, i) => {
    if (v?.verified === false) r.add("unverified-fact", normVersions!.file, normVersions!.line(["versions", i, "verified"]), { what: `norm version ${v.id}`, why: String(v.source ?? "") });
  });
  const versionIds = new Set(asArray(normVersions?.data?.versions).map((v: any) => String(v?.id)));
  const contracts = await lintContracts(r, def, specsDir, rel, versionIds);
  const validation = yaml(join(specsDir, "reporting", "validation-rules.yaml"));
  const quality = yamlFiles(join(specsDir, "quality"))
    .filter((f) => f !== "common.yaml")
    .map((f) => yaml(join(specsDir, "quality", f)));
  const openapi = yaml(openapiPath, false);
  const asyncapi = yaml(asyncapiPath, false);
  collectDefinitions(def, validation, quality, openapi, asyncapi);
  lintPlatformEndpoints(r, def, yaml(join(specsDir, "platform", "endpoints.yaml")), openapi, asyncapi);
  const requirementFiles = lintRequirements(r, def, specsDir, yaml, yamlFiles);
  const levels = yaml(join(specsDir, "norms", "levels.yaml"), false);
  lintLevels(r, def, levels);
  lintTerms(r, yaml(join(specsDir, "norms", "terms.yaml"), false), yaml(join(specsDir, "norms", "books.yaml")));
  lintValidationRules(r, def, validation);
  lintQualityRules(r, def, quality);
  const common = yaml(join(specsDir, "quality", "common.yaml"), false);
  if (common?.data?.calendar?.verified === false)
    r.add("unverified-fact", common.file, common.line(["calendar", "verified"]), { what: "the working-day calendar", why: String(common.data.calendar.source ?? "") });
  lintContractFormats(r, def, contracts, validation);
  for (const src of requirementFiles) lintRequirementChecks(r, def, src);
  for (const src of requirementFiles) lintRequirementValues(r, def, src, docsDir);
  lintApiRequirements(r, def, openapi);
  lintApiRequirements(r, def, asyncapi);
  for (const doc of [asyncapi, openapi]) lintParameterTexts(r, doc);
  lintGuides(r, def, docsDir, rel, yaml);

  for (const problems of await Promise.all(external)) r.problems.push(...problems);
  const order = (s: Severity) => ["error", "warning", "info"].indexOf(s);
  const problems = r.problems.sort((a, b) => order(a.severity) - order(b.severity) || a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  const count = (s: Severity) => problems.filter((p) => p.severity === s).length;
  return { problems, summary: { errors: count("error"), warnings: count("warning"), infos: count("info") } };
}

function lintManifest(r: Reporter, src: YamlSource | undefined): void {
  if (!src) return;
  const m = src.data ?? {};
  r.text(src, ["title"], m.title, "manifest title");
  r.text(src, ["publisher"], m.publisher, "manifest publisher");
  asArray(m.parts).forEach((p: any, i) => r.text(src, ["parts", i], p, `part ${p?.id ?? i}`));
  asArray(m.changelog).forEach((c: any, i) => r.text(src, ["changelog", i], c, `changelog ${c?.version ?? i}`));
  const version = String(m.version ?? "");
  if (!SEMVER.test(version)) r.add("manifest-version", src.file, src.line(["version"]), { version });
  else if (!asArray(m.changelog).some((c: any) => String(c?.version) === version)) r.add("manifest-changelog", src.file, src.line(["changelog"]), { version });
}

function lintCodelist(r: Reporter, def: Defined, src: YamlSource | undefined, fileName: string): void {
  if (!src) return;
  const l = src.data ?? {};
  const id = String(l.id ?? "");
  if (!UPPER_SNAKE.test(id) || id !== fileName.replace(/\.(yaml|json)$/, "")) r.add("codelist-id-format", src.file, src.line(["id"]), { id });
  r.text(src, [], l, `code list ${id}`);
  if (l.verified === false) r.add("unverified-fact", src.file, src.line(["verified"]), { what: `code list ${id}`, why: String(l.source ?? "") });
  const codes = new Set<string>();
  asArray(l.codes).forEach((c: any, i) => {
    const code = c?.code;
    if (!isText(code)) return r.add("codelist-code-missing", src.file, src.line(["codes", i]), { list: id, index: i + 1 });
    if (codes.has(code)) r.add("codelist-code-duplicate", src.file, src.line(["codes", i, "code"]), { list: id, code });
    codes.add(code);
    r.text(src, ["codes", i], c, `code ${code} of ${id}`);
    if (c.verified === false && l.verified !== false) r.add("unverified-fact", src.file, src.line(["codes", i, "verified"]), { what: `${id} ${code}`, why: String(c.source ?? l.source ?? "") });
  });
  def.codelists.set(id, codes);
}

async function lintContracts(r: Reporter, def: Defined, specsDir: string, rel: (p: string) => string, normVersions: Set<string>): Promise<ContractFile[]> {
  const dir = join(specsDir, "reporting", "contracts");
  if (!existsSync(dir)) {
    r.add("file-missing", rel(dir), 1, { file: rel(dir) });
    return [];
  }
  const files = await Promise.all(
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => parseContract(rel(join(dir, f)), readFileSync(join(dir, f), "utf8"))),
  );
  const all = new Map<string, ContractInterface>();
  for (const f of files) {
    for (const e of f.errors) r.add("contract-syntax", f.file, e.line, { detail: e.message });
    for (const i of f.interfaces) all.set(i.name, i);
  }
  const owner = new Map<number, ContractInterface>();
  for (const iface of all.values()) {
    for (const p of iface.properties) {
      const what = `${iface.name}.${p.name}`;
      for (const lang of ["zh", "en"] as const) if (!isText(p.tags[lang])) r.add("text-missing", iface.file, p.line, { what, lang: LANG_NAMES[lang] });
      if (p.tags.unverified !== undefined) r.add("unverified-fact", iface.file, p.line, { what, why: p.tags.unverified });
    }
    if (iface.tags.dataNo === undefined) continue;
    const no = Number(iface.tags.dataNo);
    const bad = (detail: string) => r.add("data-set-id-format", iface.file, iface.line, { name: iface.name, detail });
    if (!Number.isInteger(no) || no <= 0) bad(`@dataNo "${iface.tags.dataNo}"`);
    if (!UPPER_SNAKE.test(iface.tags.dataEn ?? "")) bad(`@dataEn "${iface.tags.dataEn ?? ""}"`);
    if (!isText(iface.tags.domain)) bad("@domain");
    for (const lang of ["zh", "en"] as const) if (!isText(iface.tags[lang])) r.add("text-missing", iface.file, iface.line, { what: iface.name, lang: LANG_NAMES[lang] });
    const other = owner.get(no);
    if (other) r.add("data-set-duplicate", iface.file, iface.line, { dataNo: no, other: `${other.name} (${other.file})` });
    owner.set(no, iface);
    const props = allProperties(iface, all);
    def.dataSets.set(no, new Set(props.map((p) => p.name)));
    for (const p of props) {
      const at = (rule: LintRuleId, params: Record<string, MessageParam>) => r.add(rule, p.owner.file, p.line, { field: p.name, ...params });
      if (!UPPER_SNAKE.test(p.name)) at("field-id-format", {});
      try {
        parseNotation(p.tags.notation ?? "");
      } catch (e) {
        at("field-notation", { notation: p.tags.notation ?? "—", detail: p.tags.notation === undefined ? "@notation is missing" : (e as Error).message });
      }
      const typeField = p.tags.codeTypeField;
      if (typeField !== undefined && !props.some((x) => x.name === typeField)) at("code-type-field-unknown", { typeField });
      lintFieldTags(p, at, normVersions);
    }
    const recordDate = iface.tags.recordDate;
    if (recordDate !== undefined && !props.some((x) => x.name === recordDate))
      r.add("field-tag-invalid", iface.file, iface.line, { field: iface.name, tag: "recordDate", value: recordDate, detail: "not a field of the data set" });
  }
  return files;
}

/** The tags of issue 14: @since names a norm version, @regionLevel is city, @separator is one character on a field without a code list. */
function lintFieldTags(p: ContractProperty, at: (rule: LintRuleId, params: Record<string, MessageParam>) => void, normVersions: Set<string>): void {
  const bad = (tag: string, detail: string) => at("field-tag-invalid", { tag, value: p.tags[tag] ?? "", detail });
  if (p.tags.since !== undefined && !normVersions.has(p.tags.since)) bad("since", `not a version of specs/reporting/norm-versions.yaml (${[...normVersions].join(", ")})`);
  if (p.tags.regionLevel !== undefined && p.tags.regionLevel !== "city") bad("regionLevel", "the only level is city");
  if (p.tags.regionLevel !== undefined && p.tags.codelist !== "REGION") bad("regionLevel", "the field has no @codelist REGION");
  if (p.tags.separator !== undefined && p.tags.separator.length !== 1) bad("separator", "must be one character");
  if (p.tags.separator !== undefined && p.tags.codelist !== undefined) bad("separator", "a code field lists several codes with @codelistSeparator");
}

/** Code lists and formats named by the contracts (needs the code lists and the validation rules' formats). */
function lintContractFormats(r: Reporter, def: Defined, files: ContractFile[], validation: YamlSource | undefined): void {
  const formats = new Set([...AJV_FORMATS, ...Object.keys(validation?.data?.formats ?? {})]);
  for (const f of files)
    for (const i of f.interfaces)
      for (const p of i.properties) {
        const list = p.tags.codelist;
        if (list !== undefined && !def.codelists.has(list)) r.add("codelist-unknown", f.file, p.line, { field: p.name, list });
        const format = p.tags.format;
        if (format !== undefined && !formats.has(format)) r.add("format-unknown", f.file, p.line, { field: p.name, format });
      }
}

function collectDefinitions(def: Defined, validation?: YamlSource, quality: Array<YamlSource | undefined> = [], openapi?: YamlSource, asyncapi?: YamlSource): void {
  for (const rule of asArray(validation?.data?.rules)) if (isText((rule as any)?.id)) def.validationRules.add((rule as any).id);
  for (const q of quality) for (const rule of asArray(q?.data?.rules)) if (isText((rule as any)?.id)) def.qualityRules.add((rule as any).id);
  for (const id of Object.keys(asyncapi?.data?.["x-ywjy-intake-rules"] ?? {})) def.intakeRules.add(id);
  for (const doc of [asyncapi, openapi])
    for (const [id, p] of Object.entries<any>(doc?.data?.["x-ywjy-parameters"] ?? {})) {
      def.parameters.add(id);
      if (!def.parameterValues.has(id) && p && typeof p === "object") def.parameterValues.set(id, parameterValueText(p));
    }
  for (const item of Object.values<any>(openapi?.data?.paths ?? {})) for (const op of Object.values<any>(item ?? {})) if (isText(op?.operationId)) def.operations.add(op.operationId);
}

function lintRequirements(r: Reporter, def: Defined, specsDir: string, yaml: (p: string, required?: boolean) => YamlSource | undefined, yamlFiles: (d: string) => string[]): YamlSource[] {
  const booksSrc = yaml(join(specsDir, "norms", "books.yaml"));
  const out: YamlSource[] = [];
  asArray(booksSrc?.data?.books).forEach((book: any, bi) => {
    r.text(booksSrc!, ["books", bi], book, `book ${book?.id ?? bi}`);
    if (!isText(book?.folder)) return;
    for (const f of yamlFiles(join(specsDir, "norms", book.folder))) {
      const src = yaml(join(specsDir, "norms", book.folder, f));
      if (!src) continue;
      out.push(src);
      const area = src.data?.area ?? {};
      r.text(src, ["area"], area, `area ${area.id ?? f}`);
      asArray(src.data?.requirements).forEach((q: any, i) => {
        const at = (...p: YamlPath) => src.line(["requirements", i, ...p]);
        const id = String(q?.id ?? "");
        const expected = `${book.id}-${area.id ?? "AREA"}-NN`;
        if (!new RegExp(`^${book.id}-${area.id}-\\d{2,3}$`).test(id)) r.add("requirement-id-format", src.file, at("id"), { id, expected });
        const other = def.requirements.get(id);
        if (other) r.add("requirement-id-duplicate", src.file, at("id"), { id, other });
        else def.requirements.set(id, src.file);
        r.text(src, ["requirements", i], q, `requirement ${id}`);
        const wording = LEVEL_WORDING[q?.level];
        if (!wording) r.add("requirement-level", src.file, at("level"), { id, level: String(q?.level ?? "—") });
        else {
          if (isText(q.zh) && !q.zh.includes(wording.zh)) r.add("requirement-wording", src.file, at("zh"), { id, lang: LANG_NAMES.zh, word: wording.zh });
          if (isText(q.en) && !wording.en.test(q.en)) r.add("requirement-wording", src.file, at("en"), { id, lang: LANG_NAMES.en, word: wording.enWord });
        }
        const v = q?.verification;
        const incomplete = (detail: string) => r.add("requirement-verification", src.file, at("verification"), { id, detail });
        if (!["automated", "evidence", "attestation"].includes(v?.method)) incomplete("method must be automated, evidence or attestation");
        else if (v.method === "automated" && asArray(v.checks).length === 0) incomplete("an automated requirement names its checks");
        else if (v.method !== "automated") r.text(src, ["requirements", i, "verification", "evidence"], v.evidence, `evidence of ${id}`);
      });
    }
  });
  return out;
}

/** The checks a requirement names that look like rules of the bundle must be rules of the bundle. */
function lintRequirementChecks(r: Reporter, def: Defined, src: YamlSource): void {
  asArray(src.data?.requirements).forEach((q: any, i) =>
    asArray(q?.verification?.checks).forEach((c, j) => {
      const check = String(c);
      const [kind, known] = /^Q[A-Z]-/.test(check)
        ? [{ zh: "数据质量规则", en: "data-quality rule" }, def.qualityRules]
        : check.startsWith("intake.")
          ? [{ zh: "接收规则", en: "intake rule" }, def.intakeRules]
          : KEBAB.test(check)
            ? [{ zh: "校验规则", en: "validation rule" }, def.validationRules]
            : [undefined, undefined];
      if (known && !known.has(check)) r.add("requirement-check-unknown", src.file, src.line(["requirements", i, "verification", "checks", j]), { id: q.id, check, kind });
    }),
  );
}

/**
 * The platform's endpoints (specs/platform/endpoints.yaml) are the one source of the token URLs of both
 * documents and of the intake's addresses in the AsyncAPI document: where a document writes one, it must
 * be this file's.
 */
function lintPlatformEndpoints(r: Reporter, def: Defined, src: YamlSource | undefined, openapi: YamlSource | undefined, asyncapi: YamlSource | undefined): void {
  const origin = src?.data?.origin;
  const endpoints = src?.data?.endpoints;
  if (!isText(origin) || !endpoints || typeof endpoints !== "object") return;
  for (const [id, e] of Object.entries<any>(endpoints)) {
    r.text(src!, ["endpoints", id], e, `platform endpoint ${id}`);
    if (isText(e?.path)) def.endpoints.set(id, endpointText(e));
  }
  const url = (id: string) => (isText(endpoints[id]?.path) ? origin + endpoints[id].path : undefined);
  const same = (doc: YamlSource, path: YamlPath, actual: unknown, expected: string | undefined) => {
    if (expected !== undefined && actual !== expected) r.add("platform-endpoint-mismatch", doc.file, doc.line(path), { where: path.join("."), actual: String(actual ?? "—"), expected });
  };
  for (const doc of [openapi, asyncapi]) {
    if (!doc?.data) continue;
    for (const [name, scheme] of Object.entries<any>(doc.data.components?.securitySchemes ?? {}))
      for (const [flow, f] of Object.entries<any>(scheme?.flows ?? {}))
        if (f && typeof f === "object" && "tokenUrl" in f) same(doc, ["components", "securitySchemes", name, "flows", flow, "tokenUrl"], f.tokenUrl, url("token"));
  }
  const platform = asyncapi?.data?.servers?.platform;
  if (platform) {
    same(asyncapi!, ["servers", "platform"], `${platform.protocol}://${platform.host}${platform.pathname ?? ""}`, url("intake"));
    for (const [id, c] of Object.entries<any>(asyncapi!.data.channels ?? {}))
      if (isText(c?.address) && endpoints[id]) same(asyncapi!, ["channels", id, "address"], `${platform.pathname ?? ""}${c.address}`, endpoints[id].path);
  }
}

/**
 * What an automated requirement's checks depend on (`verification.depends`: param:NAME, endpoint:ID,
 * header:Name) must be named in both of its texts, or in the guide it links (`verification.see`), so that
 * a system can be built to pass them from the published documents alone.
 */
function lintRequirementValues(r: Reporter, def: Defined, src: YamlSource, docsDir: string): void {
  const guideText = new Map<string, string>();
  const guide = (id: string, dir: string): string => {
    const path = join(docsDir, dir, `${id}.md`);
    if (!guideText.has(path)) guideText.set(path, existsSync(path) ? readFileSync(path, "utf8") : "");
    return guideText.get(path)!;
  };
  asArray(src.data?.requirements).forEach((q: any, i) => {
    const see = asArray(q?.verification?.see).map(String);
    for (const g of see)
      for (const dir of ["zh-CN", "en"])
        if (!existsSync(join(docsDir, dir, `${g}.md`))) r.add("requirement-verification", src.file, src.line(["requirements", i, "verification", "see"]), { id: q.id, detail: `see names docs/${dir}/${g}.md, which does not exist` });
    asArray(q?.verification?.depends).forEach((d, j) => {
      const value = String(d);
      const [kind, name = ""] = value.split(/:(.*)/s) as [string, string?];
      const line = src.line(["requirements", i, "verification", "depends", j]);
      const known = kind === "param" ? def.parameters.has(name) : kind === "endpoint" ? def.endpoints.has(name) : kind === "header" && /^[A-Za-z][A-Za-z0-9-]*$/.test(name);
      if (!known) return r.add("requirement-value-unknown", src.file, line, { id: q.id, value });
      // Named: by its name (a parameter's, a header's, an endpoint's id or path), or by an include of it.
      const path = kind === "endpoint" ? def.endpoints.get(name)!.replace(/^[A-Z]+ /, "") : undefined;
      const names = (text: string) =>
        (kind === "header" ? text.toLowerCase().includes(name.toLowerCase()) : text.includes(name)) ||
        (path !== undefined && text.includes(path)) ||
        (kind === "endpoint" && /\{\{\s*endpoints\s*\}\}/.test(text));
      for (const [lang, dir] of [["zh", "zh-CN"], ["en", "en"]] as const)
        if (!names(String(q?.[lang] ?? "")) && !see.some((g) => names(guide(g, dir))))
          r.add("requirement-value-unnamed", src.file, line, { id: q.id, value, lang: LANG_NAMES[lang], see: see.length ? see.map((g) => `docs/${dir}/${g}.md`).join(", ") : "—" });
    });
  });
}

/** The terms and definitions (specs/norms/terms.yaml): unique ids, both languages, books that exist. */
function lintTerms(r: Reporter, src: YamlSource | undefined, books: YamlSource | undefined): void {
  if (!src) return;
  const bookIds = new Set(asArray(books?.data?.books).map((b: any) => String(b?.id)));
  const seen = new Set<string>();
  asArray(src.data?.terms).forEach((term: any, i) => {
    const id = String(term?.id ?? i);
    if (seen.has(id)) r.add("term-id-duplicate", src.file, src.line(["terms", i, "id"]), { id });
    seen.add(id);
    r.text(src, ["terms", i], term, `term ${id}`);
    r.text(src, ["terms", i, "definition"], term?.definition, `definition of term ${id}`);
    asArray(term?.books).forEach((b, j) => {
      if (!bookIds.has(String(b))) r.add("term-book-unknown", src.file, src.line(["terms", i, "books", j]), { id, book: String(b) });
    });
  });
}

function lintLevels(r: Reporter, def: Defined, src: YamlSource | undefined): void {
  if (!src) return;
  asArray(src.data?.levels).forEach((l: any, i) => {
    const id = String(l?.id ?? "");
    if (def.levels.has(id)) r.add("level-id-duplicate", src.file, src.line(["levels", i, "id"]), { id });
    def.levels.add(id);
    r.text(src, ["levels", i], l, `level ${id}`);
    r.text(src, ["levels", i, "description"], l?.description, `description of level ${id}`);
    asArray(l?.includes).forEach((p, j) => {
      const prefix = String(p);
      if (![...def.requirements.keys()].some((q) => q === prefix || q.startsWith(prefix + "-"))) r.add("level-include-unknown", src.file, src.line(["levels", i, "includes", j]), { level: id, prefix });
    });
  });
}

function lintValidationRules(r: Reporter, def: Defined, src: YamlSource | undefined): void {
  if (!src) return;
  const seen = new Set<string>();
  asArray(src.data?.rules).forEach((rule: any, i) => {
    const id = String(rule?.id ?? "");
    const at = (...p: YamlPath) => src.line(["rules", i, ...p]);
    if (!KEBAB.test(id)) r.add("rule-id-format", src.file, at("id"), { id, expected: "kebab-case" });
    if (seen.has(id) || def.qualityRules.has(id)) r.add("rule-id-duplicate", src.file, at("id"), { id, other: src.file });
    seen.add(id);
    r.text(src, ["rules", i], rule, `rule ${id}`);
    r.text(src, ["rules", i, "description"], rule?.description, `description of rule ${id}`);
    if (!def.requirements.has(rule?.requirement)) r.add("requirement-unknown", src.file, at("requirement"), { where: `rule ${id}`, id: String(rule?.requirement ?? "—") });
  });
  for (const [name, f] of Object.entries<any>(src.data?.formats ?? {})) r.text(src, ["formats", name], f, `format ${name}`);
}

const FIELD_NAME = /^[A-Z][A-Z0-9_]*$/;

function lintQualityRules(r: Reporter, def: Defined, files: Array<YamlSource | undefined>): void {
  const where = new Map<string, string>();
  for (const src of files) {
    if (!src) continue;
    const dim = src.data?.dimension ?? {};
    r.text(src, ["dimension"], dim, `dimension ${dim.id ?? src.file}`);
    const prefix = QUALITY_PREFIX[dim.id];
    asArray(src.data?.rules).forEach((rule: any, i) => {
      const id = String(rule?.id ?? "");
      const at = (...p: YamlPath) => src.line(["rules", i, ...p]);
      if (!prefix || !new RegExp(`^${prefix}-[A-Z0-9]+(-[A-Z0-9]+)*$`).test(id)) r.add("rule-id-format", src.file, at("id"), { id, expected: `${prefix ?? "Q?"}-NAME` });
      if (where.has(id) || def.validationRules.has(id)) r.add("rule-id-duplicate", src.file, at("id"), { id, other: where.get(id) ?? "specs/reporting/validation-rules.yaml" });
      where.set(id, src.file);
      r.text(src, ["rules", i], rule, `rule ${id}`);
      for (const key of ["requirement", "requirements"])
        asArray(rule?.[key]).forEach((q, j) => {
          if (!def.requirements.has(String(q))) r.add("requirement-unknown", src.file, src.line(key === "requirement" ? ["rules", i, key] : ["rules", i, key, j]), { where: `rule ${id}`, id: String(q) });
        });
      for (const part of ["definition", "message"]) r.text(src, ["rules", i, part], rule?.[part], `${part} of rule ${id}`);
      asArray(rule?.basis).forEach((b: any, j) => {
        r.text(src, ["rules", i, "basis", j], b, `basis of rule ${id}`);
        if (b?.status === "INFERRED" || b?.status === "RECALLED") r.add("unverified-fact", src.file, at("basis", j), { what: `rule ${id}`, why: `${b.status}: ${b.en ?? b.zh ?? ""}` });
      });
      // The data sets and fields its parameters name must exist (a field is looked up in the data sets in scope).
      const walk = (node: unknown, path: YamlPath, scope: number[] | undefined): void => {
        if (Array.isArray(node)) return node.forEach((n, k) => walk(n, [...path, k], scope));
        if (!node || typeof node !== "object") return;
        const obj = node as Record<string, unknown>;
        let own = scope;
        if (obj.dataNo !== undefined) {
          own = asArray(obj.dataNo).map(Number);
          for (const no of own) if (!def.dataSets.has(no)) r.add("quality-rule-reference", src.file, src.line([...path, "dataNo"]), { id, what: `data set ${no}` });
        }
        for (const [k, v] of Object.entries(obj)) {
          if (k === "dataNo" || k === "ignore") continue;
          const names = (k === "when" && v && typeof v === "object" ? Object.keys(v) : []).concat(typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
          for (const name of names)
            if (FIELD_NAME.test(name) && own?.length && own.every((no) => def.dataSets.has(no) && !def.dataSets.get(no)!.has(name)))
              r.add("quality-rule-reference", src.file, src.line([...path, k]), { id, what: `field ${name} of ${own.join("/")}` });
          if (typeof v === "object") walk(v, [...path, k], own);
        }
      };
      walk(rule?.params, ["rules", i, "params"], undefined);
    });
  }
}

/** Every `x-requirements` list in an API document, and every intake rule's requirement, must name requirements. */
function lintApiRequirements(r: Reporter, def: Defined, src: YamlSource | undefined): void {
  if (!src) return;
  const walk = (node: unknown, path: YamlPath): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, [...path, i]));
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === "x-requirements")
        asArray(v).forEach((id, i) => {
          if (!def.requirements.has(String(id))) r.add("requirement-unknown", src.file, src.line([...path, k, i]), { where: path.join("/") || "x-requirements", id: String(id) });
        });
      else if (k === "requirement" && path[0] === "x-ywjy-intake-rules" && !def.requirements.has(String(v)))
        r.add("requirement-unknown", src.file, src.line([...path, k]), { where: path.join("/"), id: String(v) });
      else walk(v, [...path, k]);
    }
  };
  walk(src.data, []);
}

/** The zh/en texts of a document's parameters and intake rules. */
function lintParameterTexts(r: Reporter, src: YamlSource | undefined): void {
  if (!src) return;
  for (const key of ["x-ywjy-parameters", "x-ywjy-intake-rules"])
    for (const [name, v] of Object.entries<any>(src.data?.[key] ?? {})) r.text(src, [key, name], v, `${key} ${name}`);
}

function lintGuides(r: Reporter, def: Defined, docsDir: string, rel: (p: string) => string, yaml: (p: string, required?: boolean) => YamlSource | undefined): void {
  const src = yaml(join(docsDir, "guides.yaml"), false);
  if (!src) return;
  const resolves = (kind: string, arg: string): boolean => {
    switch (kind) {
      case "version":
        return true;
      case "codelist":
        return def.codelists.has(arg);
      case "requirement":
        return def.requirements.has(arg);
      case "dataset":
        return def.dataSets.has(Number(arg));
      case "field": {
        const [no, field] = arg.split("/");
        return !!field && !!def.dataSets.get(Number(no))?.has(field);
      }
      case "rule":
        return def.validationRules.has(arg) || def.qualityRules.has(arg) || def.intakeRules.has(arg);
      case "param":
        return def.parameters.has(arg);
      case "level":
        return def.levels.has(arg);
      case "operation":
        return def.operations.has(arg);
      case "endpoint":
        return def.endpoints.has(arg);
      case "endpoints":
        return def.endpoints.size > 0;
      default:
        return false;
    }
  };
  /** What an include in link form must read: the value it stands for (a parameter's, an endpoint's). */
  const valueOf = (kind: string, arg: string): string | undefined => (kind === "param" ? def.parameterValues.get(arg) : kind === "endpoint" ? def.endpoints.get(arg) : undefined);
  asArray(src.data?.audiences).forEach((aud: any, ai) => {
    r.text(src, ["audiences", ai], aud, `audience ${aud?.id ?? ai}`);
    for (const id of asArray(aud?.guides).map(String))
      for (const [lang, dir] of [["zh", "zh-CN"], ["en", "en"]] as const) {
        const path = join(docsDir, dir, `${id}.md`);
        if (!existsSync(path)) {
          r.add("docs-guide-missing", src.file, src.line(["audiences", ai, "guides"]), { id, lang: LANG_NAMES[lang], file: rel(path) });
          continue;
        }
        for (const inc of findIncludes(readFileSync(path, "utf8"))) {
          if (!resolves(inc.kind, inc.arg)) r.add("docs-include-unresolved", rel(path), inc.line, { include: inc.raw });
          const value = valueOf(inc.kind, inc.arg);
          if (value === undefined) continue;
          // A value written as {{param:…}} shows as a placeholder to whoever reads the Markdown file itself.
          if (inc.text === undefined) r.add("docs-include-hidden-value", rel(path), inc.line, { include: inc.raw, value, kind: inc.kind, arg: inc.arg });
          else if (inc.text.replace(/`/g, "").trim() !== value) r.add("docs-include-stale", rel(path), inc.line, { include: inc.raw, text: inc.text, value });
        }
      }
  });
}

/** Redocly's lint of the OpenAPI document, run as a child process with the document's own configuration. */
async function redocly(path: string, rel: (p: string) => string): Promise<LintProblem[]> {
  if (!existsSync(path)) return [];
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@redocly/cli/package.json");
  const bin = join(dirname(pkg), (JSON.parse(readFileSync(pkg, "utf8")) as { bin: Record<string, string> }).bin.redocly ?? "bin/cli.js");
  const config = join(dirname(path), "redocly.yaml");
  const args = [bin, "lint", "--format", "json", ...(existsSync(config) ? ["--config", config] : []), path];
  const stdout = await new Promise<string>((done) =>
    execFile(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }, (_e, out) => done(out)),
  );
  const file = rel(path);
  let report: { problems?: any[] };
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  } catch {
    return [problem("openapi-lint", file, 1, { detail: "cli", message: "Redocly gave no readable report" })];
  }
  const src = yamlSource(file, readFileSync(path, "utf8"));
  return (report.problems ?? []).map((p) => {
    const loc = p.location?.[0] ?? {};
    const pointer = String(loc.pointer ?? "#").replace(/^#\/?/, "");
    const segs: YamlPath = pointer ? pointer.split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : [];
    const sourceFile = loc.source?.ref ? rel(String(loc.source.ref)) : file;
    const severity: Severity = p.severity === "warn" ? "warning" : "error";
    return { ...problem("openapi-lint", sourceFile, sourceFile === file ? src.line(segs) : 1, { detail: p.ruleId, message: p.message }), severity };
  });
}

/** @asyncapi/parser's diagnostics of the AsyncAPI document (errors and warnings; its hints and infos are left out). */
async function asyncApiParser(path: string, rel: (p: string) => string): Promise<LintProblem[]> {
  if (!existsSync(path)) return [];
  const { Parser, fromFile } = await import("@asyncapi/parser");
  const file = rel(path);
  const src = yamlSource(file, readFileSync(path, "utf8"));
  let diagnostics: Array<{ code: string | number; message: string; path: Array<string | number>; severity: number; range?: { start: { line: number } }; source?: string }>;
  try {
    ({ diagnostics } = (await fromFile(new Parser(), path).parse()) as unknown as { diagnostics: typeof diagnostics });
  } catch (e) {
    return [problem("asyncapi-invalid", file, 1, { detail: "parser", message: (e as Error).message })];
  }
  return diagnostics
    .filter((d) => d.severity <= 1)
    .map((d) => ({ ...problem("asyncapi-invalid", file, d.path?.length ? src.line(d.path) : (d.range?.start.line ?? 0) + 1, { detail: String(d.code), message: d.message }), severity: d.severity === 0 ? ("error" as const) : ("warning" as const) }));
}

function problem(ruleId: LintRuleId, file: string, line: number, params: Record<string, MessageParam>): LintProblem {
  const rule = LINT_RULES[ruleId];
  return { ruleId, severity: rule.severity, file, line, message: fillMessage(rule, params) };
}

/** Problems as text, one per line: `file:line  severity  rule  message`, then the counts. */
export function formatLintText(result: LintResult, lang: "zh" | "en"): string {
  const lines = result.problems.map((p) => `${p.file}:${p.line}  ${p.severity}  ${p.ruleId}  ${p.message[lang]}`);
  const s = result.summary;
  lines.push(lang === "zh" ? `${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 条提示` : `${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`);
  return lines.join("\n");
}
