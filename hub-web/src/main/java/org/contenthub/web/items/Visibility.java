package org.contenthub.web.items;

import java.util.Locale;

/** Who may see an item. {@link ItemVisibility} holds the rules that apply it. */
public enum Visibility {
  /** Anyone, even without logging in (the Atom feed, the intranet widget). */
  PUBLIC,
  /** Every colleague; invited guests only when the item is marked shareable. */
  INTERNAL,
  /** Colleagues of the item's department. */
  DEPARTMENT,
  /** Editorial staff only: drafts and material under review. */
  EDITORIAL;

  public static final String PATTERN = "(?i)public|internal|department|editorial";
  public static final String CHOICES = "must be one of public, internal, department, editorial";

  public static Visibility parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  public String messageKey() {
    return "visibility." + name().toLowerCase(Locale.ROOT);
  }
}
