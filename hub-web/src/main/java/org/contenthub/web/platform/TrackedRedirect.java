package org.contenthub.web.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a followed tracked link (shares and newsletters): 302 to the stored address, never
 * cached (each click must reach the hub to be counted) and never indexed.
 */
public final class TrackedRedirect {

  private TrackedRedirect() {}

  public static Response to(String url) {
    return Response.status(Response.Status.FOUND)
        .header(HttpHeaders.LOCATION, url)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}
