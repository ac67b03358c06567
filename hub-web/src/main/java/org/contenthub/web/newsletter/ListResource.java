package org.contenthub.web.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/lists}: who newsletters go to. Communication staff and administrators. */
@Path("api/v1/lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Newsletters")
public class ListResource {

  @Inject NewsletterService service;

  @GET
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "All lists with their current number of members")
  public List<NewsletterService.ListView> lists() {
    return service.lists();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Create a list: everyone, a department, a role, or custom addresses")
  public Response create(@Valid ListInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    NewsletterService.ListView created = service.createList(input);
    return Response.created(UriBuilder.fromPath("/api/v1/lists/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "One list")
  public NewsletterService.ListView list(@PathParam("id") long id) {
    return service.list(id);
  }

  @GET
  @Path("{id}/members")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "The list's members, paged, with whether each unsubscribed")
  public Paged<NewsletterService.MemberView> members(
      @PathParam("id") long id, @Valid @BeanParam PageQuery page) {
    return service.members(id, page.page, page.size);
  }

  @POST
  @Path("{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Add members to a custom list: [{email, name?, language?}]; invalid addresses are"
              + " reported per line, the others added")
  public NewsletterService.ImportResult addMembers(
      @PathParam("id") long id, List<MemberInput> members) {
    if (members == null) {
      throw new BadRequestException("A JSON array of members is required.");
    }
    return service.addMembers(id, members);
  }

  @POST
  @Path("{id}/members")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Add members from CSV (address, name, language; comma or semicolon; header optional)")
  public NewsletterService.ImportResult addMembersCsv(@PathParam("id") long id, String csv) {
    return service.addMembersCsv(id, csv);
  }

  @DELETE
  @Path("{id}/members")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Remove one address from a custom list")
  public Response removeMember(@PathParam("id") long id, @QueryParam("email") String email) {
    if (email == null || email.isBlank()) {
      throw new BadRequestException("Name the address to remove: ?email=");
    }
    return service.removeMember(id, email)
        ? Response.noContent().build()
        : Response.status(Response.Status.NOT_FOUND)
            .entity(
                org.contenthub.web.platform.Problem.of(
                    404, "Not Found", "This address is not on the list."))
            .type(org.contenthub.web.platform.Problem.MEDIA_TYPE)
            .build();
  }
}
