package org.contenthub.web.items;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/items/{id}/commentary}: further experts' commentary on an item. */
@Path("api/v1/items/{id: [0-9]+}/commentary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Curation")
public class CommentaryResource {

  @Inject ItemService items;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "The commentaries added after the first")
  public List<CommentaryView> list(@PathParam("id") long id) {
    items.get(id, viewer.get());
    return items.commentaries(id).stream().map(CommentaryView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Add your commentary (sanitised HTML) to an item")
  public Response add(@PathParam("id") long id, @Valid CommentaryInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body with a commentary is required.");
    }
    return Response.status(201)
        .entity(CommentaryView.of(items.addCommentary(id, input.commentary, viewer.get())))
        .build();
  }

  /** The body of a new commentary. */
  public static class CommentaryInput {
    @NotBlank
    @Size(max = 20_000)
    public String commentary;
  }

  /** A commentary as the API shows it. */
  public record CommentaryView(
      long id, String author, String commentary, OffsetDateTime createdAt) {
    static CommentaryView of(ItemCommentary c) {
      return new CommentaryView(
          c.getId(),
          c.getAuthor() == null ? null : c.getAuthor().getDisplayName(),
          c.getCommentary(),
          c.getCreatedAt().atOffset(ZoneOffset.UTC));
    }
  }
}
