package cn.xiamen.ggzy.ywjy.runtime;

import java.util.List;

/**
 * A subject code whose kind another field gives (x-code-type-field), the value that stands for "none" and is
 * not checked (x-placeholder, e.g. "-" for a self-run tender's agency; null when none), and the kinds that
 * have an identifier check.
 */
public record SubjectCodeCheck(String field, String typeField, String placeholder, List<Kind> kinds) {
  /** A code of the type field, the identifier format that checks the subject code, and the code's names. */
  public record Kind(String code, String format, Localized name) {}

  public Kind kind(String code) {
    for (Kind k : kinds) if (k.code().equals(code)) return k;
    return null;
  }
}
