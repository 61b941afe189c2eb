package cn.xiamen.ggzy.ywjy.validate;

import cn.xiamen.ggzy.ywjy.identifiers.Identifiers;
import cn.xiamen.ggzy.ywjy.runtime.CodeInfo;
import cn.xiamen.ggzy.ywjy.runtime.CodePeriodCheck;
import cn.xiamen.ggzy.ywjy.runtime.DataSetContract;
import cn.xiamen.ggzy.ywjy.runtime.JsJson;
import cn.xiamen.ggzy.ywjy.runtime.FormatInfo;
import cn.xiamen.ggzy.ywjy.runtime.ItemFormatCheck;
import cn.xiamen.ggzy.ywjy.runtime.Localized;
import cn.xiamen.ggzy.ywjy.runtime.Rule;
import cn.xiamen.ggzy.ywjy.runtime.Schema;
import cn.xiamen.ggzy.ywjy.runtime.SubjectCodeCheck;
import cn.xiamen.ggzy.ywjy.spec.DataSets;
import cn.xiamen.ggzy.ywjy.spec.Envelope;
import cn.xiamen.ggzy.ywjy.spec.ValidationCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validator of reported data — the same checks, rule IDs, paths, severities and messages as
 * `ywjy validate` (src/validate/record.ts): the envelope first, then the data set named by DATA_NO, then
 * DATA_EN against DATA_NO, the DATA_KEY prefix, the code hierarchy, subject codes by their kind, the items
 * of a list (@separator), codes valid only for a period at the record's date, city-level regions. Every
 * JSON Schema failure becomes a finding of a rule of the catalogue; a path gets one finding at most.
 *
 * <pre>
 *   Validator v = new Validator();
 *   for (Finding f : v.validateRecord(json, null)) System.out.println(f.ruleId() + " " + f.path() + " " + f.message().zh());
 * </pre>
 */
