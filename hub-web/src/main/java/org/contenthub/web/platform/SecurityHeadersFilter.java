package org.contenthub.web.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers that make the browser an ally: a Content-Security-Policy without inline scripts, no MIME
 * sniffing, no referrer leaks to other sites. {@code frame-ancestors} is configurable so an
 * intranet can frame the hub.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

  @Inject HubSettings settings;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (!headers.containsKey("Content-Security-Policy")) {
      // Responses with a stricter policy of their own (downloads) keep it.
      headers.putSingle(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
              + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
              + settings.frameAncestors());
    }
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("Referrer-Policy", "same-origin");
    if (!headers.containsKey("Cache-Control")) {
      headers.putSingle("Cache-Control", "no-store");
    }
  }
}
