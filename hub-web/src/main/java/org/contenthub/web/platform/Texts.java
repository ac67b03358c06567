package org.contenthub.web.platform;

/** What people type into optional fields: blanks mean "nothing", the rest without stray spaces. */
public final class Texts {

  private Texts() {}

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
