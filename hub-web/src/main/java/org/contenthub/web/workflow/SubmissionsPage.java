package org.contenthub.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.platform.TimeAgo;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /submissions}: a colleague's own submissions, and one submission with everything its
 * reader may do: edit, take a step, see the audit trail, compare versions.
 */
@Path("submissions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EMPLOYEE)
public class SubmissionsPage {

  /** Where a step may send the browser back to; nothing else (no open redirect). */
  private static final Set<String> RETURN_PATHS = Set.of("/workbench", "/review", "/submissions");

  @Inject SubmissionService submissions;
  @Inject AttachmentService attachments;
  @Inject WorkflowSettings settings;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String mine(@QueryParam("page") @DefaultValue("1") int page) {
    Paged<SubmissionView> list =
        submissions.list(
            new SubmissionQuery(null, null, true, Math.max(1, page), 20), viewer.get());
    return pages.render("submissions", "list", list);
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(hidden = true)
  public String detail(@PathParam("id") long id, @QueryParam("saved") String saved) {
    return render(submissions.get(id, viewer.get()), null, List.of(), saved != null);
  }

  /** Saves the edited text (and a new photo, if one was chosen). */
  @POST
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response edit(@PathParam("id") long id, List<EntityPart> parts) {
    SubmissionForm form = SubmissionForm.read(parts, attachments.maxBytes());
    SubmissionInput input = form.input();
    List<FieldError> errors = forms.errors(input);
    if (errors.isEmpty()) {
      try {
        submissions.updateFromForm(
            id, input, form.get("body"), form.imageName, form.image, viewer.get());
        return Response.seeOther(URI.create("/submissions/" + id + "?saved=1")).build();
      } catch (FieldProblem problem) {
        errors = problem.errors();
      } catch (WorkflowConflict conflict) {
        Object kept = conflict.facts().get("yourTextVersion");
        Object current = conflict.facts().get("currentTextVersion");
        if (kept != null) {
          return Response.seeOther(
                  URI.create(
                      "/submissions/"
                          + id
                          + "/compare?from="
                          + current
                          + "&to="
                          + kept
                          + "&conflict=1"))
              .build();
        }
        throw conflict;
      }
    }
    return Response.status(400)
        .entity(render(submissions.get(id, viewer.get()), form, errors, false))
        .build();
  }

  /** One step of the workflow, from the buttons of the detail, workbench and review pages. */
  @POST
  @Path("{id: [0-9]+}/transitions")
  @Operation(hidden = true)
  public Response transition(
      @PathParam("id") long id,
      @FormParam("action") String action,
      @FormParam("comment") String comment,
      @FormParam("at") String at,
      @FormParam("next") String next) {
    submissions.transition(id, new TransitionInput(action, comment, localTime(at)), viewer.get());
    String back = next != null && RETURN_PATHS.contains(next) ? next : "/submissions/" + id;
    return Response.seeOther(URI.create(back)).build();
  }

  @GET
  @Path("{id: [0-9]+}/compare")
  @Operation(hidden = true)
  public String compare(
      @PathParam("id") long id,
      @QueryParam("from") int from,
      @QueryParam("to") int to,
      @QueryParam("conflict") String conflict) {
    SubmissionView submission = submissions.get(id, viewer.get());
    return pages.render(
        "compare",
        "submission",
        submission,
        "comparison",
        submissions.compare(id, from, to, viewer.get()),
        "conflict",
        conflict != null);
  }

  private String render(
      SubmissionView submission, SubmissionForm form, List<FieldError> errors, boolean saved) {
    return pages.render(
        "submission",
        "s",
        submission,
        "title",
        form == null ? submission.title() : Texts.blankToNull(form.get("title")),
        "body",
        form == null ? SubmissionForm.editableText(submission.body()) : form.get("body"),
        "links",
        form == null ? String.join("\n", submission.links()) : form.get("links"),
        "kinds",
        List.of(SubmissionKind.values()),
        "channels",
        List.of(Channel.values()),
        "checklist",
        settings.checklist(pageContext.messages()),
        "errors",
        errors,
        "saved",
        saved);
  }

  /** A time from a {@code datetime-local} field, meant in Dutch time. */
  static OffsetDateTime localTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(TimeAgo.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new FieldProblem("at", "must be a date and time");
    }
  }
}
