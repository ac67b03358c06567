package org.contenthub.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Establishes who is calling, on every request: from the session the login page opened, or from
 * HTTP Basic credentials on API calls. It only authenticates; whether the caller may do what it
 * asks is decided per endpoint by {@link RoleCheckFilter}, so anonymous requests pass through here
 * untouched.
 */
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attribute holding the logged-in username. */
  public static final String SESSION_USER = "hub.user";

  /** The request attribute carrying the {@link Viewer} of this request. */
  public static final String VIEWER = Viewer.class.getName();

  @Inject AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<Account> account = basic(authorization.substring(6).trim());
      if (account.isEmpty()) {
        request.setAttribute(RoleCheckFilter.BAD_CREDENTIALS, Boolean.TRUE);
        return context.doNothing();
      }
      return login(request, context, account.get());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
      Optional<Account> account = accounts.findActive(username);
      if (account.isPresent()) {
        return login(request, context, account.get());
      }
      // Deactivated or deleted while logged in: the session ends here.
      session.invalidate();
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Account account) {
    request.setAttribute(VIEWER, Viewer.of(account));
    return context.notifyContainerAboutLogin(account.getUsername(), account.getRoles());
  }

  private Optional<Account> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }
}
