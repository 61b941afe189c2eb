package cn.xiamen.ggzy.ywjy.runtime;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Values in the norm's notation: dates yyyyMMdd and yyyyMMddHHmmss, codes (several joined by a separator). */
public final class NormValues {
  private NormValues() {}

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  public static LocalDate parseDate(String v) {
    return LocalDate.parse(v, DATE);
  }

  public static String formatDate(LocalDate d) {
    return d.format(DATE);
  }

  public static LocalDateTime parseDateTime(String v) {
    return LocalDateTime.parse(v, DATE_TIME);
  }

  /** Seconds only: the notation has no fraction. */
  public static String formatDateTime(LocalDateTime t) {
    return t.withNano(0).format(DATE_TIME);
  }

  public static <T> List<T> codes(String v, String separator, Function<String, T> fromCode) {
    List<T> out = new ArrayList<>();
    for (String c : v.split(java.util.regex.Pattern.quote(separator), -1)) out.add(fromCode.apply(c));
    return List.copyOf(out);
  }

  public static String joinCodes(List<? extends CodeEnum> codes, String separator) {
    StringBuilder b = new StringBuilder();
    for (CodeEnum c : codes) {
      if (b.length() > 0) b.append(separator);
      b.append(c.code());
    }
    return b.toString();
  }

  /** The value of a context field read by `parse`, or null when absent; the error names the field. */
  public static <T> T field(Map<String, String> context, String name, Function<String, T> parse) {
    String v = context.get(name);
    if (v == null) return null;
    try {
      return parse.apply(v);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + ": \"" + v + "\" does not fit the field's type (" + e.getMessage() + ")", e);
    }
  }
}
