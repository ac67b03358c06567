package org.contenthub.web.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Codes of tracked links, percent-encoding and UTM parameters: pure functions, tested alone. */
public final class ShareLinks {

  /** 9 random bytes: 12 URL-safe characters, 72 bits, not guessable. */
  private static final int CODE_BYTES = 9;

  /** What a code the hub makes looks like; anything else is refused before the database. */
  public static final String CODE_PATTERN = "[A-Za-z0-9_-]{8,32}";

  private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
  private static final SecureRandom RANDOM = new SecureRandom();

  private ShareLinks() {}

  public static String newCode() {
    byte[] bytes = new byte[CODE_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean isWellFormed(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /**
   * Percent-encodes a value for a query string or a mailto: address (RFC 3986 / RFC 6068): UTF-8, a
   * space as {@code %20} (not {@code +}, which mail programs would show), only unreserved
   * characters left as they are.
   */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  /**
   * The target with the campaign's UTM parameters: an existing query is kept (earlier UTM
   * parameters replaced), a fragment stays at the end.
   */
  public static String withUtm(String target, String network, String code) {
    String fragment = "";
    String rest = target;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash);
      rest = rest.substring(0, hash);
    }
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    List<String> parameters = new ArrayList<>();
    for (String parameter : query.split("&")) {
      String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!parameter.isEmpty()
          && !List.of("utm_source", "utm_medium", "utm_campaign", "utm_content").contains(name)) {
        parameters.add(parameter);
      }
    }
    parameters.add("utm_source=" + encode(network));
    parameters.add("utm_medium=employee-advocacy");
    parameters.add("utm_campaign=hub");
    parameters.add("utm_content=" + encode(code));
    return rest + "?" + String.join("&", parameters) + fragment;
  }
}
