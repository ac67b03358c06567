package org.contenthub.web.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /newsletters/lists}: the lists, a new list, and pasting members into a custom list. */
@Path("newsletters/lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
public class MailingListPage {

  @Inject NewsletterService service;
  @Inject PageRenderer pages;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public Response lists() {
    return render(List.of(), null, 200);
  }

  @POST
  @Operation(hidden = true)
  public Response create(
      @FormParam("name") String name,
      @FormParam("kind") String kind,
      @FormParam("criterion") String criterion,
      @FormParam("description") String description) {
    ListInput input = new ListInput();
    input.name = name;
    input.kind = kind;
    input.criterion = criterion;
    input.description = description;
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return render(errors, null, 400);
    }
    try {
      service.createList(input);
    } catch (FieldProblem problem) {
      return render(problem.errors(), null, 400);
    }
    return Response.seeOther(java.net.URI.create("/newsletters/lists")).build();
  }

  @POST
  @Path("{id: [0-9]+}/members")
  @Operation(hidden = true)
  public Response addMembers(@PathParam("id") long id, @FormParam("members") String members) {
    try {
      return render(List.of(), service.addMembersCsv(id, members == null ? "" : members), 200);
    } catch (ClientErrorException refused) {
      return render(List.of(new FieldError("members", refused.getMessage())), null, 409);
    }
  }

  private Response render(
      List<FieldError> errors, NewsletterService.ImportResult imported, int status) {
    return Response.status(status)
        .entity(
            pages.render(
                "mailingLists", "lists", service.lists(), "errors", errors, "imported", imported))
        .type(MediaType.TEXT_HTML)
        .build();
  }
}
