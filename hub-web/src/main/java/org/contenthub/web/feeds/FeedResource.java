package org.contenthub.web.feeds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/feeds}: marketing's feeds that the hub polls, with their status. */
@Path("api/v1/feeds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
@Tag(name = "Feeds")
public class FeedResource {

  @Inject FeedService feeds;

  @POST
  @Operation(summary = "Register a feed (RSS or Atom); it is polled within a minute")
  public Response create(@Valid FeedInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    FeedView created = FeedView.of(feeds.create(input));
    return Response.created(UriBuilder.fromPath("/api/v1/feeds/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "All feeds with their status")
  public List<FeedView> list() {
    return feeds.all().stream().map(FeedView::of).toList();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "One feed: last success, last error, items found")
  public FeedView get(@PathParam("id") long id) {
    return FeedView.of(feeds.get(id));
  }

  @POST
  @Path("{id: [0-9]+}/poll")
  @Operation(summary = "Poll the feed now; answers when done, with the new status")
  public FeedView poll(@PathParam("id") long id) {
    return FeedView.of(feeds.pollNow(id));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @Operation(summary = "Stop polling a feed; its items stay")
  public Response delete(@PathParam("id") long id) {
    feeds.delete(id);
    return Response.noContent().build();
  }
}
