package cn.xiamen.ggzy.ywjy.runtime;

import java.util.List;

/** A validation rule of the catalogue: ID, severity, the requirement it serves, the message template, the JSON Schema failures it reports. */
public record Rule(String id, String severity, String requirement, Localized message, List<Matcher> matchers) {
  /** A kind of JSON Schema failure: keywords ("*" for any), optionally narrowed by format, notation kind, whether the field has a code list, whether it lists several items (@separator). */
  public record Matcher(List<String> keywords, List<String> formats, String notation, Boolean codelist, Boolean separator) {}
}
