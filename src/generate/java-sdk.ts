/**
 * Data contracts, code lists, validation rules, the reporting channel and the access API → the Java SDK's
 * data and types (generated/java/): one record per data set with the norm's identifiers (amounts as
 * BigDecimal, dates as LocalDate/LocalDateTime written in the norm's notation), each code list as an enum
 * with its zh/en names, the envelope and package records, and the tables the Java validator interprets —
 * the same JSON Schemas as generated/schemas (as Schema trees), the rule catalogue, the identifier formats'
 * reasons, the region codes; the channel's headers, paths and parameters; the access API's operations.
 *
 * Iterates over whatever data sets the schemas of this run hold. The hand-written runtime that these
 * classes use (cn.xiamen.ggzy.ywjy.runtime …, the validator engine, the publisher, the client) is in
 * src/java/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CODE_HIERARCHY, isIdentifierFormat } from "../identifiers/index.ts";
import { specsDir } from "../paths.ts";
import { loadCodelists, type Code, type Codelist } from "../specs/codelists.ts";
import { loadManifest } from "../specs/manifest.ts";
import { loadNormVersions } from "../specs/norm-versions.ts";
import { parseNotation } from "../specs/notation.ts";
import { loadValidationRules } from "../validate/catalogue.ts";
import { kindsOf } from "../validate/contracts.ts";
import { channelHeaderNames, loadAsyncApi } from "./asyncapi-types.ts";
import { generatedStamp, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/java-sdk.ts";

/** Whether a code is valid only for a period (validFrom, validUntil). */
const hasPeriod = (c: Code) => c.validFrom !== undefined || c.validUntil !== undefined;
export const JAVA_ROOT = "java";
export const JAVA_BASE_PACKAGE = "cn.xiamen.ggzy.ywjy";

type Schema = Record<string, any>;

const pascal = (id: string) =>
  id
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

