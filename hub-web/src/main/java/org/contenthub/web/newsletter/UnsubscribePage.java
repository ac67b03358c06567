package org.contenthub.web.newsletter;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.platform.PageRenderer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /unsubscribe/{token}}: the link in every newsletter. GET shows the state and a button;
 * POST unsubscribes (the RFC 8058 one-click target, which mail providers call without a login) or,
 * with {@code action=resubscribe}, subscribes again.
 */
@Path("unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class UnsubscribePage {

  @Inject NewsletterService service;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String show(@PathParam("token") String token) {
    return pages.render("unsubscribe", "state", service.unsubscription(token), "changed", false);
  }

  @POST
  @Operation(summary = "Unsubscribe by the signed link (RFC 8058 one-click), or resubscribe")
  public String change(@PathParam("token") String token, @FormParam("action") String action) {
    boolean unsubscribe = !"resubscribe".equals(action);
    return pages.render(
        "unsubscribe", "state", service.setUnsubscribed(token, unsubscribe), "changed", true);
  }
}
