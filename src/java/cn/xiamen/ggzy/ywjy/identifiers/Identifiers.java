package cn.xiamen.ggzy.ywjy.identifiers;

import cn.xiamen.ggzy.ywjy.spec.Regions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The identifier checks of the reporting norms (the algorithms of src/identifiers, ported): each returns
 * null when the value is valid, else the reason it fails — the same kebab-case words, worded in the rule
 * catalogue's formats. The data they need (region codes) is generated (cn.xiamen.ggzy.ywjy.spec.Regions).
 */
public final class Identifiers {
  private Identifiers() {}

  /** The check of a format by its name, or null when the format is not an identifier format. */
  public static java.util.function.Function<String, String> check(String format) {
    switch (format) {
      case "uscc": return Identifiers::uscc;
      case "organization-code": return Identifiers::organizationCode;
      case "resident-id": return v -> residentId(v, todayInChina());
      case "gbt2260-region": return Identifiers::region;
      case "invest-project-code": return Identifiers::investProjectCode;
      case "unified-deal-code": return Identifiers::unifiedDealCode;
      case "data-key": return Identifiers::dataKey;
      case "yyyyMMddHHmmss": return Identifiers::yyyyMMddHHmmss;
      case "yyyyMMdd": return Identifiers::yyyyMMdd;
      default: return null;
    }
  }

  public static boolean isIdentifierFormat(String format) {
    return check(format) != null;
  }

  // ------------------------------------------------------------ character helpers

  private static int[] table(String alphabet) {
    int[] t = new int[128];
    java.util.Arrays.fill(t, -1);
    for (int i = 0; i < alphabet.length(); i++) t[alphabet.charAt(i)] = i;
    return t;
  }

  private static int valueAt(int[] table, String value, int i) {
    char c = value.charAt(i);
    return c < 128 ? table[c] : -1;
  }

  /** The number written by the digits value[from, to), or -1 when one is not a digit. */
  static int digitsAt(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int d = value.charAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  // ------------------------------------------------------------ dates

  private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  static boolean isLeapYear(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  static String dateAt(String value, int from) {
    int year = digitsAt(value, from, from + 4);
    int month = digitsAt(value, from + 4, from + 6);
    int day = digitsAt(value, from + 6, from + 8);
    if (year < 0 || month < 0 || day < 0) return "digits";
    if (year < 1900) return "year";
    if (month < 1 || month > 12) return "month";
    int days = month == 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
    if (day < 1 || day > days) return "day";
    return null;
  }

  public static String yyyyMMdd(String value) {
    return value.length() == 8 ? dateAt(value, 0) : "length";
  }

  public static String yyyyMMddHHmmss(String value) {
    if (value.length() != 14) return "length";
    String date = dateAt(value, 0);
    if (date != null) return date;
    int h = digitsAt(value, 8, 10), m = digitsAt(value, 10, 12), s = digitsAt(value, 12, 14);
    if (h < 0 || m < 0 || s < 0) return "digits";
    return h <= 23 && m <= 59 && s <= 59 ? null : "time";
  }

  /** Today in China (UTC+8) as the number yyyyMMdd. */
  public static int todayInChina() {
    LocalDate d = LocalDate.now(ZoneOffset.ofHours(8));
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  // ------------------------------------------------------------ GB 11714 organisation code

  private static final int[] ORG_BODY = table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ORG_CHECK = "0123456789X0";

  static Character organizationCheckChar(String value, int from) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      int v = valueAt(ORG_BODY, value, from + i);
      if (v < 0) return null;
      sum += v * ORG_WEIGHTS[i];
    }
    return ORG_CHECK.charAt(11 - (sum % 11));
  }

  public static String organizationCode(String value) {
    if (value.length() != 9) return "length";
    Character check = organizationCheckChar(value, 0);
    if (check == null) return "charset";
    return value.charAt(8) == check ? null : "check-digit";
  }

  // ------------------------------------------------------------ GB 32100 unified social credit code

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC = table(USCC_ALPHABET);
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  static Character usccCheckChar(String value) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = valueAt(USCC, value, i);
      if (v < 0) return null;
      sum += v * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
  }

