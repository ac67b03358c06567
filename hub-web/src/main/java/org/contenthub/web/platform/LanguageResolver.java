package org.contenthub.web.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.contenthub.web.security.Viewer;

/**
 * Chooses the language of a page: the one the person picked (a cookie, so it is remembered even
 * before logging in), else their account's language, else the browser's Accept-Language, else
 * Dutch.
 */
public final class LanguageResolver {

  public static final String COOKIE = "hub-lang";

  private LanguageResolver() {}

  public static Locale resolve(HttpServletRequest request, Viewer viewer) {
    if (request.getCookies() != null) {
      for (Cookie cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName()) && isSupported(cookie.getValue())) {
          return Messages.supported(cookie.getValue());
        }
      }
    }
    if (viewer.language() != null && isSupported(viewer.language())) {
      return Messages.supported(viewer.language());
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale wanted : Collections.list(request.getLocales())) {
        if (isSupported(wanted.getLanguage())) {
          return Messages.supported(wanted.getLanguage());
        }
      }
    }
    return Messages.SUPPORTED.get(0);
  }

  public static boolean isSupported(String language) {
    return language != null
        && Messages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equalsIgnoreCase(language));
  }
}
