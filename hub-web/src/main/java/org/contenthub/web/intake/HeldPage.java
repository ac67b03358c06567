package org.contenthub.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.contenthub.web.workflow.SubmissionView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /workbench/held}: chat messages and mails from senders the hub does not know, for an
 * editor to make a colleague's submission (and remember the sender) or leave. A root resource of
 * its own under the workbench's path.
 */
@Path("workbench/held")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class HeldPage {

  @Inject IntakeService intake;
  @Inject AccountService accounts;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String list() {
    return pages.render(
        "held",
        "messages",
        intake.held(),
        "people",
        accounts.withRole(Roles.EMPLOYEE).stream()
            .map(a -> new String[] {a.getUsername(), a.getDisplayName()})
            .toList());
  }

  @POST
  @Path("{id: [0-9]+}/assign")
  @Operation(hidden = true)
  public Response assign(
      @PathParam("id") long id,
      @FormParam("username") String username,
      @FormParam("remember") boolean remember) {
    SubmissionView created = intake.assign(id, username == null ? "" : username.strip(), remember);
    return Response.seeOther(URI.create("/submissions/" + created.id())).build();
  }
}
