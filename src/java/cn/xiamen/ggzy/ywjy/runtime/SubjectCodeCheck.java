package cn.xiamen.ggzy.ywjy.runtime;

import java.util.List;

/** A subject code whose kind another field gives (x-code-type-field), and the kinds that have an identifier check. */
public record SubjectCodeCheck(String field, String typeField, List<Kind> kinds) {
  /** A code of the type field, the identifier format that checks the subject code, and the code's names. */
  public record Kind(String code, String format, Localized name) {}

  public Kind kind(String code) {
    for (Kind k : kinds) if (k.code().equals(code)) return k;
    return null;
  }
}
