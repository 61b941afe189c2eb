package cn.xiamen.ggzy.ywjy.runtime;

/** A code of a code list, with its names and its period (validFrom, validUntil as yyyy-MM-dd; null when open). */
public record CodeInfo(String code, Localized name, String validFrom, String validUntil) {
  /** Whether the code is valid on `day` (yyyy-MM-dd): within its validFrom and validUntil, each when given. */
  public boolean isValidOn(String day) {
    return (validFrom == null || validFrom.compareTo(day) <= 0) && (validUntil == null || day.compareTo(validUntil) <= 0);
  }

  /** The phrase of the rule catalogue that words the period (periodFromUntil, periodUntil or periodFrom), to fill with from and until. */
  public String periodPhrase() {
    return validFrom != null && validUntil != null ? "periodFromUntil" : validUntil != null ? "periodUntil" : "periodFrom";
  }
}
