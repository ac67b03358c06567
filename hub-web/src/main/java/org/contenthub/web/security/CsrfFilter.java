package org.contenthub.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses state-changing requests that ride on the session cookie without this session's CSRF
 * token. Calls with their own credentials (HTTP Basic, bearer tokens) carry no ambient authority
 * and need no token.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** A login form is small; anything bigger is not a form we wrote. */
  private static final int MAX_FORM_BYTES = 1 << 20;

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE_METHODS.contains(context.getMethod())
        || context.getHeaderString("Authorization") != null
        || isApiCallWithoutLogin(context)
        || isSignedLink(context)) {
      return;
    }
    String token = context.getHeaderString(CsrfTokens.HEADER);
    if (token == null && isMultipart(context.getMediaType())) {
      // A file upload form cannot be read here without consuming it; it carries the token in
      // its action URL instead (same-origin only, and Referrer-Policy keeps it in).
      token = context.getUriInfo().getQueryParameters().getFirst(CsrfTokens.FORM_FIELD);
    }
    if (token == null && isForm(context.getMediaType())) {
      byte[] body = readBody(context.getEntityStream());
      context.setEntityStream(new ByteArrayInputStream(body));
      token = formField(new String(body, StandardCharsets.UTF_8), CsrfTokens.FORM_FIELD);
    }
    if (!CsrfTokens.matches(request.getSession(false), token)) {
      throw new ForbiddenException(
          "This form has expired or did not come from the hub. Reload the page and try again.");
    }
  }

  /**
   * An API call that is not riding on a logged-in session has no ambient authority to abuse; it
   * gets its 401 from the role check instead. Page forms are always checked, the login form
   * included, so nobody can be logged in to someone else's account by a forged form.
   */
  private boolean isApiCallWithoutLogin(ContainerRequestContext context) {
    if (!context.getUriInfo().getPath().startsWith("api/")) {
      return false;
    }
    var session = request.getSession(false);
    return session == null || session.getAttribute(HubAuthenticationMechanism.SESSION_USER) == null;
  }

  /**
   * Unsubscribe links carry a signature for one recipient, which is all the authority they have;
   * mail providers POST to them without any session (RFC 8058 one-click), and a forged request
   * could only do what the link's owner could.
   */
  private static boolean isSignedLink(ContainerRequestContext context) {
    return context.getUriInfo().getPath().startsWith("unsubscribe/");
  }

  private static boolean isMultipart(MediaType type) {
    return type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type);
  }

  private static boolean isForm(MediaType type) {
    return type != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type);
  }

  private static byte[] readBody(InputStream in) {
    try {
      byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
      if (body.length > MAX_FORM_BYTES) {
        throw new ForbiddenException("The form is too large.");
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && name.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
