package org.contenthub.web.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.Page;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /analytics}: the dashboard for editors and communication staff: a date range, totals, a
 * chart over time with its table, top content, top ambassadors (consenting people, for granted
 * roles), networks and departments (enough people), each table also as CSV.
 */
@Path("analytics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class AnalyticsPage {

  @Inject AnalyticsService analytics;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;

  @GET
  @Operation(hidden = true)
  public String dashboard(@BeanParam AnalyticsQuery query) {
    Period period;
    List<Problem.FieldError> errors = List.of();
    try {
      period = query.period();
    } catch (FieldProblem problem) {
      errors = problem.errors();
      period = Period.of(null, null);
    }
    AnalyticsService.Overview overview = analytics.overview(period, viewer.get());
    Page page = pageContext.page();
    return pages.render(
        "analytics",
        "overview",
        overview,
        "errors",
        errors,
        "chart",
        SvgChart.render(
            overview.overTime(),
            page.t("analytics.chart.title", period.from().toString(), period.to().toString()),
            page.t("analytics.chart.desc")),
        "query",
        "from=" + period.from() + "&to=" + period.to());
  }
}
