package cn.xiamen.ggzy.ywjy.validate;

import cn.xiamen.ggzy.ywjy.identifiers.Identifiers;
import java.util.regex.Pattern;

/**
 * The JSON Schema formats the schemas use: the identifier formats (cn.xiamen.ggzy.ywjy.identifiers) and
 * the two of ajv-formats' "full" mode that the envelope uses, uri and date-time, with the same expressions.
 */
final class Formats {
  private Formats() {}

  // ajv-formats 3 (MIT), formats.js: URI, NOT_URI_FRAGMENT, DATE, TIME and date_time with a strict time zone.
  private static final Pattern URI = Pattern.compile("^(?:[a-z][a-z0-9+\\-.]*:)(?:\\/?\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)|(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\\d*)?(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\\?(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_URI_FRAGMENT = Pattern.compile("/|:");
  private static final Pattern DATE = Pattern.compile("^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$");
  private static final Pattern TIME = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_TIME_SEPARATOR = Pattern.compile("t|\\s", Pattern.CASE_INSENSITIVE);
  private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** Whether `value` has the format; true for a format this validator does not know (as ajv would not compile it, the generator would have failed first). */
  static boolean test(String format, String value) {
    var identifier = Identifiers.check(format);
    if (identifier != null) return identifier.apply(value) == null;
    switch (format) {
      case "uri": return NOT_URI_FRAGMENT.matcher(value).find() && URI.matcher(value).find();
      case "date-time": return dateTime(value);
      default: throw new IllegalStateException("format " + format + " is not known to the Java validator");
    }
  }

  private static boolean date(String s) {
    var m = DATE.matcher(s);
    if (!m.find()) return false;
    int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2)), day = Integer.parseInt(m.group(3));
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 && leap ? 29 : DAYS[month]);
  }

  private static boolean time(String s) {
    var m = TIME.matcher(s);
    if (!m.find()) return false;
    int hr = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
    double sec = Double.parseDouble(m.group(3));
    String tz = m.group(4);
    int tzSign = "-".equals(m.group(5)) ? -1 : 1;
    int tzH = m.group(6) != null ? Integer.parseInt(m.group(6)) : 0;
    int tzM = m.group(7) != null ? Integer.parseInt(m.group(7)) : 0;
    if (tzH > 23 || tzM > 59 || tz == null) return false;
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    int utcMin = min - tzM * tzSign;
    int utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr == 23 || utcHr == -1) && (utcMin == 59 || utcMin == -1) && sec < 61;
  }

  private static boolean dateTime(String s) {
    String[] parts = DATE_TIME_SEPARATOR.split(s, -1);
    return parts.length == 2 && date(parts[0]) && time(parts[1]);
  }
}
