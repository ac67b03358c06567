package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.search.SearchResource;
import org.contenthub.web.search.SearchService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/items}: the content items. Everyone logged in reads; editors write. */
@Path("api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Items")
public class ItemResource {

  @Inject ItemService service;
  @Inject CurrentViewer viewer;
  @Inject SearchService search;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(
      summary = "The items the caller may see, newest first, filtered and paged (page starts at 1)")
  public Paged<ItemView> list(@Valid @BeanParam ItemQuery query) {
    Paged<Item> result = service.list(query.toFilter(), viewer.get());
    return new Paged<>(
        result.items().stream().map(ItemView::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "One item, if the caller may see it")
  public ItemView get(@PathParam("id") long id) {
    return ItemView.of(service.get(id, viewer.get()));
  }

  @GET
  @Path("{id}/similar")
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "Items like this one, among those the caller may see")
  public List<SearchResource.Hit> similar(@PathParam("id") long id) {
    return search.similar(id, viewer.get(), 5).stream().map(SearchResource.Hit::of).toList();
  }

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Create an item; body and commentary HTML are sanitised")
  public Response create(@Valid ItemInput input) {
    requireBody(input);
    ItemView created = ItemView.of(service.create(input, viewer.get()));
    return Response.created(UriBuilder.fromPath("/api/v1/items/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Replace an item; send the version you read to detect concurrent changes")
  public ItemView update(@PathParam("id") long id, @Valid ItemInput input) {
    requireBody(input);
    return ItemView.of(service.update(id, input, viewer.get()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Delete an item")
  public Response delete(@PathParam("id") long id) {
    service.delete(id, viewer.get());
    return Response.noContent().build();
  }

  private static void requireBody(ItemInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
  }
}
