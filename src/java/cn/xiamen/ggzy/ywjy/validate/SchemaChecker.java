package cn.xiamen.ggzy.ywjy.validate;

import cn.xiamen.ggzy.ywjy.runtime.JsJson;
import cn.xiamen.ggzy.ywjy.runtime.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a value against a Schema tree (the validator's, and a server's parameters) as ajv does (draft-07, allErrors), keyword by keyword in ajv's
 * order, so that the first failure at a path is the one the TypeScript validator reports:
 * a type error first when the schema has no keyword of its type; then enum; then, when the value has the
 * type, the string keywords (maxLength, minLength, pattern, format), the array's items, the object's
 * required, additionalProperties and properties — else the type error.
 */
public final class SchemaChecker {
  private SchemaChecker() {}

  public static List<SchemaError> check(Schema schema, JsonNode data) {
    List<SchemaError> errors = new ArrayList<>();
    validate(schema, data, "", errors);
    return errors;
  }

  private static boolean hasStringKeywords(Schema s) {
    return s.maxLength != null || s.minLength != null || s.pattern != null || s.format != null;
  }

  private static boolean hasObjectKeywords(Schema s) {
    return !s.required.isEmpty() || s.additionalAllowed != null || s.additionalSchema != null || !s.properties.isEmpty();
  }

  private static boolean hasRulesFor(Schema s, String type) {
    switch (type) {
      case "string": return hasStringKeywords(s);
      case "object": return hasObjectKeywords(s);
      case "array": return s.items != null;
      // ajv keeps no group for integer: its type is always checked first.
      case "number": return s.format != null || s.minimum != null || s.maximum != null;
      default: return false;
    }
  }

  public static boolean hasType(JsonNode v, String type) {
    switch (type) {
      case "string": return v.isTextual();
      case "integer": return v.isNumber() && (v.isIntegralNumber() || v.doubleValue() == Math.rint(v.doubleValue())) && !Double.isInfinite(v.doubleValue());
      case "number": return v.isNumber();
      case "object": return v.isObject();
      case "array": return v.isArray();
      case "boolean": return v.isBoolean();
      case "null": return v.isNull();
      default: return true;
    }
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static void fail(List<SchemaError> errors, String keyword, String path, Map<String, Object> params, String message) {
    errors.add(new SchemaError(keyword, path, params, message));
  }

  private static void typeError(List<SchemaError> errors, Schema s, String path) {
    fail(errors, "type", path, Map.of("type", s.type), "must be " + s.type);
  }

  private static void validate(Schema s, JsonNode data, String path, List<SchemaError> errors) {
    boolean checkTypeFirst = s.type != null && !hasRulesFor(s, s.type);
    if (checkTypeFirst && !hasType(data, s.type)) typeError(errors, s, path);
    if (s.enumValues != null) {
      boolean found = false;
      for (Object allowed : s.enumValues) if (JsJson.jsonEquals(data, allowed)) found = true;
      if (!found) fail(errors, "enum", path, Map.of("allowedValues", s.enumValues), "must be equal to one of the allowed values");
    }
    // The number group: maximum and minimum; it holds format too, but a format of strings passes a number.
    if (s.minimum != null || s.maximum != null) {
      if (data.isNumber()) {
        if (s.maximum != null && data.doubleValue() > s.maximum) fail(errors, "maximum", path, Map.of("comparison", "<=", "limit", s.maximum), "must be <= " + JsJson.number(s.maximum));
        if (s.minimum != null && data.doubleValue() < s.minimum) fail(errors, "minimum", path, Map.of("comparison", ">=", "limit", s.minimum), "must be >= " + JsJson.number(s.minimum));
      } else if ("number".equals(s.type)) typeError(errors, s, path);
    }
    if (hasStringKeywords(s)) {
      if (data.isTextual()) stringKeywords(s, data.textValue(), path, errors);
      else if ("string".equals(s.type)) typeError(errors, s, path);
    }
    if (s.items != null) {
      if (data.isArray()) for (int i = 0; i < data.size(); i++) validate(s.items, data.get(i), path + "/" + i, errors);
      else if ("array".equals(s.type)) typeError(errors, s, path);
    }
    if (hasObjectKeywords(s)) {
      if (data.isObject()) objectKeywords(s, data, path, errors);
      else if ("object".equals(s.type)) typeError(errors, s, path);
    }
  }

  private static void stringKeywords(Schema s, String value, String path, List<SchemaError> errors) {
    int length = value.codePointCount(0, value.length());
    if (s.maxLength != null && length > s.maxLength) fail(errors, "maxLength", path, Map.of("limit", s.maxLength), "must NOT have more than " + s.maxLength + " characters");
    if (s.minLength != null && length < s.minLength) fail(errors, "minLength", path, Map.of("limit", s.minLength), "must NOT have fewer than " + s.minLength + " characters");
    if (s.compiledPattern != null && !s.compiledPattern.matcher(value).find()) fail(errors, "pattern", path, Map.of("pattern", s.pattern), "must match pattern \"" + s.pattern + "\"");
    if (s.format != null && !Formats.test(s.format, value)) fail(errors, "format", path, Map.of("format", s.format), "must match format \"" + s.format + "\"");
  }

  private static void objectKeywords(Schema s, JsonNode data, String path, List<SchemaError> errors) {
    for (String name : s.required)
      if (!data.has(name)) fail(errors, "required", path, Map.of("missingProperty", name), "must have required property '" + name + "'");
    if (Boolean.FALSE.equals(s.additionalAllowed) || s.additionalSchema != null)
      for (String key : JsJson.keys(data)) {
        if (s.properties.containsKey(key)) continue;
        if (s.additionalSchema != null) validate(s.additionalSchema, data.get(key), path + "/" + escape(key), errors);
        else fail(errors, "additionalProperties", path, Map.of("additionalProperty", key), "must NOT have additional properties");
      }
    for (Map.Entry<String, Schema> p : s.properties.entrySet()) {
      JsonNode v = data.get(p.getKey());
      if (v != null) validate(p.getValue(), v, path + "/" + escape(p.getKey()), errors);
    }
  }
}
