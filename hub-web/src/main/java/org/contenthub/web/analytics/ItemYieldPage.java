package org.contenthub.web.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /items/{id}/yield}: the fragment "what your contribution yielded" that the item page
 * loads: the item's anonymous totals for its author and the editorial roles, and the viewer's own
 * shares of it when they consent. Empty for anyone else. A root resource of its own: its longer
 * literal path wins over the item page.
 */
@Path("items/{id: [0-9]+}/yield")
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class ItemYieldPage {

  @Inject AnalyticsService analytics;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public String fragment(@PathParam("id") long id) {
    return analytics
        .contribution(id, viewer.get())
        .map(c -> pages.render("itemYield", "contribution", c))
        .orElse("");
  }
}
