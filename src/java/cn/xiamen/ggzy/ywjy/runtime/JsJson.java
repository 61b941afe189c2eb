package cn.xiamen.ggzy.ywjy.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON as JavaScript writes and orders it (JSON.stringify, and an object's keys with integer-like keys
 * first, ascending): messages quote values as the TypeScript validator does, and ajv visits properties
 * in that order. Also RFC 8785 canonical JSON (keys sorted by UTF-16 code units), for record digests.
 */
public final class JsJson {
  private JsJson() {}

  /** A value as it appears in a message: JSON, cut at 80 characters (UTF-16 units, as JavaScript counts). */
  public static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) return "";
    String s = stringify(value);
    return s.length() > 80 ? s.substring(0, 77) + "…" : s;
  }

  public static String stringify(JsonNode v) {
    StringBuilder b = new StringBuilder();
    write(b, v);
    return b.toString();
  }

  /** The object's field names in JavaScript's property order. */
  public static List<String> keys(JsonNode object) {
    List<String> indices = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      (isArrayIndex(k) ? indices : others).add(k);
    }
    indices.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    indices.addAll(others);
    return indices;
  }

  private static boolean isArrayIndex(String k) {
    if (k.isEmpty() || k.length() > 10 || (k.length() > 1 && k.charAt(0) == '0')) return false;
    for (int i = 0; i < k.length(); i++) if (k.charAt(i) < '0' || k.charAt(i) > '9') return false;
    return Long.parseLong(k) < 4294967295L;
  }

  /** RFC 8785 (JSON Canonicalization Scheme): no whitespace, object keys sorted by UTF-16 code units. */
  public static String canonical(JsonNode v) {
    StringBuilder b = new StringBuilder();
    write(b, v, true);
    return b.toString();
  }

  private static void write(StringBuilder b, JsonNode v) {
    write(b, v, false);
  }

  private static void write(StringBuilder b, JsonNode v, boolean sorted) {
    if (v.isTextual()) quote(b, v.textValue());
    else if (v.isNumber()) b.append(number(v.doubleValue()));
    else if (v.isBoolean()) b.append(v.booleanValue());
    else if (v.isNull()) b.append("null");
    else if (v.isArray()) {
      b.append('[');
      for (int i = 0; i < v.size(); i++) {
        if (i > 0) b.append(',');
        write(b, v.get(i), sorted);
      }
      b.append(']');
    } else if (v.isObject()) {
      b.append('{');
      boolean first = true;
      List<String> keys = keys(v);
      if (sorted) keys.sort(null);
      for (String k : keys) {
        if (!first) b.append(',');
        first = false;
        quote(b, k);
        b.append(':');
        write(b, v.get(k), sorted);
      }
      b.append('}');
    }
  }

  /** A number as JavaScript prints it. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return "null";
    if (d == Math.rint(d) && Math.abs(d) < 1e21) return new BigDecimal(d).toBigInteger().toString();
    BigDecimal x = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exponent = x.precision() - x.scale() - 1;
    if (exponent >= -7 && exponent < 21) return x.toPlainString();
    String digits = x.unscaledValue().abs().toString();
    String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
    return (d < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
  }

  private static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\b': b.append("\\b"); break;
        case '\f': b.append("\\f"); break;
        case '\n': b.append("\\n"); break;
        case '\r': b.append("\\r"); break;
        case '\t': b.append("\\t"); break;
        default:
          boolean lone = Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
          if (c < 0x20 || lone) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
      }
    }
    b.append('"');
  }

  /** Whether two JSON values are equal (ajv's enum): same type and value. */
  public static boolean jsonEquals(JsonNode data, Object allowed) {
    if (allowed instanceof String s) return data.isTextual() && data.textValue().equals(s);
    if (allowed instanceof Number n) return data.isNumber() && data.doubleValue() == n.doubleValue();
    return false;
  }

  public static Map.Entry<String, JsonNode> entry(String k, JsonNode v) {
    return Map.entry(k, v);
  }
}
