package org.contenthub.web.analytics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/analytics}: shares, clicks, reach, conversions and earned media value per item,
 * person, department and for the whole hub in a date range; each as JSON, or as CSV with a {@code
 * .csv} suffix or {@code Accept: text/csv}. Who sees what is decided by {@link AnalyticsService}.
 */
@Path("api/v1/analytics")
@Tag(name = "Measurement")
public class AnalyticsResource {

  static final String CSV = "text/csv";

  @Inject AnalyticsService analytics;
  @Inject AnalyticsSettings settings;
  @Inject CurrentViewer viewer;

  @GET
  @Path("overview")
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "The whole hub in a date range: totals, over time, per network, top items, top"
              + " ambassadors (consenting people, granted roles only), departments (enough people)")
  public AnalyticsService.Overview overview(@BeanParam AnalyticsQuery query) {
    return analytics.overview(query.period(), viewer.get());
  }

  @GET
  @Path("overview")
  @Produces(CSV + ";qs=0.5")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response overviewAsCsv(@BeanParam AnalyticsQuery query) {
    return overviewCsv(query);
  }

  @GET
  @Path("overview.csv")
  @Produces(CSV)
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "The overview as CSV (?table= one of total, time, networks, items, …)")
  public Response overviewCsv(@BeanParam AnalyticsQuery query) {
    return csv(
        "overview",
        AnalyticsViews.csv(
            analytics.overview(query.period(), viewer.get()), settings, query.table));
  }

  @GET
  @Path("items/{id: [0-9]+}")
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "An item's anonymous figures in a date range")
  public AnalyticsService.ItemReport item(
      @PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return analytics.item(id, query.period(), viewer.get());
  }

  @GET
  @Path("items/{id: [0-9]+}")
  @Produces(CSV + ";qs=0.5")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response itemAsCsv(@PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return itemCsv(id, query);
  }

  @GET
  @Path("items/{id: [0-9]+}.csv")
  @Produces(CSV)
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "An item's figures as CSV")
  public Response itemCsv(@PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return csv(
        "item-" + id,
        AnalyticsViews.csv(
            analytics.item(id, query.period(), viewer.get()), settings, query.table));
  }

  @GET
  @Path("people/{id: [0-9]+}")
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(
      summary =
          "A person's figures: only with their consent, for themselves and granted roles"
              + " (hub.analytics.person-roles)")
  public AnalyticsService.PersonReport person(
      @PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return analytics.person(id, query.period(), viewer.get());
  }

  @GET
  @Path("people/{id: [0-9]+}")
  @Produces(CSV + ";qs=0.5")
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(hidden = true)
  public Response personAsCsv(@PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return personCsv(id, query);
  }

  @GET
  @Path("people/{id: [0-9]+}.csv")
  @Produces(CSV)
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "A person's figures as CSV (same rules)")
  public Response personCsv(@PathParam("id") long id, @BeanParam AnalyticsQuery query) {
    return csv(
        "person-" + id,
        AnalyticsViews.csv(
            analytics.person(id, query.period(), viewer.get()), settings, query.table));
  }

  @GET
  @Path("departments/{name: [^/]+}")
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "A department's figures, only when enough of its people consent"
              + " (otherwise tooFewPeople and why)")
  public AnalyticsService.DepartmentReport department(
      @PathParam("name") String name, @BeanParam AnalyticsQuery query) {
    return analytics.department(name, query.period(), viewer.get());
  }

  @GET
  @Path("departments/{name: [^/]+}")
  @Produces(CSV + ";qs=0.5")
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response departmentAsCsv(@PathParam("name") String name, @BeanParam AnalyticsQuery query) {
    return departmentCsv(name, query);
  }

  @GET
  @Path("departments/{name: [^/]+}.csv")
  @Produces(CSV)
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "A department's figures as CSV (same rules)")
  public Response departmentCsv(@PathParam("name") String name, @BeanParam AnalyticsQuery query) {
    return csv(
        "department",
        AnalyticsViews.csv(
            analytics.department(name, query.period(), viewer.get()), settings, query.table));
  }

  private static Response csv(String name, String body) {
    return Response.ok(body, CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"analytics-" + name + ".csv\"")
        .build();
  }
}
