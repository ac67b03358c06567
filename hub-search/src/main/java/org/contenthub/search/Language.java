package org.contenthub.search;

import java.util.Locale;

/** The languages the hub analyses with stemming and stop words. Anything else is {@link #OTHER}. */
public enum Language {
  NL("nl"),
  EN("en"),
  /** Unknown or another language: indexed with both the Dutch and the English analysis. */
  OTHER("other");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Lenient: {@code "nl"}, {@code "nl-BE"}, {@code "NL"} are Dutch; null or unknown is OTHER. */
  public static Language of(String tag) {
    if (tag == null || tag.isBlank()) {
      return OTHER;
    }
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return switch (primary) {
      case "nl" -> NL;
      case "en" -> EN;
      default -> OTHER;
    };
  }
}
