package org.contenthub.web.items;

import java.util.Locale;

/** Where a piece of content appeared or will appear. */
public enum Channel {
  BLOG,
  LINKEDIN,
  X,
  FACEBOOK,
  INSTAGRAM,
  PRESS_RELEASE,
  VACANCY,
  INTERNAL,
  WEB;

  /** For Bean Validation of API input; keep in step with the constants. */
  public static final String PATTERN =
      "(?i)blog|linkedin|x|facebook|instagram|press_release|vacancy|internal|web";

  public static final String CHOICES =
      "must be one of blog, linkedin, x, facebook, instagram, press_release, vacancy, internal, web";

  public static Channel parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  /** The key of its name in the message bundles. */
  public String messageKey() {
    return "channel." + name().toLowerCase(Locale.ROOT);
  }

  public String cssClass() {
    return "ch-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
