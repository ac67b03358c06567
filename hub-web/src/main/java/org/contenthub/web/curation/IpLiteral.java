package org.contenthub.web.curation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises IP address literals without ever asking DNS. {@link InetAddress#getByName} falls back
 * to a DNS lookup for anything it does not recognise as a literal, which must not happen while
 * parsing configuration or deciding whether a URL names an address.
 */
final class IpLiteral {

  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

  private IpLiteral() {}

  /** The address for {@code 10.0.0.1}, {@code ::1} or {@code [::1]}; empty for anything else. */
  static Optional<InetAddress> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String s = text;
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    try {
      if (DOTTED_QUAD.matcher(s).matches()) {
        String[] parts = s.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      // A colon makes InetAddress parse it as an IPv6 literal; the character check keeps zone ids
      // and anything else that could slip through to a DNS lookup out.
      if (s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches()) {
        return Optional.of(InetAddress.getByName(s));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
