package org.contenthub.web.curation;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads URLs the way people paste them and servers send them in {@code Location} headers: with
 * spaces, accented letters or an internationalised host name, which {@link URI} refuses. The result
 * is a strict ASCII URI, so everything later (DNS, the request line, the Host header) sees exactly
 * one spelling.
 */
public final class WebAddress {

  private static final Pattern ABSOLUTE =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):(//([^/?#]*))?(.*)$", Pattern.DOTALL);
  private static final Pattern AUTHORITY = Pattern.compile("^(.*@)?(\\[[^\\]]*\\]|[^:]*)(:.*)?$");
  private static final String ALLOWED =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%";

  private WebAddress() {}

  /**
   * An absolute URI from text a person or server wrote.
   *
   * @throws IllegalArgumentException when it cannot be read as an absolute URL
   */
  public static URI parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("No URL given");
    }
    String s = text.strip();
    Matcher m = ABSOLUTE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not an absolute URL: " + text);
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    String rest = m.group(4);
    StringBuilder out = new StringBuilder(scheme).append(':');
    if (m.group(2) != null) {
      out.append("//").append(asciiAuthority(m.group(3)));
    }
    out.append(encodeIllegal(rest));
    try {
      URI uri = new URI(out.toString());
      boolean web = scheme.equals("http") || scheme.equals("https");
      if (web && uri.getHost() == null) {
        throw new IllegalArgumentException("The URL has no valid host name: " + text);
      }
      return withRootPath(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid URL: " + text, e);
    }
  }

  /** A URL found in a page or header, absolute or relative to {@code base}. */
  public static URI resolve(URI base, String reference) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("No URL given");
    }
    String ref = reference.strip();
    if (ABSOLUTE.matcher(ref).matches() && !ref.startsWith("//")) {
      return parse(ref);
    }
    try {
      String encoded = encodeIllegal(ref);
      URI resolved = withRootPath(base).resolve(new URI(encoded));
      return parse(resolved.toString());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a valid URL: " + reference, e);
    }
  }

  /** True for http and https URLs with a host. */
  public static boolean isWeb(URI uri) {
    String scheme = uri.getScheme();
    return uri.getHost() != null
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
  }

  /** The host as DNS and the allow-list see it: ASCII, lower case, no brackets, no final dot. */
  static String hostOf(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return null;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  private static URI withRootPath(URI uri) {
    // "http://example.nl" has an empty path; URI.resolve mishandles it and requests need "/".
    if (uri.isOpaque() || uri.getRawAuthority() == null || !uri.getRawPath().isEmpty()) {
      return uri;
    }
    try {
      return new URI(
          uri.getScheme()
              + "://"
              + uri.getRawAuthority()
              + "/"
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String asciiAuthority(String authority) {
    Matcher m = AUTHORITY.matcher(authority);
    if (!m.matches()) {
      return encodeIllegal(authority);
    }
    String userInfo = m.group(1) == null ? "" : encodeIllegal(m.group(1));
    String host = m.group(2);
    String port = m.group(3) == null ? "" : m.group(3);
    if (!host.startsWith("[") && !host.isEmpty()) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Not a valid host name: " + host, e);
      }
    }
    return userInfo + host.toLowerCase(Locale.ROOT) + port;
  }

  private static String encodeIllegal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && ALLOWED.indexOf(c) >= 0) {
        // A '%' not followed by two hex digits is a literal percent sign.
        if (c == '%'
            && !(i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)))) {
          out.append("%25");
        } else {
          out.append(c);
        }
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xFF));
        }
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
