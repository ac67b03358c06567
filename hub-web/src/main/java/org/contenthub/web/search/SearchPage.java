package org.contenthub.web.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.contenthub.search.SearchResult;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The search results page, suggestions for the search box, and the expert finder. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class SearchPage {

  @Inject SearchService search;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Path("search")
  @Operation(hidden = true)
  public String results(@Valid @BeanParam SearchQuery query) {
    SearchResult result = search.search(query, viewer.get());
    return pages.render("search", "query", SearchLinks.of(query), "result", result);
  }

  @GET
  @Path("search/suggestions")
  @Operation(hidden = true)
  public String suggestions(@QueryParam("q") String q) {
    return pages.render(
        "suggestions",
        "suggestions",
        q == null || q.length() > 200 ? List.of() : search.suggest(q, viewer.get()));
  }

  @GET
  @Path("experts")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(hidden = true)
  public String experts(@QueryParam("q") String q) {
    String typed = q == null ? "" : q.strip();
    if (typed.length() > 200) {
      typed = typed.substring(0, 200);
    }
    return pages.render(
        "experts",
        "q",
        typed,
        "experts",
        typed.isEmpty() ? List.of() : search.experts(typed, viewer.get()));
  }
}
