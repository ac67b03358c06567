package org.contenthub.web.curation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One spelling for one web page, so that the same article curated twice (shared once from a
 * newsletter with {@code utm_} parameters, once from the address bar) leads to the existing item.
 * Lower-case scheme and host, no default port, no fragment, no tracking parameters, the remaining
 * parameters sorted by name, no trailing slash except for the root, percent-escapes normalised and
 * dot segments removed. Conservative on purpose: {@code www.} and letter case in the path stay,
 * because sites do serve different pages there.
 */
public final class UrlCanonicalizer {

  /** Parameters that only say where a click came from. */
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref",
          "_hsenc", "_hsmi", "mkt_tok");

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private UrlCanonicalizer() {}

  /**
   * The canonical form of an http or https URL.
   *
   * @throws IllegalArgumentException for text that is not an http or https URL
   */
  public static String canonicalize(String url) {
    return canonicalize(WebAddress.parse(url));
  }

  /** The canonical form of an http or https URL. */
  public static String canonicalize(URI uri) {
    if (!WebAddress.isWeb(uri)) {
      throw new IllegalArgumentException("Not an http or https URL: " + uri);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);

    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      out.append(':').append(port);
    }
    out.append(path(uri));
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** Whether a query parameter of this name is a tracking parameter. */
  public static boolean isTrackingParameter(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("utm_") || TRACKING.contains(n);
  }

  private static String path(URI uri) {
    String raw = uri.getRawPath();
    if (raw == null || raw.isEmpty()) {
      return "/";
    }
    String path = URI.create("http://h" + normalizeEscapes(raw)).normalize().getRawPath();
    // normalize() keeps ".." segments that climb above the root; they mean the root.
    while (path.startsWith("/../")) {
      path = path.substring(3);
    }
    if (path.equals("/..")) {
      path = "/";
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "/" : path;
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    record Parameter(String name, String text) {}
    List<Parameter> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String text = normalizeEscapes(pair);
      int eq = text.indexOf('=');
      String name = eq < 0 ? text : text.substring(0, eq);
      if (!isTrackingParameter(decodeLoosely(name))) {
        kept.add(new Parameter(name, text));
      }
    }
    // A stable sort by name keeps repeated parameters (a=1&a=2) in their meaningful order.
    kept.sort(Comparator.comparing(Parameter::name));
    return String.join("&", kept.stream().map(Parameter::text).toList());
  }

  /** Upper-case hex in escapes, and unreserved characters unescaped (RFC 3986, 6.2.2). */
  private static String normalizeEscapes(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        int value = hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2));
        if (hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
          if (value < 128 && UNRESERVED.indexOf((char) value) >= 0) {
            out.append((char) value);
          } else {
            out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
          }
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String decodeLoosely(String name) {
    try {
      return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
