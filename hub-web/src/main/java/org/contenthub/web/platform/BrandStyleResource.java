package org.contenthub.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The configured brand colour as a tiny style sheet: the Content-Security-Policy allows no inline
 * styles, and the colour is a setting rather than a file.
 */
@Path("brand.css")
@PermitAll
public class BrandStyleResource {

  @Inject HubSettings settings;

  @GET
  @Produces("text/css")
  @Operation(hidden = true)
  public Response css() {
    String color = settings.branding().color();
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(":root { --brand: " + color + "; }\n").cacheControl(cache).build();
  }
}
