package org.contenthub.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /workbench}: the editors' queue, filtered by state and channel, with a quick claim. */
@Path("workbench")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class WorkbenchPage {

  @Inject SubmissionService submissions;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String queue(
      @QueryParam("state") String state,
      @QueryParam("channel") String channel,
      @QueryParam("page") @DefaultValue("1") int page) {
    String s = known(state, SubmissionState.PATTERN);
    String c = known(channel, Channel.PATTERN);
    return pages.render(
        "workbench",
        "list",
        submissions.list(new SubmissionQuery(s, c, false, Math.max(1, page), 25), viewer.get()),
        "state",
        s,
        "channel",
        c,
        "states",
        List.of(SubmissionState.values()).stream().filter(x -> x != SubmissionState.DRAFT).toList(),
        "channels",
        List.of(Channel.values()));
  }

  /** A filter value the lists know, or none (a filter from an old link never breaks the page). */
  private static String known(String value, String pattern) {
    return value == null || value.isBlank() || !value.matches(pattern)
        ? null
        : value.toLowerCase(Locale.ROOT);
  }
}
