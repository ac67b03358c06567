package org.contenthub.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Synchronizer tokens against cross-site request forgery: one random token per session, put in
 * every form (and sent by htmx as a header), checked on every state-changing request that rides on
 * the session cookie.
 */
public final class CsrfTokens {

  public static final String FORM_FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  private static final String SESSION_KEY = "hub.csrf";
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  public static String tokenFor(HttpSession session) {
    Object token = session.getAttribute(SESSION_KEY);
    if (token instanceof String existing) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(SESSION_KEY, fresh);
    return fresh;
  }

  /** Whether the given token is this session's; compared in constant time. */
  public static boolean matches(HttpSession session, String given) {
    if (session == null || given == null) {
      return false;
    }
    Object expected = session.getAttribute(SESSION_KEY);
    return expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }
}
