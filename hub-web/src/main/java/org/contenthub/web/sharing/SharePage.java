package org.contenthub.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The share buttons on an item page: the person's own text and a network make a tracked link, and
 * the browser goes on to the network's own share page with it. "Copy link" shows the tracked link
 * instead.
 */
@Path("items/{id: [0-9]+}/share")
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class SharePage {

  @Inject SharingService sharing;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @POST
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response share(
      @PathParam("id") long itemId,
      @FormParam("network") String network,
      @FormParam("text") String text,
      @HeaderParam("HX-Request") String htmx) {
    ShareInput input = new ShareInput();
    input.network = network;
    input.text = text;
    SharingService.CreatedShare share = sharing.share(itemId, input, viewer.get());
    if ("copy".equals(share.network()) || htmx != null) {
      return Response.ok(pages.render("shareLink", "share", share)).build();
    }
    return Response.seeOther(URI.create(share.shareUrl())).build();
  }
}
