package org.contenthub.mail;

import java.util.Objects;

/**
 * The one place that decides whether a string may end up in a mail header. Every value type of this
 * package calls it in its constructor, so a CR or LF from a form field, a feed title or a database
 * row can never start a new header line (header injection).
 */
final class HeaderText {

  private HeaderText() {}

  /** Returns the value if it holds no line break or other control character; else refuses it. */
  static String requireSafe(String what, String value) {
    Objects.requireNonNull(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Tab is harmless inside a header; every other control character (CR, LF, NUL, ...)
      // is refused rather than stripped, so a bug upstream shows instead of being hidden.
      if ((c < 0x20 && c != '\t') || c == 0x7f || c == '\u2028' || c == '\u2029') {
        throw new IllegalArgumentException(
            what + " must not contain line breaks or control characters");
      }
    }
    return value;
  }

  static String requireSafeOrNull(String what, String value) {
    return value == null ? null : requireSafe(what, value);
  }
}
