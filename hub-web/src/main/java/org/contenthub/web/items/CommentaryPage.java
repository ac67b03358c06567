package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The "add your commentary" form on an item page. */
@Path("items/{id: [0-9]+}/commentary")
@RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class CommentaryPage {

  @Inject ItemService items;
  @Inject CurrentViewer viewer;

  @POST
  @Operation(hidden = true)
  public Response add(@PathParam("id") long id, @FormParam("commentary") String commentary) {
    items.addCommentary(id, commentary, viewer.get());
    return Response.seeOther(URI.create("/items/" + id + "#commentaries")).build();
  }
}
