package org.contenthub.web.curation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.contenthub.web.items.Item;
import org.contenthub.web.platform.ErrorResponses;
import org.contenthub.web.platform.Problem;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/curations}: experts add external articles with their commentary. */
@Path("api/v1/curations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
@Tag(name = "Curation")
public class CurationResource {

  @Inject CurationService curation;
  @Inject CurrentViewer viewer;
  @Inject ErrorResponses errors;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

  @POST
  @Path("preview")
  @Operation(
      summary = "Fetch a page safely and propose title, summary, image, language and canonical URL")
  public Response preview(@Valid PreviewRequest request) {
    if (request == null) {
      throw new BadRequestException("A JSON body with a url is required.");
    }
    try {
      return Response.ok(curation.preview(request.url, viewer.get())).build();
    } catch (FetchException e) {
      // 422: the request was fine, the page could not be read; the curation can be saved by hand.
      return errors.of(
          uri,
          422,
          e.getMessage() + " You can still fill in the title and summary yourself.",
          List.of(new Problem.FieldError("url", e.reason().name().toLowerCase().replace('_', '-'))),
          null);
    }
  }

  @POST
  @Operation(
      summary =
          "Curate an article: 201 with the new item, or 409 naming the item that has it already")
  public Response curate(@Valid CurationInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    CurationService.Result result = curation.curate(input, viewer.get());
    Item item = result.item();
    if (!result.created()) {
      return errors.of(
          uri,
          409,
          "This article is on the hub already as item "
              + item.getId()
              + ". Add your commentary there: POST /api/v1/items/"
              + item.getId()
              + "/commentary.",
          List.of(new Problem.FieldError("url", "already curated as item " + item.getId())),
          null);
    }
    return Response.created(UriBuilder.fromPath("/api/v1/items/{id}").build(item.getId()))
        .entity(java.util.Map.of("id", item.getId(), "url", "/items/" + item.getId()))
        .build();
  }

  /** The body of a preview request. */
  public static class PreviewRequest {
    @NotBlank
    @Size(max = 2048)
    public String url;
  }
}
