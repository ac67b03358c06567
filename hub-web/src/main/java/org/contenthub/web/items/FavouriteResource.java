package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/items/{id}/favourite}: one click to like an item, idempotent both ways. */
@Path("api/v1/items/{id: [0-9]+}/favourite")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
@Tag(name = "Favourites")
public class FavouriteResource {

  @Inject FavouriteService favourites;
  @Inject CurrentViewer viewer;

  @PUT
  @Operation(summary = "Mark the item as a favourite; the answer has the new count")
  public FavouriteService.FavouriteState add(@PathParam("id") long id) {
    return favourites.add(id, viewer.get());
  }

  @DELETE
  @Operation(summary = "Unmark the item")
  public FavouriteService.FavouriteState remove(@PathParam("id") long id) {
    return favourites.remove(id, viewer.get());
  }
}
