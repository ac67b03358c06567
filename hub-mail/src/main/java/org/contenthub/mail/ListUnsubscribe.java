package org.contenthub.mail;

import java.net.URI;
import java.util.Locale;

/**
 * Where a recipient can unsubscribe: the {@code List-Unsubscribe} header (RFC 2369) with a {@code
 * mailto:} and/or an {@code https:} address, and RFC 8058 one-click unsubscribe. Gmail and Yahoo
 * require one-click for bulk senders; it makes the mail client POST {@code
 * List-Unsubscribe=One-Click} to the https address, so that address must accept a POST without
 * login or confirmation page.
 *
 * @param mailto a {@code mailto:} URI or {@code null}
 * @param https an {@code https:} URI or {@code null}; carries a per-recipient token
 * @param oneClick whether to add {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}
 */
public record ListUnsubscribe(URI mailto, URI https, boolean oneClick) {

  public ListUnsubscribe {
    if (mailto == null && https == null) {
      throw new IllegalArgumentException("List-Unsubscribe needs a mailto or an https address");
    }
    if (mailto != null) {
      requireScheme(mailto, "mailto");
    }
    if (https != null) {
      requireScheme(https, "https");
    }
    if (oneClick && https == null) {
      throw new IllegalArgumentException("one-click unsubscribe (RFC 8058) needs an https address");
    }
  }

  /** One-click https unsubscribe, the variant large mailbox providers expect. */
  public static ListUnsubscribe oneClick(URI https) {
    return new ListUnsubscribe(null, https, true);
  }

  /** One-click https plus a mailto fallback for clients that only know mailto. */
  public static ListUnsubscribe oneClick(URI https, URI mailto) {
    return new ListUnsubscribe(mailto, https, true);
  }

  public static ListUnsubscribe mailtoOnly(URI mailto) {
    return new ListUnsubscribe(mailto, null, false);
  }

  /** The header value, e.g. {@code <mailto:uit@example.nl>, <https://hub/u/abc>}. */
  String headerValue() {
    StringBuilder sb = new StringBuilder();
    if (https != null) {
      sb.append('<').append(https.toASCIIString()).append('>');
    }
    if (mailto != null) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('<').append(mailto.toASCIIString()).append('>');
    }
    return sb.toString();
  }

  private static void requireScheme(URI uri, String scheme) {
    String ascii = uri.toASCIIString();
    HeaderText.requireSafe("unsubscribe address", ascii);
    if (uri.getScheme() == null
        || !uri.getScheme().toLowerCase(Locale.ROOT).equals(scheme)
        || ascii.indexOf('>') >= 0
        || ascii.indexOf('<') >= 0
        || ascii.indexOf(' ') >= 0) {
      throw new IllegalArgumentException("expected a " + scheme + ": address, got " + ascii);
    }
  }
}
