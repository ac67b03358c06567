package org.contenthub.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.contenthub.web.sharing.SharingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/me/...}: a person's own consent and own figures. */
@Path("api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
@Tag(name = "Me")
public class MeResource {

  @Inject AccountService accounts;
  @Inject SharingService sharing;
  @Inject CurrentViewer viewer;
  @Inject PeopleService people;

  @GET
  @Path("consent")
  @Operation(summary = "Whether figures about me are kept and shown (off until I turn it on)")
  public AccountService.Consent consent() {
    return accounts.consentOf(viewer.get());
  }

  @PUT
  @Path("consent")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Turn measurement of my shares and clicks on or off, from now on")
  public AccountService.Consent setConsent(@Valid ConsentInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"measurement\": true|false} is required.");
    }
    // JSON-B would read "yes" or "1" as false; only a real JSON boolean counts as a choice.
    if (input.measurement != jakarta.json.JsonValue.TRUE
        && input.measurement != jakarta.json.JsonValue.FALSE) {
      throw new FieldProblem("measurement", "must be true or false");
    }
    return accounts.setConsent(viewer.get(), input.measurement == jakarta.json.JsonValue.TRUE);
  }

  @GET
  @Path("shares")
  @Operation(summary = "My shares and the clicks they brought (empty without consent)")
  public List<SharingService.MyShare> shares() {
    return sharing.mine(viewer.get());
  }

  @GET
  @Path("network-sizes")
  @Operation(summary = "My approximate contacts per network (the base of estimated reach)")
  public Map<String, Integer> networkSizes() {
    return people.networkSizes(viewer.get());
  }

  @PUT
  @Path("network-sizes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set my approximate contacts per network, e.g. {\"linkedin\": 400} (0 to 10,000,000;"
              + " only while measurement is on)")
  public Map<String, Integer> setNetworkSizes(Map<String, BigDecimal> sizes) {
    if (sizes == null) {
      throw new BadRequestException("A JSON body {\"linkedin\": 400, …} is required.");
    }
    return people.setNetworkSizes(viewer.get(), sizes);
  }

  @GET
  @Path("export")
  @Operation(summary = "Download everything the hub holds about me, as JSON")
  public Response export() {
    return Response.ok(people.export(viewer.get()), MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"my-content-hub-data.json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("measurement")
  @Operation(
      summary =
          "Delete my measurement data: network sizes removed, my shares unlinked from me (they"
              + " stay in anonymous totals)")
  public PeopleService.Erased eraseMeasurement() {
    return people.eraseMeasurement(viewer.get());
  }

  /** The body of a consent change. */
  public static class ConsentInput {
    @NotNull(message = "must be true or false")
    public jakarta.json.JsonValue measurement;
  }
}