/** A Java string literal (JSON's escapes are Java's). */
const lit = (s: string) => JSON.stringify(s);
const lits = (list: readonly string[]) => list.map(lit).join(", ");
/** Text for a Javadoc comment. */
const javadoc = (text: string) => text.replace(/\*\//g, "*&#47;").replace(/\s*\n\s*/g, " ").replace(/[<>&]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;" })[c]!);

function javaFile(pkg: string, name: string, imports: string[], body: string): GeneratedFile {
  const path = `${JAVA_ROOT}/${pkg.split(".").join("/")}/${name}.java`;
  const head = `// ${generatedStamp(GENERATOR)}\npackage ${pkg};\n\n${imports.length ? imports.map((i) => `import ${i};`).join("\n") + "\n\n" : ""}`;
  return { path, content: head + body.trimEnd() + "\n" };
}

const P = {
  codes: `${JAVA_BASE_PACKAGE}.codes`,
  model: `${JAVA_BASE_PACKAGE}.model`,
  spec: `${JAVA_BASE_PACKAGE}.spec`,
  runtime: `${JAVA_BASE_PACKAGE}.runtime`,
};

// ---------------------------------------------------------------- code lists → enums

/** An enum constant's name: the code when it is a Java identifier, else words of its English name. */
function constantNames(list: Codelist): string[] {
  const names = list.codes.map((c) => {
    if (/^[A-Za-z][A-Za-z0-9]*$/.test(c.code)) return c.code.toUpperCase();
    const words = c.en
      .replace(/\(.*?\)/g, " ")
      .replace(/'/g, "")
      .toUpperCase()
      .split(/[^A-Z0-9]+/)
      .filter(Boolean)
      .slice(0, 6);
    const name = words.join("_") || `CODE_${c.code}`;
    return /^[0-9]/.test(name) ? `CODE_${name}` : name;
  });
  return names.map((n, i) => (names.indexOf(n) !== i || names.lastIndexOf(n) !== i ? `${n}_${list.codes[i]!.code.replace(/[^A-Za-z0-9]/g, "_")}` : n));
}

/** Whether a code list is a Java enum: small enough for a schema enum, and matched exactly. */
export const isJavaEnum = (list: Codelist | undefined): list is Codelist => !!list && !list.format && list.matching !== "prefix";

function codeEnum(list: Codelist): GeneratedFile {
  const name = pascal(list.id);
  const names = constantNames(list);
  const constants = list.codes.map((c, i) => `  /** ${c.code} ${javadoc(c.zh)} — ${javadoc(c.en)}${c.deprecated ? " (deprecated)" : ""} */\n  ${names[i]}(${lits([c.code, c.zh, c.en])})`);
  return javaFile(
    P.codes,
    name,
    [`${P.runtime}.CodeEnum`, "java.util.Map", "java.util.HashMap"],
    `/** ${javadoc(list.zh)} — ${javadoc(list.en)} (code list ${list.id}). */
public enum ${name} implements CodeEnum {
${constants.join(",\n")};

  public static final String LIST_ID = ${lit(list.id)};
  public static final String LIST_ZH = ${lit(list.zh)};
  public static final String LIST_EN = ${lit(list.en)};

  private final String code;
  private final String zh;
  private final String en;
  private static final Map<String, ${name}> BY_CODE = new HashMap<>();
  static {
    for (${name} c : values()) BY_CODE.put(c.code, c);
  }

  ${name}(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  @Override public String code() { return code; }
  @Override public String zh() { return zh; }
  @Override public String en() { return en; }

  /** The constant of a code; throws IllegalArgumentException naming the list when it has no such code. */
  public static ${name} fromCode(String code) {
    ${name} c = BY_CODE.get(code);
    if (c == null) throw new IllegalArgumentException("\\"" + code + "\\" is not a code of the code list " + LIST_ID);
    return c;
  }
}`,
  );
}

// ---------------------------------------------------------------- schemas → Schema trees

/** A JSON Schema (the subset the generated schemas use) as a Schema builder expression. */
function schemaExpr(s: Schema, indent: string): string {
  const calls: string[] = [];
  const type = s.type as string | undefined;
  calls.push(`Schema.of(${type ? lit(type) : "null"})`);
  if (s["x-zh"]) calls.push(`.names(${lits([s["x-zh"], s["x-en"] ?? s["x-zh"]])})`);
  if (s["x-notation"]) calls.push(`.notation(${lits([s["x-notation"], parseNotation(s["x-notation"]).kind])})`);
  if (s["x-codelist"]) calls.push(`.codelist(${lit(s["x-codelist"])})`);
  if (s["x-codelist-separator"]) calls.push(`.codelistSeparator(${lit(s["x-codelist-separator"])})`);
  if (s["x-separator"] !== undefined) calls.push(`.separator(${lit(String(s["x-separator"]))})`);
  if (s["x-code-type-field"]) calls.push(`.codeTypeField(${lit(s["x-code-type-field"])})`);
  if (s.minLength !== undefined) calls.push(`.minLength(${s.minLength})`);
  if (s.maxLength !== undefined) calls.push(`.maxLength(${s.maxLength})`);
  if (s.minimum !== undefined) calls.push(`.minimum(${s.minimum})`);
  if (s.maximum !== undefined) calls.push(`.maximum(${s.maximum})`);
  if (s.pattern !== undefined) calls.push(`.pattern(${lit(s.pattern)})`);
  if (s.format !== undefined) calls.push(`.format(${lit(s.format)})`);
  if (Array.isArray(s.enum)) calls.push(`.enumOf(${s.enum.map((v: unknown) => (typeof v === "string" ? lit(v) : `${v}`)).join(", ")})`);
  const inner = indent + "    ";
  for (const [name, p] of Object.entries<Schema>(s.properties ?? {})) calls.push(`\n${inner}.property(${lit(name)}, ${schemaExpr(p, inner)})`);
  if (s.items) calls.push(`\n${inner}.items(${schemaExpr(s.items, inner)})`);
  if (Array.isArray(s.required)) calls.push(`\n${inner}.required(${lits(s.required)})`);
  if (s.additionalProperties === false) calls.push(".closed()");
  else if (typeof s.additionalProperties === "object") calls.push(`\n${inner}.additionalProperties(${schemaExpr(s.additionalProperties, inner)})`);
  return calls.join("");
}

interface DataSetEntry {
  dataNo: number;
  dataEn: string;
  zh: string;
  en: string;
  typeName: string;
  schema: Schema;
}

function readJsonFile(files: GeneratedFile[], path: string): Schema {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`${GENERATOR}: generated/${path} is not among this run's files`);
  return JSON.parse(f.content) as Schema;
}

function dataSetsOf(files: GeneratedFile[]): DataSetEntry[] {
  const index = readJsonFile(files, "schemas/index.json") as { dataSets: Array<Omit<DataSetEntry, "schema"> & { schema: string }> };
  return index.dataSets.map((d) => ({ ...d, schema: readJsonFile(files, d.schema) }));
}

// ---------------------------------------------------------------- data sets → records

interface JavaField {
  name: string;
  type: string;
  /** Expression turning the context string `v` into the field's value. */
  parse: string;
  /** Expression turning the field's value `x` into the context string. */
  write: string;
  doc: string;
}

function javaField(name: string, p: Schema, codelists: Map<string, Codelist>, required: boolean): JavaField {
  const list = codelists.get(p["x-codelist"]);
  const notation = p["x-notation"] ? parseNotation(p["x-notation"]) : undefined;
  const doc = `${name} ${p["x-zh"] ?? ""} — ${p["x-en"] ?? ""}${p["x-notation"] ? ` (${p["x-notation"]})` : ""}${list ? `, code list ${list.id}` : ""}${required ? ", mandatory" : ""}`;
  if (isJavaEnum(list)) {
    const e = pascal(list.id);
    const sep = p["x-codelist-separator"] as string | undefined;
    if (sep)
      return { name, type: `java.util.List<${e}>`, parse: `NormValues.codes(v, ${lit(sep)}, ${e}::fromCode)`, write: `NormValues.joinCodes(x, ${lit(sep)})`, doc };
    return { name, type: e, parse: `${e}.fromCode(v)`, write: "x.code()", doc };
  }
  switch (notation?.kind) {
    case "number":
      return { name, type: "java.math.BigDecimal", parse: "new java.math.BigDecimal(v)", write: "x.toPlainString()", doc };
    case "date":
      return { name, type: "java.time.LocalDate", parse: "NormValues.parseDate(v)", write: "NormValues.formatDate(x)", doc };
    case "datetime":
      return { name, type: "java.time.LocalDateTime", parse: "NormValues.parseDateTime(v)", write: "NormValues.formatDateTime(x)", doc };
    default:
      return { name, type: "String", parse: "v", write: "x", doc };
  }
}

function dataSetRecord(d: DataSetEntry, codelists: Map<string, Codelist>): GeneratedFile {
  const required = new Set<string>(d.schema.required ?? []);
  const fields = Object.entries<Schema>(d.schema.properties ?? {}).map(([name, p]) => javaField(name, p, codelists, required.has(name)));
  const components = fields.map((f) => `    /** ${javadoc(f.doc)} */\n    ${f.type} ${f.name}`).join(",\n");
  const toContext = fields.map((f) => `    { var x = ${f.name}; if (x != null) context.put(${lit(f.name)}, ${f.write}); }`).join("\n");
  const fromContext = fields.map((f) => `      NormValues.field(context, ${lit(f.name)}, v -> ${f.parse})`).join(",\n");
  const builderFields = fields.map((f) => `    private ${f.type} ${f.name};\n    public Builder ${f.name}(${f.type} value) { this.${f.name} = value; return this; }`).join("\n");
  return javaFile(
    P.model,
    d.typeName,
    [`${P.codes}.*`, `${P.runtime}.DataSetRecord`, `${P.runtime}.NormValues`, "java.util.LinkedHashMap", "java.util.Map"],
    `/**
 * ${d.dataNo} ${d.dataEn} ${javadoc(d.zh)} — ${javadoc(d.en)}: the context of a report record of this data set.
 * Fields not given are null; {@link #toContext()} writes the norm's notation (amounts as plain decimals, dates yyyyMMdd).
 */
public record ${d.typeName}(
${components}
) implements DataSetRecord {
  public static final int DATA_NO = ${d.dataNo};
  public static final String DATA_EN = ${lit(d.dataEn)};
  public static final String ZH = ${lit(d.zh)};
  public static final String EN = ${lit(d.en)};

  @Override public int dataNo() { return DATA_NO; }
  @Override public String dataEn() { return DATA_EN; }

  /** The context object of a report record: field → value in the norm's notation, absent fields left out. */
  @Override public Map<String, String> toContext() {
    Map<String, String> context = new LinkedHashMap<>();
${toContext}
    return context;
  }

  /** Reads a context; throws IllegalArgumentException naming the field whose value does not fit its type. */
  public static ${d.typeName} fromContext(Map<String, String> context) {
    return new ${d.typeName}(
${fromContext}
    );
  }

  public static Builder builder() { return new Builder(); }

  /** Sets fields by name; the rest stay null. */
  public static final class Builder {
${builderFields}
    public ${d.typeName} build() {
      return new ${d.typeName}(${fields.map((f) => f.name).join(", ")});
    }
  }
}`,
  );
}

/** The registry of data sets: number → identifier, names, record type, schema, and the checks beyond the schema. */
function dataSetRegistry(dataSets: DataSetEntry[], codelists: Map<string, Codelist>): GeneratedFile[] {
  const catalogue = loadValidationRules();
  const files: GeneratedFile[] = [];
  const entries = dataSets.map((d) => {
    const props: Record<string, Schema> = d.schema.properties ?? {};
    const subjectCodes: string[] = [];
    for (const [field, p] of Object.entries(props)) {
      const typeField = p["x-code-type-field"];
      if (typeof typeField !== "string") continue;
      const kinds = kindsOf(codelists.get(String(props[typeField]?.["x-codelist"])), catalogue.formats);
      if (kinds.size === 0) continue;
      const kindExprs = [...kinds].map(([code, k]) => `new SubjectCodeCheck.Kind(${lits([code, k.format])}, new Localized(${lits([k.code.zh, k.code.en])}))`);
      const placeholder = p["x-placeholder"] === undefined ? "null" : lit(String(p["x-placeholder"]));
      subjectCodes.push(`new SubjectCodeCheck(${lits([field, typeField])}, ${placeholder}, List.of(${kindExprs.join(", ")}))`);
    }
    // The checks beyond the schema that src/validate/contracts.ts plans: codes with a period, items of a list, city-level regions.
    const codePeriods: string[] = [];
    const itemFormats: string[] = [];
    const cityLevel: string[] = [];
    const since: string[] = [];
    for (const [field, p] of Object.entries(props)) {
      const list = p["x-codelist"] === undefined ? undefined : codelists.get(String(p["x-codelist"]));
      if (list?.codes.some(hasPeriod)) codePeriods.push(`new CodePeriodCheck(${lits([field, list.id])}, ${p["x-codelist-separator"] === undefined ? "null" : lit(p["x-codelist-separator"])})`);
      const format = p["x-item-format"];
      if (typeof format === "string" && isIdentifierFormat(format)) itemFormats.push(`new ItemFormatCheck(${lits([field, String(p["x-separator"]), format])})`);
      if (p["x-region-level"] === "city") cityLevel.push(field);
      if (p["x-since"] !== undefined) since.push(`Map.entry(${lits([field, String(p["x-since"])])})`);
    }
    const recordDateField = typeof d.schema["x-record-date"] === "string" ? d.schema["x-record-date"] : "DATA_TIMESTAMP";
    const hierarchy = CODE_HIERARCHY.filter((f) => f in props).length >= 2;
    const cls = `Schema${d.dataNo}${d.typeName}`;
    files.push(
      javaFile(P.spec, cls, [`${P.runtime}.Schema`], `/** The JSON Schema of data set ${d.dataNo} ${d.dataEn} (generated/schemas/data-sets), as a Schema tree. */\nfinal class ${cls} {\n  private ${cls}() {}\n\n  static Schema schema() {\n    return ${schemaExpr(d.schema, "    ")};\n  }\n}`),
    );
    return `    new DataSetContract(${d.dataNo}, ${lit(d.dataEn)}, new Localized(${lits([d.zh, d.en])}), ${P.model}.${d.typeName}.class, ${cls}::schema, ${hierarchy},\n        List.of(${subjectCodes.join(",\n            ")}),\n        List.of(${codePeriods.join(", ")}), List.of(${itemFormats.join(", ")}), List.of(${lits(cityLevel)}), ${lit(recordDateField)}, Map.ofEntries(${since.join(", ")}))`;
  });
  files.push(
    javaFile(
      P.spec,
      "DataSets",
      [`${P.runtime}.CodePeriodCheck`, `${P.runtime}.DataSetContract`, `${P.runtime}.ItemFormatCheck`, `${P.runtime}.Localized`, `${P.runtime}.SubjectCodeCheck`, "java.util.List", "java.util.Map"],
      `/** Every data set of the norm, by DATA_NO order: the contract the validator checks a record's context against. */
public final class DataSets {
  private DataSets() {}

  /** The fields of the code hierarchy, parent first: within a record each code starts with its parent's. */
  public static final List<String> CODE_HIERARCHY = List.of(${lits(CODE_HIERARCHY)});

  public static final List<DataSetContract> ALL = List.of(
${entries.join(",\n")});
}`,
    ),
  );
  return files;
}

// ---------------------------------------------------------------- envelope and package

function envelopeFiles(files: GeneratedFile[]): GeneratedFile[] {
  const record = readJsonFile(files, "schemas/report-record.json");
  const pkg = readJsonFile(files, "schemas/report-package.json");
  // The same envelope and header the TS validator compiles (src/validate/contracts.ts): the dispatch on
  // DATA_NO is done by the validator, an unknown DATA_NO is its own rule, the data set checks the context,
  // and each record of a package is checked on its own.
  const envelope = structuredClone(record);
  delete envelope.allOf;
  delete envelope.properties.DATA_NO.enum;
  delete envelope.properties.context.additionalProperties;
  const header = structuredClone(pkg);
  delete header.properties.records.items;
  const attachment = record.properties.attachments.items as Schema;
  const attachmentFields = Object.keys(attachment.properties);
  const out: GeneratedFile[] = [];
  out.push(
    javaFile(
      P.spec,
      "Envelope",
      [`${P.runtime}.Schema`],
      `/** The record envelope and the package header as the validator checks them (generated/schemas/report-record.json, report-package.json). */
public final class Envelope {
  private Envelope() {}

  /** report-record.json without the per-data-set dispatch: envelope fields only, context just an object. */
  public static Schema record() {
    return ${schemaExpr(envelope, "    ")};
  }

  /** report-package.json with records just an array (each record is checked on its own). */
  public static Schema packageHeader() {
    return ${schemaExpr(header, "    ")};
  }
}`,
    ),
  );
  const recordProps = record.properties as Record<string, Schema>;
  const doc = (name: string, p: Schema) => `  /** ${javadoc(`${name} ${p["x-zh"] ?? ""} — ${p["x-en"] ?? ""}`)} */`;
  out.push(
    javaFile(
      P.model,
      "Attachment",
      ["com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonProperty"],
      `/** ${javadoc(`${attachment["x-zh"]} — ${attachment["x-en"]}`)}: a file attached to a report record. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(
${attachmentFields.map((f) => `${doc(f, attachment.properties[f])}\n  @JsonProperty(${lit(f)}) String ${f}`).join(",\n")}
) {}`,
    ),
  );
  out.push(
    javaFile(
      P.model,
      "ReportRecord",
      ["com.fasterxml.jackson.annotation.JsonInclude", "com.fasterxml.jackson.annotation.JsonProperty", `${P.codes}.DataType`, `${P.runtime}.DataSetRecord`, "java.util.List", "java.util.Map"],
      `/** ${javadoc(`${record["x-zh"]} — ${record["x-en"]}`)}: one record as it is reported (the envelope; its context is the data set's fields). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportRecord(
${doc("DATA_NO", recordProps.DATA_NO!)}\n  @JsonProperty("DATA_NO") int DATA_NO,
${doc("DATA_EN", recordProps.DATA_EN!)}\n  @JsonProperty("DATA_EN") String DATA_EN,
${doc("DATA_TYPE", recordProps.DATA_TYPE!)}\n  @JsonProperty("DATA_TYPE") String DATA_TYPE,
${doc("DATA_KEY", recordProps.DATA_KEY!)}\n  @JsonProperty("DATA_KEY") String DATA_KEY,
${doc("context", recordProps.context!)}\n  @JsonProperty("context") Map<String, String> context,
${doc("attachments", recordProps.attachments!)}\n  @JsonProperty("attachments") List<Attachment> attachments
) {
  /** A record of a typed data set: DATA_NO, DATA_EN and the context come from the data set. */
  public static ReportRecord of(DataSetRecord data, DataType type, String dataKey) {
    return new ReportRecord(data.dataNo(), data.dataEn(), type.code(), dataKey, data.toContext(), null);
  }
}`,
    ),
  );
  const pkgProps = pkg.properties as Record<string, Schema>;
  out.push(
    javaFile(
      P.model,
      "ReportPackage",
      ["com.fasterxml.jackson.annotation.JsonProperty", "java.util.List"],
      `/** ${javadoc(`${pkg["x-zh"]} — ${pkg["x-en"]}`)}: several records sent as one message. */
public record ReportPackage(
${Object.keys(pkgProps)
  .map((f) => `${doc(f, pkgProps[f]!)}\n  @JsonProperty(${lit(f)}) ${f === "records" ? "List<ReportRecord>" : "String"} ${f}`)
  .join(",\n")}
) {}`,
    ),
  );
  return out;
}

// ---------------------------------------------------------------- rule catalogue, formats, regions

function catalogueFile(codelists: Map<string, Codelist>): GeneratedFile {
  const catalogue = loadValidationRules();
  const asList = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  const rules = catalogue.rules.map((r) => {
    const matchers = (asList(r.ajv) ?? []).map(
      (m) =>
        `new Rule.Matcher(List.of(${lits(asList(m.keyword)!)}), ${m.format === undefined ? "null" : `List.of(${lits(asList(m.format)!)})`}, ${m.notation === undefined ? "null" : lit(m.notation)}, ${m.codelist === undefined ? "null" : m.codelist}, ${m.separator === undefined ? "null" : m.separator})`,
    );
    return `    new Rule(${lits([r.id, r.severity, r.requirement])}, new Localized(${lits([r.zh, r.en])}), List.of(${matchers.join(", ")}))`;
  });
  const formats = [...catalogue.formats].map(([name, f]) => {
    const reasons = Object.entries(f.reasons).map(([k, t]) => `Map.entry(${lit(k)}, new Localized(${lits([t.zh, t.en])}))`);
    return `    Map.entry(${lit(name)}, new FormatInfo(new Localized(${lits([f.zh, f.en])}), Map.ofEntries(${reasons.join(", ")})))`;
  });
  const phrases = Object.entries(catalogue.phrases).map(([k, t]) => `Map.entry(${lit(k)}, new Localized(${lits([t.zh, t.en])}))`);
  const types = Object.entries(catalogue.jsonTypes).map(([k, t]) => `Map.entry(${lit(k)}, new Localized(${lits([t.zh, t.en])}))`);
  const lists = [...codelists.values()].map((l) => `    Map.entry(${lit(l.id)}, new Localized(${lits([l.zh, l.en])}))`);
  const codeInfo = (c: Code) => `new CodeInfo(${lit(c.code)}, new Localized(${lits([c.zh, c.en])}), ${c.validFrom === undefined ? "null" : lit(c.validFrom)}, ${c.validUntil === undefined ? "null" : lit(c.validUntil)})`;
  const codesOf = (select: (l: Codelist) => Array<[string, Code]>) =>
    [...codelists.values()]
      .map((l) => [l.id, select(l)] as const)
      .filter(([, entries]) => entries.length > 0)
      .map(([id, entries]) => `    Map.entry(${lit(id)}, Map.ofEntries(\n${entries.map(([k, c]) => `      Map.entry(${lit(k)}, ${codeInfo(c)})`).join(",\n")}))`);
  const aliases = codesOf((l) => l.codes.flatMap((c) => (c.aliases ?? []).map((a): [string, Code] => [a, c])));
  const versions = loadNormVersions().map((v) => `    new NormVersion(${lits([v.id, v.inForce])}, new Localized(${lits([v.zh, v.en])}))`);
  const dated = codesOf((l) => l.codes.filter(hasPeriod).map((c): [string, Code] => [c.code, c]));
  return javaFile(
    P.spec,
    "ValidationCatalogue",
    [`${P.runtime}.CodeInfo`, `${P.runtime}.FormatInfo`, `${P.runtime}.Localized`, `${P.runtime}.NormVersion`, `${P.runtime}.Rule`, "java.util.List", "java.util.Map"],
    `/** The validation rules of specs/reporting/validation-rules.yaml: IDs, severities, message templates, the JSON Schema failures each reports. */
public final class ValidationCatalogue {
  private ValidationCatalogue() {}

  /** In the catalogue's order (the order decides which rule reports a JSON Schema failure). */
  public static final List<Rule> RULES = List.of(
${rules.join(",\n")});

  /** The identifier formats: names and the worded reasons their checks return. */
  public static final Map<String, FormatInfo> FORMATS = Map.ofEntries(
${formats.join(",\n")});

  /** The parts of messages a validator puts together (a code's period, the items of a list), as templates. */
  public static final Map<String, Localized> PHRASES = Map.ofEntries(${phrases.join(", ")});

  /** The names of the JSON types, for messages. */
  public static final Map<String, Localized> JSON_TYPES = Map.ofEntries(${types.join(", ")});

  /** The names of the code lists, for messages. */
  public static final Map<String, Localized> CODE_LISTS = Map.ofEntries(
${lists.join(",\n")});

  /** By code list: the aliases its codes have (another spelling, accepted with a warning: rule field-code-alias) → the code. */
  public static final Map<String, Map<String, CodeInfo>> CODE_ALIASES = Map.ofEntries(
${aliases.join(",\n")});

  /** By code list: its codes valid only for a period (validFrom, validUntil), judged at a record's date (rule field-code-period). */
  public static final Map<String, Map<String, CodeInfo>> DATED_CODES = Map.ofEntries(
${dated.join(",\n")});

  /** The versions of the data norm (specs/reporting/norm-versions.yaml), oldest first; the last is the current one. */
  public static final List<NormVersion> NORM_VERSIONS = List.of(
${versions.join(",\n")});
}`,
  );
}

function regionsFile(codelists: Map<string, Codelist>): GeneratedFile {
  const region = codelists.get("REGION");
  const codes = (region?.codes ?? []).map((c) => c.code);
  const provinces = [...new Set((region?.codes ?? []).filter((c) => c.level === "province").map((c) => c.code.slice(0, 2)))];
  // A constant string holds at most 65535 bytes: the codes go in chunks of 4000.
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 4000) chunks.push(lit(codes.slice(i, i + 4000).join(",")));
  return javaFile(
    P.spec,
    "Regions",
    ["java.util.Set", "java.util.HashSet", "java.util.List"],
    `/** The codes of the code list REGION (GB/T 2260), for the format gbt2260-region, and the province prefixes for resident IDs. */
public final class Regions {
  private Regions() {}

  private static final String[] CHUNKS = { ${chunks.join(",\n    ")} };

  /** Every region code. */
  public static final Set<String> CODES = new HashSet<>(${codes.length * 2});
  static {
    for (String chunk : CHUNKS) for (String code : chunk.split(",")) if (!code.isEmpty()) CODES.add(code);
  }

  /** The first two digits of every province's code. */
  public static final Set<String> PROVINCE_PREFIXES = Set.copyOf(List.of(${lits(provinces)}));
}`,
  );
}

