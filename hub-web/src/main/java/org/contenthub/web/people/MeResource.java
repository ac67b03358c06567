package org.contenthub.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

  /** The body of a consent change. */
  public static class ConsentInput {
    @NotNull(message = "must be true or false")
    public jakarta.json.JsonValue measurement;
  }
}
