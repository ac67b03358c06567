package org.contenthub.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/items/{id}/shares}: share an item with a personal tracked link; its editors see
 * the anonymous totals. A root resource of its own: its longer literal path wins over {@code
 * api/v1/items}.
 */
@Path("api/v1/items/{id: [0-9]+}/shares")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class ShareResource {

  @Inject SharingService sharing;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(
      summary =
          "Share the item: a personal tracked link and the network's share address with your text")
  public Response share(@PathParam("id") long id, @Valid ShareInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    SharingService.CreatedShare created = sharing.share(id, input, viewer.get());
    return Response.created(UriBuilder.fromPath("/s/{code}").build(created.code()))
        .entity(created)
        .build();
  }

  @GET
  @Path("stats")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Shares, human clicks and bot clicks of the item per network (totals only)")
  public SharingService.ShareStats stats(@PathParam("id") long id) {
    return sharing.stats(id, viewer.get());
  }
}