// ---------------------------------------------------------------- channel and access API

/** A Java constant's name for a header, channel or parameter name (Ywjy-Sequence → SEQUENCE, maxTokenLifetime → MAX_TOKEN_LIFETIME). */
const constName = (s: string) => s.replace(/^Ywjy-/, "").replace(/[^A-Za-z0-9]+/g, "_").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** The x-ywjy-parameters of an API document as constants, each with its zh/en meaning and unit. */
function parameterConstants(parameters: Record<string, { value: unknown; unit: string; zh: string; en: string }>): string[] {
  return Object.entries(parameters).map(
    ([k, p]) => `  /** ${javadoc(`${p.zh} — ${p.en}`)} (${p.unit}) */\n  public static final ${typeof p.value === "number" ? (Number.isInteger(p.value) ? "long" : "double") : "String"} ${constName(k)} = ${typeof p.value === "number" ? p.value : lit(String(p.value))};`,
  );
}

function channelFile(): GeneratedFile {
  const api = loadAsyncApi();
  const server = Object.values(api.servers)[0]!;
  const paths: Record<string, string> = {};
  for (const [name, ch] of Object.entries(api.channels)) if (ch.address) paths[name] = ch.address;
  const contentTypes: Record<string, string> = {};
  for (const [name, m] of Object.entries(api.components.messages)) if (m.contentType) contentTypes[name] = m.contentType;
  const scopes = Object.values(api.components.securitySchemes).flatMap((s) => Object.values<Schema>(s.flows ?? {}).flatMap((f) => Object.keys(f.availableScopes ?? {})));
  const params = parameterConstants(api["x-ywjy-parameters"]);
  return javaFile(
    P.spec,
    "Channel",
    ["java.util.List"],
    `/** The reporting channel (specs/reporting/asyncapi.yaml): headers, addresses, content types, scope, ordering fields and parameters. */
public final class Channel {
  private Channel() {}

  /** The spec bundle the channel belongs to. */
  public static final String SPEC_BUNDLE = ${lit(loadManifest().id)};
  public static final String SPEC_VERSION = ${lit(loadManifest().version)};

  /** The path of the intake under a platform's origin. */
  public static final String BASE_PATH = ${lit(server.pathname ?? "")};

${channelHeaderNames(api)
  .map((h) => `  public static final String HEADER_${constName(h)} = ${lit(h)};`)
  .join("\n")}

${Object.entries(paths)
  .map(([n, p]) => `  public static final String PATH_${constName(n)} = ${lit(p)};`)
  .join("\n")}

${Object.entries(contentTypes)
  .map(([n, t]) => `  public static final String CONTENT_TYPE_${constName(n)} = ${lit(t)};`)
  .join("\n")}

  /** The access-token scope a push needs. */
  public static final String PUSH_SCOPE = ${lit(scopes[0] ?? "")};

  /** The fields that name a record's tender project (its ordering key), in order of preference. */
  public static final List<String> ORDERING_KEY_FIELDS = List.of(${lits(api["x-ywjy-ordering-fields"])});

${params.join("\n")}
}`,
  );
}