  public static String uscc(String value) {
    if (value.length() != 18) return "length";
    Character check = usccCheckChar(value);
    if (check == null || valueAt(USCC, value, 17) < 0) return "charset";
    Character org = organizationCheckChar(value, 8);
    if (org == null || value.charAt(16) != org) return "org-check-digit";
    return value.charAt(17) == check ? null : "check-digit";
  }

  // ------------------------------------------------------------ GB 11643 resident ID

  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  public static String residentId(String value, int today) {
    if (value.length() != 18) return "length";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = value.charAt(i) - 48;
      if (d < 0 || d > 9) return "digits";
      sum += d * ID_WEIGHTS[i];
    }
    if (!Regions.PROVINCE_PREFIXES.contains(value.substring(0, 2))) return "region";
    int birth = digitsAt(value, 6, 14);
    if (dateAt(value, 6) != null || birth < 18900101 || birth > today) return "birth-date";
    return value.charAt(17) == ID_CHECK.charAt(sum % 11) ? null : "check-digit";
  }

  // ------------------------------------------------------------ GB/T 2260 region

  public static String region(String value) {
    if (value.length() != 6) return "length";
    return Regions.CODES.contains(value) ? null : "unknown";
  }

  // ------------------------------------------------------------ GB/T 40058 investment project code

  private static final int[] SERIAL = table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

  public static String investProjectCode(String value) {
    if (value.length() != 24) return "length";
    for (int i : new int[] {4, 11, 14, 17}) if (value.charAt(i) != '-') return "shape";
    if (digitsAt(value, 5, 11) < 0 || digitsAt(value, 12, 14) < 0 || digitsAt(value, 15, 17) < 0) return "shape";
    for (int i = 18; i < 24; i++) if (valueAt(SERIAL, value, i) < 0) return "shape";
    int time = digitsAt(value, 0, 4);
    if (time < 0) return "shape";
    boolean isYear = time >= 1990 && time <= 2099;
    int month = time % 100;
    boolean isYearMonth = time >= 2000 && month >= 1 && month <= 12;
    return isYear || isYearMonth ? null : "time-code";
  }

  // ------------------------------------------------------------ unified deal code

  public static String unifiedDealCode(String value) {
    if (value.length() != 40) return "length";
    for (int i : new int[] {3, 22, 31, 38}) if (value.charAt(i) != '-') return "shape";
    for (int i : new int[] {0, 1, 2, 39}) if (valueAt(SERIAL, value, i) < 0) return "shape";
    if (digitsAt(value, 32, 38) < 0) return "shape";
    if (uscc(value.substring(4, 22)) != null) return "uscc";
    return dateAt(value, 23) == null ? null : "date";
  }

  // ------------------------------------------------------------ DATA_KEY

  private static final int[] ALNUM = table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

  public static String dataKey(String value) {
    if (value.length() != 22) return "length";
    for (int i = 0; i < 4; i++) if (valueAt(ALNUM, value, i) < 0) return "system-no";
    if (digitsAt(value, 4, 7) < 0) return "data-no";
    for (int i = 7; i < 22; i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) return "charset";
    }
    return null;
  }

  /** Whether DATA_KEY starts with the package's SYSTEM_NO (when given) and then the record's DATA_NO. */
  public static String dataKeyPrefix(String key, int dataNo, String systemNo) {
    if (systemNo != null && !key.startsWith(systemNo)) return "system-no-prefix";
    return key.startsWith(String.valueOf(dataNo), systemNo != null ? systemNo.length() : 4) ? null : "data-no-prefix";
  }

  // ------------------------------------------------------------ code hierarchy

  /** Pairs [field, parentField] whose code does not start with the nearest ancestor's code present. */
  public static List<String[]> codeHierarchy(List<String> hierarchy, java.util.function.Function<String, Object> fields) {
    List<String[]> problems = new java.util.ArrayList<>();
    String parentField = null;
    String parent = "";
    for (String field : hierarchy) {
      Object v = fields.apply(field);
      if (!(v instanceof String code) || code.isEmpty()) continue;
      if (parentField != null && (code.length() <= parent.length() || !code.startsWith(parent))) problems.add(new String[] {field, parentField});
      parentField = field;
      parent = code;
    }
    return problems;
  }
}
