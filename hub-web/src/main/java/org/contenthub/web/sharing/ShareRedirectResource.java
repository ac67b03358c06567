package org.contenthub.web.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.contenthub.web.platform.TrackedRedirect;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /s/{code}}: a tracked link. Redirects to the address stored when the hub made the link
 * (never one from the request) and counts the click off the request. Anything else is a 404 page.
 */
@Path("s/{code}")
@Tag(name = "Sharing")
public class ShareRedirectResource {

  @Inject SharingService sharing;
  @Inject ClickCounter clicks;
  @Context HttpServletRequest request;

  @GET
  @PermitAll
  @Operation(summary = "Follow a tracked link: 302 to the shared item with UTM parameters")
  public Response follow(@PathParam("code") String code) {
    SharingService.Target target =
        sharing
            .target(code)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "This link is not known to the hub. It may have been copied incompletely;"
                            + " ask the person who shared it for the whole link."));
    clicks.click(
        target.shareId(),
        request.getRemoteAddr(),
        request.getHeader("X-Forwarded-For"),
        request.getHeader(HttpHeaders.USER_AGENT));
    return TrackedRedirect.to(target.url());
  }
}
