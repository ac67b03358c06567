package org.contenthub.web.workflow;

import java.util.Locale;

/** What a colleague hands in. */
public enum SubmissionKind {
  STORY,
  IDEA,
  PHOTO,
  LINK,
  VIDEO;

  public static final String PATTERN = "(?i)story|idea|photo|link|video";
  public static final String CHOICES = "must be one of story, idea, photo, link, video";

  public static SubmissionKind parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "workflow.kind." + id();
  }
}
