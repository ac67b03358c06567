package org.contenthub.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/items/{id}/share-settings}: editors prepare an item for sharing; sharers read the
 * suggestions. A root resource of its own: its longer literal path wins over {@code api/v1/items}.
 */
@Path("api/v1/items/{id: [0-9]+}/share-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class ShareSettingsResource {

  @Inject SharingService sharing;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "Whether the item may be shared, its audience and suggested texts")
  public SharingService.ShareSettings get(@PathParam("id") long id) {
    return sharing.settings(id, viewer.get());
  }

  @PUT
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Prepare the item for sharing: shareable, audience, suggested texts per network"
              + " (each within the network's length limit)")
  public SharingService.ShareSettings put(
      @PathParam("id") long id, @Valid ShareSettingsInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    return sharing.saveSettings(id, input, viewer.get());
  }
}
