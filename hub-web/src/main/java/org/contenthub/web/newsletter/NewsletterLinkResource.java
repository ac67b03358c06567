package org.contenthub.web.newsletter;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.contenthub.web.platform.TrackedRedirect;
import org.contenthub.web.sharing.LinkPreviewBots;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /n/{newsletter}/{n}}: a link in a newsletter. Redirects only to the address the hub
 * numbered when the newsletter was sent, never to one from the request, and counts the click
 * without knowing who clicked, except for a reader who consents to measurement, whose mail's links
 * carry their signed token.
 */
@Path("n/{newsletter: [0-9]+}/{position: [0-9]+}")
@Tag(name = "Newsletters")
public class NewsletterLinkResource {

  @Inject NewsletterService newsletters;
  @Context HttpServletRequest request;

  @GET
  @PermitAll
  @Operation(
      summary =
          "Follow a link in a newsletter: 302 to its address, counted anonymously (and as the"
              + " reader's, if they consent to measurement)")
  public Response follow(
      @PathParam("newsletter") long newsletter,
      @PathParam("position") int position,
      @Parameter(description = "the reader's signed token, only in mails of readers who consent")
          @QueryParam("r")
          String reader) {
    String target =
        newsletters
            .click(
                newsletter,
                position,
                LinkPreviewBots.isBot(request.getHeader(HttpHeaders.USER_AGENT)),
                reader)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "This newsletter link is not known to the hub; it may have been copied"
                            + " incompletely."));
    return TrackedRedirect.to(target);
  }
}
