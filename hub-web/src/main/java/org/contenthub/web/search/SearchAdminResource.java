package org.contenthub.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/admin/search}: the state of this instance's search index, and a rebuild from the
 * database that runs beside the live index while searches keep answering.
 */
@Path("api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class SearchAdminResource {

  @Inject HubSearch search;

  @GET
  @Operation(summary = "Whether this instance's index is being rebuilt, and how far it is")
  public IndexStatus status() {
    return IndexStatus.of(search);
  }

  @POST
  @Path("rebuild")
  @Operation(
      summary = "Rebuild this instance's index from the database; search keeps answering meanwhile")
  public Response rebuild() {
    boolean started = search.rebuildInBackground();
    return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT)
        .entity(IndexStatus.of(search))
        .build();
  }

  /** What an administrator sees of the index. */
  public record IndexStatus(boolean rebuilding, long indexedSoFar, long documents) {
    static IndexStatus of(HubSearch search) {
      return new IndexStatus(
          search.isRebuilding(), Math.max(0, search.rebuildProgress()), search.documentCount());
    }
  }
}
