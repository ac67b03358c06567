package org.contenthub.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.contenthub.web.analytics.AnalyticsService;
import org.contenthub.web.analytics.Period;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.contenthub.web.sharing.SharingService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Me": the person's consent to measurement, explained plainly, their network sizes, what their
 * contribution yielded, and their data: export and deletion.
 */
@Path("me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class MePage {

  @Inject AccountService accounts;
  @Inject SharingService sharing;
  @Inject PeopleService people;
  @Inject AnalyticsService analytics;
  @Inject org.contenthub.web.items.ItemService items;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String me(@QueryParam("done") String done) {
    return page(done, Map.of());
  }

  private String page(String done, Map<String, String> errors) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return pages.render(
        "me",
        "consent",
        accounts.consentOf(viewer.get()),
        "shares",
        sharing.mine(viewer.get()),
        "sizes",
        people.networkSizes(viewer.get()),
        "networks",
        PeopleService.NETWORKS,
        "contribution",
        analytics.mine(viewer.get(), new Period(today.minusYears(10), today)).orElse(null),
        // anonymous counts of their own items' readers: theirs to see, consent or not
        "reads",
        items.readsOfItemsBy(viewer.get().accountId(), today.minusYears(10)),
        "done",
        done == null ? "" : done,
        "errors",
        errors);
  }

  @POST
  @Path("consent")
  @Operation(hidden = true)
  public Response consent(@FormParam("measurement") boolean measurement) {
    accounts.setConsent(viewer.get(), measurement);
    return Response.seeOther(URI.create("/me")).build();
  }

  @POST
  @Path("network-sizes")
  @Operation(hidden = true)
  public Response networkSizes(Form form) {
    Map<String, BigDecimal> sizes = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (String network : PeopleService.NETWORKS) {
      String value = form.asMap().getFirst(network);
      if (value == null || value.isBlank()) {
        continue;
      }
      try {
        sizes.put(network, new BigDecimal(value.strip()));
      } catch (NumberFormatException e) {
        errors.put(network, "must be a whole number from 0 to " + PeopleService.MAX_CONTACTS);
      }
    }
    if (errors.isEmpty()) {
      try {
        people.setNetworkSizes(viewer.get(), sizes);
        return Response.seeOther(URI.create("/me?done=sizes#sizes-heading")).build();
      } catch (FieldProblem problem) {
        problem.errors().forEach(e -> errors.put(e.field(), e.message()));
      }
    }
    return Response.status(400).entity(page("", errors)).build();
  }

  @POST
  @Path("measurement/delete")
  @Operation(hidden = true)
  public Response erase() {
    people.eraseMeasurement(viewer.get());
    return Response.seeOther(URI.create("/me?done=erased")).build();
  }
}
