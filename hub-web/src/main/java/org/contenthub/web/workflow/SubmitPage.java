package org.contenthub.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /submit}: the form every colleague uses to hand in a story, idea, photo or link. */
@Path("submit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EMPLOYEE)
public class SubmitPage {

  @Inject SubmissionService submissions;
  @Inject AttachmentService attachments;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String form() {
    SubmissionInput input = new SubmissionInput();
    input.channel = "internal";
    input.type = "story";
    return render(input, "", "", List.of());
  }

  /** Saves a draft or hands it in at once ({@code then=submit}), photo included, all or nothing. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response save(List<EntityPart> parts) {
    SubmissionForm form = SubmissionForm.read(parts, attachments.maxBytes());
    SubmissionInput input = form.input();
    List<FieldError> errors = forms.errors(input);
    if (errors.isEmpty()) {
      try {
        SubmissionView saved =
            submissions.createFromForm(
                input, form.imageName, form.image, "submit".equals(form.get("then")), viewer.get());
        return Response.seeOther(URI.create("/submissions/" + saved.id() + "?saved=1")).build();
      } catch (FieldProblem problem) {
        errors = problem.errors();
      }
    }
    return Response.status(400)
        .entity(render(input, form.get("body"), form.get("links"), errors))
        .build();
  }

  private String render(SubmissionInput input, String body, String links, List<FieldError> errors) {
    return pages.render(
        "submit",
        "input",
        input,
        "body",
        body == null ? "" : body,
        "links",
        links == null ? "" : links,
        "kinds",
        List.of(SubmissionKind.values()),
        "channels",
        List.of(Channel.values()),
        "maxMegabytes",
        attachments.maxBytes() / 1_048_576,
        "errors",
        errors);
  }
}
