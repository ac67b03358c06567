package org.contenthub.web.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.contenthub.web.security.Viewer;

/**
 * What every page template needs besides its own data: the texts in the reader's language, who is
 * reading, the CSRF token for forms, the branding and the current address.
 */
public record Page(
    Messages messages, Viewer viewer, String csrfToken, Branding brand, String path, String query) {

  public String t(String key, Object... args) {
    return messages.t(key, args);
  }

  public String lang() {
    return messages.language();
  }

  /** The other language, offered by the switch in the header. */
  public String otherLang() {
    return "nl".equals(lang()) ? "en" : "nl";
  }

  /** The current address (path and query), for "come back here" links. */
  public String here() {
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }

  public String hereEncoded() {
    return URLEncoder.encode(here(), StandardCharsets.UTF_8);
  }

  public boolean loggedIn() {
    return !viewer.isAnonymous();
  }

  public boolean has(String role) {
    return viewer.has(role);
  }

  public boolean active(String prefix) {
    return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
  }
}
