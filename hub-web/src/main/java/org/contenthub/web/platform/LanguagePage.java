package org.contenthub.web.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The language switch in the header: remembers the choice in a cookie and goes back. */
@Path("lang/{language}")
@PermitAll
public class LanguagePage {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @GET
  @Operation(hidden = true)
  public Response switchTo(
      @PathParam("language") String language, @QueryParam("next") String next) {
    if (!LanguageResolver.isSupported(language)) {
      throw new NotFoundException("The hub speaks Dutch (nl) and English (en).");
    }
    NewCookie cookie =
        new NewCookie.Builder(LanguageResolver.COOKIE)
            .value(language.toLowerCase())
            .path("/")
            .maxAge(ONE_YEAR)
            .sameSite(NewCookie.SameSite.LAX)
            .httpOnly(true)
            .build();
    String back = next == null || !next.startsWith("/") || next.startsWith("//") ? "/" : next;
    return Response.seeOther(URI.create(back)).cookie(cookie).build();
  }
}
