package org.contenthub.web.items;

import java.util.Locale;

/**
 * What kind of content an item is: something marketing published externally, an external article an
 * expert curated with commentary, or a story from inside the organisation.
 */
public enum ItemType {
  PUBLICATION,
  CURATED,
  STORY;

  public static final String PATTERN = "(?i)publication|curated|story";
  public static final String CHOICES = "must be one of publication, curated, story";

  public static ItemType parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  /** A sensible type when the writer gave none. */
  static ItemType defaultFor(Channel channel) {
    return switch (channel) {
      case WEB -> CURATED;
      case INTERNAL -> STORY;
      default -> PUBLICATION;
    };
  }

  public String messageKey() {
    return "type." + name().toLowerCase(Locale.ROOT);
  }
}
