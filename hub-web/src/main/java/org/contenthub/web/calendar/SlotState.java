package org.contenthub.web.calendar;

import java.util.Locale;

/** Where a calendar slot stands. */
public enum SlotState {
  /** A moment the editors keep free for colleagues' ideas. */
  OPEN,
  /** A colleague proposed an idea for it; the editors decide. */
  PROPOSED,
  /** A post is planned for it. */
  PLANNED,
  /** It went out. */
  DONE;

  public static final String PATTERN = "(?i)open|proposed|planned|done";
  public static final String CHOICES = "must be one of open, proposed, planned, done";

  public static SlotState parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
