package org.contenthub.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.attachments.AttachmentResource;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /workbench/quarantine}: mail the intake could not handle, beside {@code /workbench/held},
 * for editors to download, handle again or dismiss.
 */
@Path("workbench/quarantine")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class QuarantinePage {

  @Inject QuarantineService quarantine;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String list() {
    return pages.render("quarantine", "mails", quarantine.open(), "outcome", null);
  }

  @GET
  @Path("{id: [0-9]+}/raw")
  @Produces("message/rfc822")
  @Operation(hidden = true)
  public Response raw(@PathParam("id") long id) {
    QuarantineService.Raw raw = quarantine.raw(id);
    return AttachmentResource.asDownload(raw.content(), "message/rfc822", raw.filename());
  }

  /** Handles the mail again; on success to the submission, otherwise the list with the reason. */
  @POST
  @Path("{id: [0-9]+}/retry")
  @Operation(hidden = true)
  public Response retry(@PathParam("id") long id) {
    QuarantineService.Retry result = quarantine.retry(id, viewer.get());
    if (result.submissionId() != null) {
      return Response.seeOther(URI.create("/submissions/" + result.submissionId())).build();
    }
    if ("held".equals(result.outcome())) {
      return Response.seeOther(URI.create("/workbench/held")).build();
    }
    return Response.ok(pages.render("quarantine", "mails", quarantine.open(), "outcome", result))
        .build();
  }

  @POST
  @Path("{id: [0-9]+}/dismiss")
  @Operation(hidden = true)
  public Response dismiss(@PathParam("id") long id) {
    quarantine.dismiss(id, viewer.get());
    return Response.seeOther(URI.create("/workbench/quarantine")).build();
  }
}
