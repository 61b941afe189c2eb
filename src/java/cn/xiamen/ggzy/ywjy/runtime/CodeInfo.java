package cn.xiamen.ggzy.ywjy.runtime;

/** A code of a code list, with its names and its period (validFrom, validUntil as yyyy-MM-dd; null when open). */
public record CodeInfo(String code, Localized name, String validFrom, String validUntil) {
  /** Whether the code is valid on `day` (yyyy-MM-dd): within its validFrom and validUntil, each when given. */
  public boolean isValidOn(String day) {
    return (validFrom == null || validFrom.compareTo(day) <= 0) && (validUntil == null || day.compareTo(validUntil) <= 0);
  }

  /** The period, as a message shows it. */
  public Localized period() {
    if (validFrom != null && validUntil != null) return new Localized("有效期 " + validFrom + " 至 " + validUntil, "valid from " + validFrom + " until " + validUntil);
    if (validUntil != null) return new Localized("已于 " + validUntil + " 之后废止", "abolished after " + validUntil);
    return new Localized("自 " + validFrom + " 起启用", "valid from " + validFrom);
  }
}