public final class Validator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Schema envelope = Envelope.record();
  private final Schema packageHeader = Envelope.packageHeader();
  private final Map<Integer, DataSetContract> dataSets = new HashMap<>();
  private final Map<String, Rule> rules = new HashMap<>();
  /** The version of the norm records are judged by: null for the current one, "by-date", or a version ID. */
  private final String normVersion;

  /** A validator that judges records by the current version of the norm. */
  public Validator() {
    this(null);
  }

  /**
   * A validator that judges records by the version `normVersion` of the norm (ValidationCatalogue.NORM_VERSIONS;
   * null for the current one), or by the version in force at each record's date ("by-date"): a field a
   * later version introduced (@since) is then not required. Throws IllegalArgumentException on an unknown version.
   */
  public Validator(String normVersion) {
    if (normVersion != null && !normVersion.equals("by-date")) normVersionIndex(normVersion);
    this.normVersion = normVersion;
    for (DataSetContract d : DataSets.ALL) dataSets.put(d.dataNo(), d);
    for (Rule r : ValidationCatalogue.RULES) rules.put(r.id(), r);
  }

  private static int normVersionIndex(String id) {
    List<String> ids = ValidationCatalogue.NORM_VERSIONS.stream().map(v -> v.id()).toList();
    if (!ids.contains(id)) throw new IllegalArgumentException("unknown norm version \"" + id + "\" (known: " + String.join(", ", ids) + ", or by-date)");
    return ids.indexOf(id);
  }

  /** Whether a field that version `since` introduced is required of a record dated `day` (yyyy-MM-dd, or null). */
  private boolean fieldInForce(String since, String day) {
    if (normVersion == null) return true;
    int judgedBy = ValidationCatalogue.NORM_VERSIONS.size() - 1;
    if (!normVersion.equals("by-date")) judgedBy = normVersionIndex(normVersion);
    else if (day != null) {
      judgedBy = -1;
      for (int i = 0; i < ValidationCatalogue.NORM_VERSIONS.size(); i++) if (ValidationCatalogue.NORM_VERSIONS.get(i).inForce().compareTo(day) <= 0) judgedBy = i;
    }
    return normVersionIndex(since) <= judgedBy;
  }

  /** Drops the field-mandatory findings of fields the version the record is judged by did not have yet (@since). */
  private void forgiveLaterFields(List<Finding> out, JsonNode context, DataSetContract plan) {
    if (normVersion == null) return;
    String day = recordDay(context, plan);
    out.removeIf(f -> f.ruleId().equals("field-mandatory") && f.path().startsWith("/context/")
        && plan.since().containsKey(f.path().substring("/context/".length())) && !fieldInForce(plan.since().get(f.path().substring("/context/".length())), day));
  }

  /** The findings of one report record given as JSON text. */
  public List<Finding> validateRecord(String json, String systemNo) {
    try {
      return validateRecord(JSON.readTree(json), systemNo);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Whether a record has no error (warnings allowed). */
  public boolean isValid(JsonNode record) {
    return validateRecord(record, null).stream().noneMatch(f -> f.severity().equals("error"));
  }

  /** The findings of one report record (none when it is valid); `systemNo` is the SYSTEM_NO of its package, or null. */
  public List<Finding> validateRecord(JsonNode record, String systemNo) {
    List<Finding> out = new ArrayList<>();
    if (!record.isObject()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("field", new Localized("上报记录", "record"));
      p.put("value", JsJson.show(record));
      p.put("limit", jsonType("object"));
      Object detail = fill(ruleForFailure("type", null, null, false, false).message(), p);
      add(out, null, "envelope-invalid", "", Map.of("detail", detail));
      return out;
    }
    List<SchemaError> envelopeErrors = SchemaChecker.check(envelope, record);
    boolean envelopeValid = envelopeErrors.isEmpty();
    if (!envelopeValid) addSchemaErrors(out, record, "envelope", envelopeErrors, record, envelope, "", null);
    JsonNode dataNo = record.get("DATA_NO");
    if (dataNo == null || !SchemaChecker.hasType(dataNo, "integer")) return out;
    DataSetContract plan = dataNo.canConvertToInt() ? dataSets.get(dataNo.intValue()) : null;
    if (plan == null) {
      add(out, record, "data-no-unknown", "/DATA_NO", Map.of("value", JsJson.show(dataNo)));
      return out;
    }
    JsonNode dataEn = record.get("DATA_EN");
    if (dataEn != null && dataEn.isTextual() && !dataEn.textValue().equals(plan.dataEn()))
      add(out, record, "data-en-mismatch", "/DATA_EN", params("value", JsJson.show(dataEn), "dataNo", plan.dataNo(), "limit", plan.dataEn()));
    JsonNode key = record.get("DATA_KEY");
    if (key != null && key.isTextual() && (envelopeValid || Identifiers.dataKey(key.textValue()) == null)) {
      String prefix = Identifiers.dataKeyPrefix(key.textValue(), plan.dataNo(), systemNo);
      if (prefix != null) {
        Map<String, Object> rp = new HashMap<>();
        rp.put("systemNo", systemNo);
        rp.put("dataNo", plan.dataNo());
        add(out, record, "data-key-invalid", "/DATA_KEY", params("value", JsJson.show(key), "reason", reason("data-key", prefix, rp)));
      }
    }
    JsonNode context = record.get("context");
    if (context == null || !context.isObject()) return out;
    Schema schema = plan.schema();
    List<SchemaError> errors = SchemaChecker.check(schema, context);
    if (!errors.isEmpty()) {
      addSchemaErrors(out, record, "context", errors, context, schema, "/context", plan);
      if (!plan.since().isEmpty()) forgiveLaterFields(out, context, plan);
    }
    if (plan.hierarchy()) checkHierarchy(out, record, context, plan);
    if (!plan.subjectCodes().isEmpty()) checkSubjectCodes(out, record, context, plan);
    if (!plan.itemFormats().isEmpty()) checkItemFormats(out, record, context, plan);
    if (!plan.codePeriods().isEmpty()) checkCodePeriods(out, record, context, plan);
    if (!plan.cityLevel().isEmpty()) checkCityLevel(out, record, context, plan);
    return out;
  }

  /** The findings of a package's header (check its records one by one with validateRecord). */
  public List<Finding> validatePackageHeader(JsonNode pkg) {
    List<Finding> out = new ArrayList<>();
    List<SchemaError> errors = SchemaChecker.check(packageHeader, pkg);
    if (!errors.isEmpty()) addSchemaErrors(out, null, "package", errors, pkg, packageHeader, "", null);
    return out;
  }

  private void checkHierarchy(List<Finding> out, JsonNode record, JsonNode context, DataSetContract plan) {
    for (String[] problem : Identifiers.codeHierarchy(DataSets.CODE_HIERARCHY, f -> context.has(f) && context.get(f).isTextual() ? context.get(f).textValue() : null))
      add(out, record, "field-code-hierarchy", "/context/" + problem[0],
          params("field", fieldOf(plan, problem[0]), "value", JsJson.show(context.get(problem[0])), "parentField", fieldOf(plan, problem[1]), "parentValue", JsJson.show(context.get(problem[1]))));
  }

  private void checkSubjectCodes(List<Finding> out, JsonNode record, JsonNode context, DataSetContract plan) {
    for (SubjectCodeCheck c : plan.subjectCodes()) {
      JsonNode value = context.get(c.field());
      JsonNode type = context.get(c.typeField());
      if (value == null || type == null || !value.isTextual() || !type.isTextual() || value.textValue().equals(c.placeholder())) continue;
      SubjectCodeCheck.Kind kind = c.kind(type.textValue());
      if (kind == null) continue;
      String result = Identifiers.check(kind.format()).apply(value.textValue());
      if (result == null) continue;
      FormatInfo format = ValidationCatalogue.FORMATS.get(kind.format());
      String t = type.textValue();
      add(out, record, "field-subject-code", "/context/" + c.field(),
          params("field", fieldOf(plan, c.field()), "value", JsJson.show(value), "kind", format != null ? format.name() : kind.format(),
              "typeField", fieldOf(plan, c.typeField()), "typeCode", new Localized(t + "（" + kind.name().zh() + "）", t + " (" + kind.name().en() + ")"),
              "reason", reason(kind.format(), result, Map.of())));
    }
  }

  /** Each item of a field that lists several (@separator) passes the field's identifier format. */
  private void checkItemFormats(List<Finding> out, JsonNode record, JsonNode context, DataSetContract plan) {
    for (ItemFormatCheck c : plan.itemFormats()) {
      JsonNode value = context.get(c.field());
      if (value == null || !value.isTextual()) continue;
      for (String item : value.textValue().split(Pattern.quote(c.separator()), -1)) {
        String result = Identifiers.check(c.format()).apply(item);
        if (result == null) continue;
        FormatInfo info = ValidationCatalogue.FORMATS.get(c.format());
        add(out, record, ruleForFailure("format", c.format(), null, false, false).id(), "/context/" + c.field(),
            params("field", fieldOf(plan, c.field()), "value", JsJson.show(com.fasterxml.jackson.databind.node.TextNode.valueOf(item)), "limit", info != null ? info.name() : c.format(), "reason", reason(c.format(), result, Map.of())));
        break;
      }
    }
  }

  /** The record's date as yyyy-MM-dd: the first 8 digits of its record-date field, when they are a real day; else null. */
  private static String recordDay(JsonNode context, DataSetContract plan) {
    JsonNode v = context.get(plan.recordDateField());
    if (v == null || !v.isTextual() || v.textValue().length() < 8 || Identifiers.yyyyMMdd(v.textValue().substring(0, 8)) != null) return null;
    String t = v.textValue();
    return t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6, 8);
  }

  /** Codes valid only for a period are judged at the record's date (rule field-code-period). */
  private void checkCodePeriods(List<Finding> out, JsonNode record, JsonNode context, DataSetContract plan) {
    String day = recordDay(context, plan);
    if (day == null) return;
    for (CodePeriodCheck c : plan.codePeriods()) {
      JsonNode value = context.get(c.field());
      if (value == null || !value.isTextual()) continue;
      Map<String, CodeInfo> dated = ValidationCatalogue.DATED_CODES.getOrDefault(c.codelist(), Map.of());
      for (String item : c.separator() == null ? new String[] {value.textValue()} : value.textValue().split(Pattern.quote(c.separator()), -1)) {
        CodeInfo code = dated.get(item);
        if (code == null || code.isValidOn(day)) continue;
        add(out, record, "field-code-period", "/context/" + c.field(),
            params("field", fieldOf(plan, c.field()), "value", JsJson.show(com.fasterxml.jackson.databind.node.TextNode.valueOf(item)), "name", code.name().zh(), "date", day,
                "period", fill(ValidationCatalogue.PHRASES.get(code.periodPhrase()), params("from", code.validFrom(), "until", code.validUntil()))));
        break;
      }
    }
  }

  /** A city-level region code: ends in 00 but not in 0000 (350200 厦门市). */
  private static final Pattern CITY_LEVEL = Pattern.compile("\\d{4}00");

  /** Fields for which the norm asks a city-level region code hold one (rule field-region-level). */
  private void checkCityLevel(List<Finding> out, JsonNode record, JsonNode context, DataSetContract plan) {
    for (String field : plan.cityLevel()) {
      JsonNode value = context.get(field);
      if (value == null || !value.isTextual() || (CITY_LEVEL.matcher(value.textValue()).matches() && !value.textValue().endsWith("0000"))) continue;
      add(out, record, "field-region-level", "/context/" + field, params("field", fieldOf(plan, field), "value", JsJson.show(value)));
    }
  }

  private void addSchemaErrors(List<Finding> out, JsonNode record, String scope, List<SchemaError> errors, JsonNode data, Schema root, String prefix, DataSetContract plan) {
    for (SchemaError err : errors) {
      String missing = err.keyword().equals("required") ? (String) err.params().get("missingProperty") : null;
      String extra = err.keyword().equals("additionalProperties") ? (String) err.params().get("additionalProperty") : null;
      String pointer = missing != null || extra != null ? err.instancePath() + "/" + (missing != null ? missing : extra) : err.instancePath();
      String path = prefix + pointer;
      if (out.stream().anyMatch(f -> f.path().equals(path))) continue;
      Schema fieldSchema = extra == null ? schemaAt(root, pointer) : null;
      String name = pointer.substring(pointer.lastIndexOf('/') + 1);
      JsonNode value = missing == null ? valueAt(data, pointer) : MissingNode.getInstance();
      String format = err.keyword().equals("format") ? (String) err.params().get("format") : null;
      Rule fieldRule = ruleForFailure(err.keyword(), format, fieldSchema != null ? fieldSchema.notationKind : null, fieldSchema != null && fieldSchema.codelist != null, fieldSchema != null && fieldSchema.separator != null);
      Map<String, Object> p = failureParams(err, fieldSchema, name, value, plan);
      CodeInfo aliased = err.keyword().equals("enum") && value.isTextual() && fieldSchema != null && fieldSchema.codelist != null
          ? ValidationCatalogue.CODE_ALIASES.getOrDefault(fieldSchema.codelist, Map.of()).get(value.textValue()) : null;
      if (aliased != null && scope.equals("context")) {
        p.put("code", aliased.code());
        p.put("name", aliased.name());
        add(out, record, "field-code-alias", path, p);
        continue;
      }
      if (scope.equals("context")) {
        add(out, record, fieldRule.id(), path, p);
        continue;
      }
      String[] segs = pointer.split("/", -1);
      String top = segs.length > 1 ? segs[1] : null;
      if (scope.equals("envelope") && "DATA_NO".equals(top) && missing == null) add(out, record, "data-no-unknown", path, Map.of("value", JsJson.show(value)));
      else if (scope.equals("envelope") && "DATA_KEY".equals(top) && missing == null)
        add(out, record, "data-key-invalid", path, params("value", JsJson.show(value), "reason", reason("data-key", value.isTextual() ? Identifiers.dataKey(value.textValue()) : "length", Map.of())));
      else add(out, record, scope.equals("package") ? "package-invalid" : "envelope-invalid", path, Map.of("detail", fill(fieldRule.message(), p)));
    }
  }

  private Map<String, Object> failureParams(SchemaError err, Schema fieldSchema, String name, JsonNode value, DataSetContract plan) {
    Map<String, Object> p = new HashMap<>();
    p.put("field", fieldLabel(fieldSchema, name));
    p.put("value", JsJson.show(value));
    p.put("detail", err.message());
    String notation = fieldSchema != null ? fieldSchema.notation : null;
    switch (err.keyword()) {
      case "minLength", "maxLength" -> {
        p.put("limit", notation != null ? notation : (err.keyword().equals("maxLength") ? "≤" : "≥") + " " + err.params().get("limit"));
        if (value.isTextual()) p.put("length", value.textValue().codePointCount(0, value.textValue().length()));
      }
      case "pattern" -> {
        if (fieldSchema != null && fieldSchema.separator != null && value.isTextual()) {
          // A fixed length cN applies to each item of a list; the length shown is the first wrong item's.
          String sep = fieldSchema.separator;
          Integer fixed = "char".equals(fieldSchema.notationKind) && fieldSchema.notation.matches("c\\d+") ? Integer.valueOf(fieldSchema.notation.substring(1)) : null;
          String wrong = value.textValue();
          for (String item : value.textValue().split(Pattern.quote(sep), -1))
            if (fixed != null && item.codePointCount(0, item.length()) != fixed) {
              wrong = item;
              break;
            }
          p.put("limit", fill(ValidationCatalogue.PHRASES.get("eachItem"), params("limit", notation, "separator", sep)));
          p.put("length", wrong.codePointCount(0, wrong.length()));
          return p;
        }
        Object label = codelistLabel(fieldSchema);
        p.put("limit", fieldSchema != null && "number".equals(fieldSchema.notationKind) ? notation : label != null ? label : err.params().get("pattern"));
      }
      case "enum" -> {
        Object label = codelistLabel(fieldSchema);
        if (label == null) {
          List<String> shown = new ArrayList<>();
          for (Object a : (List<?>) err.params().get("allowedValues")) shown.add(a instanceof String s ? JsJson.stringify(com.fasterxml.jackson.databind.node.TextNode.valueOf(s)) : JsJson.number(((Number) a).doubleValue()));
          label = String.join(", ", shown);
        }
        p.put("limit", label);
      }
      case "type" -> p.put("limit", jsonType((String) err.params().get("type")));
      case "format" -> {
        String format = (String) err.params().get("format");
        FormatInfo info = ValidationCatalogue.FORMATS.get(format);
        p.put("limit", format.startsWith("yyyy") || info == null ? format : info.name());
        if (Identifiers.isIdentifierFormat(format) && value.isTextual()) p.put("reason", reason(format, Identifiers.check(format).apply(value.textValue()), Map.of()));
      }
      case "additionalProperties" -> {
        if (plan != null) {
          p.put("dataSet", new Localized(plan.dataNo() + " " + plan.dataEn() + "（" + plan.names().zh() + "）", plan.dataNo() + " " + plan.dataEn() + " (" + plan.names().en() + ")"));
        }
      }
      default -> {}
    }
    return p;
  }

  /** The rule that reports a JSON Schema failure: first a narrowed matcher that matches, else the first plain one, else the catch-all. */
  private Rule ruleForFailure(String keyword, String format, String notation, boolean codelist, boolean separator) {
    Rule plain = null;
    Rule any = null;
    for (Rule rule : ValidationCatalogue.RULES)
      for (Rule.Matcher m : rule.matchers()) {
        if (m.keywords().contains("*") && any == null) any = rule;
        if (!m.keywords().contains(keyword)) continue;
        if (m.formats() == null && m.notation() == null && m.codelist() == null && m.separator() == null) {
          if (plain == null) plain = rule;
        } else if ((m.formats() == null || (format != null && m.formats().contains(format)))
            && (m.notation() == null || m.notation().equals(notation))
            && (m.codelist() == null || m.codelist() == codelist)
            && (m.separator() == null || m.separator() == separator)) return rule;
      }
    Rule rule = plain != null ? plain : any;
    if (rule == null) throw new IllegalStateException("no rule reports the JSON Schema keyword " + keyword);
    return rule;
  }

  private void add(List<Finding> out, JsonNode record, String ruleId, String path, Map<String, Object> p) {
    if (out.stream().anyMatch(f -> f.path().equals(path))) return;
    Rule rule = rules.get(ruleId);
    if (rule == null) throw new IllegalStateException("unknown validation rule " + ruleId);
    JsonNode no = record != null ? record.get("DATA_NO") : null;
    Number dataNo = no == null || !no.isNumber() ? null : SchemaChecker.hasType(no, "integer") && no.canConvertToLong() ? (Number) no.longValue() : (Number) no.doubleValue();
    String dataKey = record != null && record.has("DATA_KEY") && record.get("DATA_KEY").isTextual() ? record.get("DATA_KEY").textValue() : null;
    out.add(new Finding(ruleId, rule.severity(), dataNo, dataKey, path, fill(rule.message(), p)));
  }

  /** The worded reason an identifier check gave, filled with `p`. */
  private Object reason(String format, String code, Map<String, Object> p) {
    if (code == null) return null;
    FormatInfo info = ValidationCatalogue.FORMATS.get(format);
    Localized text = info != null ? info.reasons().get(code) : null;
    return text != null ? fill(text, p) : code;
  }

  private Object codelistLabel(Schema fieldSchema) {
    if (fieldSchema == null || fieldSchema.codelist == null) return null;
    Localized list = ValidationCatalogue.CODE_LISTS.get(fieldSchema.codelist);
    return list == null ? null : new Localized(fieldSchema.codelist + "（" + list.zh() + "）", fieldSchema.codelist + " (" + list.en() + ")");
  }

  private Object jsonType(String type) {
    Localized t = ValidationCatalogue.JSON_TYPES.get(type);
    return t != null ? t : type;
  }

  private Object fieldOf(DataSetContract plan, String name) {
    return fieldLabel(plan.schema().properties.get(name), name);
  }

  private Object fieldLabel(Schema s, String name) {
    return s != null && s.zh != null && s.en != null ? new Localized(name + "（" + s.zh + "）", name + " (" + s.en + ")") : name;
  }

  /** The schema of the value at a JSON Pointer, as far as it can be followed. */
  private static Schema schemaAt(Schema schema, String pointer) {
    Schema s = schema;
    String[] segs = pointer.split("/", -1);
    for (int i = 1; i < segs.length; i++) {
      if (s == null) return null;
      String name = segs[i].replace("~1", "/").replace("~0", "~");
      s = "array".equals(s.type) ? s.items : s.properties.containsKey(name) ? s.properties.get(name) : s.additionalSchema;
    }
    return s;
  }

  private static JsonNode valueAt(JsonNode data, String pointer) {
    JsonNode v = data;
    String[] segs = pointer.split("/", -1);
    for (int i = 1; i < segs.length; i++) {
      if (v == null || v.isMissingNode()) return MissingNode.getInstance();
      v = v.isArray() ? (segs[i].matches("\\d+") ? v.get(Integer.parseInt(segs[i])) : null) : v.isObject() ? v.get(segs[i]) : null;
      if (v == null) return MissingNode.getInstance();
    }
    return v;
  }

  private static Map<String, Object> params(Object... kv) {
    Map<String, Object> p = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) p.put((String) kv[i], kv[i + 1]);
    return p;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

  /** Fills a template whose parameters may differ by language ({name} stays when the parameter is not given). */
  static Localized fill(Localized template, Map<String, Object> p) {
    return new Localized(fillOne(template.zh(), p, true), fillOne(template.en(), p, false));
  }

  private static String fillOne(String template, Map<String, Object> p, boolean zh) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Object v = p.get(m.group(1));
      if (v instanceof Localized l) v = zh ? l.zh() : l.en();
      String text = v == null ? "{" + m.group(1) + "}" : v instanceof Double d ? JsJson.number(d) : String.valueOf(v);
      m.appendReplacement(b, Matcher.quoteReplacement(text));
    }
    m.appendTail(b);
    return b.toString();
  }
}