/** A schema of the access document with its local $refs resolved (the document's schemas do not recurse where parameters point). */
function resolved(doc: Schema, s: Schema, depth = 0): Schema {
  if (depth > 20) throw new Error(`${GENERATOR}: $ref nesting too deep in generated/openapi/access.json`);
  if (Array.isArray(s)) return s.map((x) => resolved(doc, x, depth + 1)) as unknown as Schema;
  if (!s || typeof s !== "object") return s;
  if (typeof s.$ref === "string") {
    const target = s.$ref.replace(/^#\//, "").split("/").reduce((v: Schema, k: string) => v?.[k], doc);
    if (!target) throw new Error(`${GENERATOR}: unresolved ${s.$ref} in generated/openapi/access.json`);
    return resolved(doc, target, depth + 1);
  }
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, resolved(doc, v, depth + 1)]));
}

function accessApiFile(files: GeneratedFile[]): GeneratedFile {
  const doc = readJsonFile(files, "openapi/access.json");
  const ops: string[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths))
    for (const [method, op] of Object.entries<Schema>(item)) {
      if (!op?.operationId) continue;
      // The platform token's scopes; none (null) when the operation needs no token or takes another credential.
      const security: Array<Record<string, string[]>> = op.security ?? doc.security ?? [];
      const token = security.find((s) => "platformToken" in s);
      const scopes = security.length === 0 || security.some((s) => Object.keys(s).length === 0) || !token ? undefined : token.platformToken!;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => resolved(doc, p));
      const paramExprs = params.map((p) => `\n      new Param(${lits([p.name, p.in])}, ${p.required === true}, ${schemaExpr(p.schema ?? {}, "      ")})`);
      const body = op.requestBody ? resolved(doc, op.requestBody).content?.["application/json"]?.schema : undefined;
      ops.push(
        `  /** ${javadoc(`${op.summary ?? ""} — ${op["x-summary-en"] ?? ""}`)} */\n  public static final Operation ${op.operationId.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()} = new Operation(${lits([op.operationId, method.toUpperCase(), path])}, ${scopes ? `List.of(${lits(scopes)})` : "null"}, ${body ? schemaExpr(body, "      ") : "null"}, List.of(${paramExprs.join(",")}));`,
      );
    }
  const names = ops.map((o) => /Operation (\w+) =/.exec(o)![1]);
  const problems = (doc.components.schemas.ProblemCode.oneOf as Schema[]).map((c) => `    Map.entry(${lit(c.const)}, new Problem(${lit(c.const)}, ${c["x-status"]}, new Localized(${lits([c["x-zh"], c.title])})))`);
  const catalogue = doc["x-scenarios"] as { defaults: Record<string, string>; scenarios: Schema[] };
  const mapOf = (m: Record<string, string> | undefined) => `Map.of(${Object.entries(m ?? {}).flatMap(([k, v]) => [lit(k), lit(v)]).join(", ")})`;
  const scenarios = catalogue.scenarios.map(
    (sc) =>
      `    new Scenario(${lit(sc.name)}, new Localized(${lits([sc.zh, sc.en])}), List.of(${lits(sc.reads ?? [])}), List.of(${lits(sc.requires ?? [])}), ${mapOf(sc.defaults)},\n        List.of(${(sc.effects as Schema[]).map((e) => `new Effect(${e.DATA_NO}, ${e.count}, ${lit(e.action)})`).join(", ")}))`,
  );
  return javaFile(
    P.spec,
    "AccessApi",
    [`${P.runtime}.Localized`, `${P.runtime}.Schema`, "java.util.List", "java.util.Map"],
    `/** The access standard (generated/openapi/access.json): its operations with their parameters and scopes, its error codes, its conformance scenarios. */
public final class AccessApi {
  private AccessApi() {}

  /** A parameter: name, where it goes (path, query, header), whether it is required, its schema. */
  public record Param(String name, String in, boolean required, Schema schema) {}

  /** An operation: id, HTTP method, path template ({name} parameters), the scopes its token needs (null: no token), its JSON body's schema (null: none), its parameters. */
  public record Operation(String operationId, String method, String path, List<String> scopes, Schema body, List<Param> params) {}

  /** An error code of problem+json answers, with its HTTP status and title. */
  public record Problem(String code, int status, Localized title) {}

  /** What a scenario must produce: records of DATA_NO, how many, the audit action of each. */
  public record Effect(int dataNo, int count, String action) {}

  /** A conformance scenario (x-scenarios): the inputs it reads, the scenarios it needs first, its own input defaults, its effects in order. */
  public record Scenario(String name, Localized names, List<String> reads, List<String> requires, Map<String, String> defaults, List<Effect> effects) {}

  public static final String VERSION = ${lit(String(doc.info?.version ?? ""))};

${ops.join("\n")}

  /** Every operation, in the document's order. */
  public static final List<Operation> OPERATIONS = List.of(${names.join(", ")});

  /** The error codes by code. */
  public static final Map<String, Problem> PROBLEMS = Map.ofEntries(
${problems.join(",\n")});

  /** The access standard's parameters (x-ywjy-parameters): limits, timeouts and lifetimes. */
${parameterConstants(doc["x-ywjy-parameters"]).join("\n")}

  /** The scenario catalogue's input defaults ({x} is the value of input x). */
  public static final Map<String, String> SCENARIO_DEFAULTS = ${mapOf(catalogue.defaults)};

  /** The conformance scenarios, in the order the runner triggers them. */
  public static final List<Scenario> SCENARIOS = List.of(
${scenarios.join(",\n")});
}`,
  );
}

