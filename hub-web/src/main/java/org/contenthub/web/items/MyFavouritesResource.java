package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me/favourites}: what the caller marked, most recent first. */
@Path("api/v1/me/favourites")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
@Tag(name = "Favourites")
public class MyFavouritesResource {

  @Inject FavouriteService favourites;
  @Inject CurrentViewer viewer;

  @GET
  @Operation(summary = "The caller's favourites, most recently marked first (page starts at 1)")
  public Paged<ItemView> list(
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    Paged<Item> mine =
        favourites.of(viewer.get(), Math.max(1, page), Math.min(Math.max(1, size), 100));
    return new Paged<>(
        mine.items().stream().map(ItemView::of).toList(), mine.page(), mine.size(), mine.total());
  }
}
