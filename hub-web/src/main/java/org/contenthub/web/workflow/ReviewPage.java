package org.contenthub.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /review}: what waits for a supervisor, each with its text, the organisation's social media
 * policy as a checklist, and approve, return or reject with a comment.
 */
@Path("review")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ReviewPage {

  @Inject SubmissionService submissions;
  @Inject WorkflowSettings settings;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;

  @GET
  @Operation(hidden = true)
  public String queue() {
    return pages.render(
        "review",
        "list",
        submissions.reviewQueue(viewer.get()),
        "checklist",
        settings.checklist(pageContext.messages()));
  }
}