/** The bundled example record of each data set (specs/reporting/examples), as JSON text: templates for samples and tests. */
function examplesFile(): GeneratedFile {
  const dir = join(specsDir, "reporting", "examples");
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const record = JSON.parse(readFileSync(join(dir, f), "utf8")) as { DATA_NO: number };
      return `    Map.entry(${record.DATA_NO}, ${lit(JSON.stringify(record))})`;
    });
  return javaFile(
    P.spec,
    "Examples",
    ["java.util.Map"],
    `/** The example record of each data set (specs/reporting/examples), by DATA_NO, as JSON text. */
public final class Examples {
  private Examples() {}

  public static final Map<Integer, String> RECORDS = Map.ofEntries(
${entries.join(",\n")});
}`,
  );
}

/** The Java SDK's generated sources, from this run's schemas and API documents and the specs. */
export function generateJavaSdk(files: GeneratedFile[]): GeneratedFile[] {
  const codelists = loadCodelists();
  const dataSets = dataSetsOf(files);
  return [
    ...[...codelists.values()].filter(isJavaEnum).map(codeEnum),
    ...dataSets.map((d) => dataSetRecord(d, codelists)),
    ...dataSetRegistry(dataSets, codelists),
    ...envelopeFiles(files),
    catalogueFile(codelists),
    regionsFile(codelists),
    channelFile(),
    accessApiFile(files),
    examplesFile(),
  ];
}
