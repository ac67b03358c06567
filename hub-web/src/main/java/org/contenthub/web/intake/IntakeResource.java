package org.contenthub.web.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.contenthub.web.security.Roles;
import org.contenthub.web.workflow.SubmissionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/intake/phones} and {@code /held}: for editors, whose phone number is whose, and
 * the messages from numbers the hub does not know yet.
 */
@Path("api/v1/intake")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Intake")
public class IntakeResource {

  @Inject IntakeService intake;

  /** A phone number for a colleague. */
  public static class PhoneInput {
    @NotBlank
    @Size(max = 32)
    public String phone;

    @NotBlank
    @Size(max = 64)
    public String username;
  }

  /** Whose a held message is. */
  public static class AssignInput {
    @NotBlank
    @Size(max = 64)
    public String username;

    /** Also link the sender's number to this colleague. */
    public boolean remember;
  }

  @GET
  @Path("phones")
  @Operation(summary = "Phone numbers linked to colleagues (international digits)")
  public List<IntakeRepository.Phone> phones() {
    return intake.phones();
  }

  @PUT
  @Path("phones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a phone number to a colleague, so their chat messages are theirs")
  public IntakeRepository.Phone link(@Valid PhoneInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"phone\", \"username\"} is required.");
    }
    return intake.linkPhone(input.phone, input.username);
  }

  @DELETE
  @Path("phones/{phone}")
  @Operation(summary = "Unlink a phone number")
  public Response unlink(@PathParam("phone") String phone) {
    intake.unlinkPhone(phone);
    return Response.noContent().build();
  }

  @GET
  @Path("held")
  @Operation(summary = "Messages from unknown numbers, waiting for an editor")
  public List<IntakeRepository.Received> held() {
    return intake.held();
  }

  @POST
  @Path("held/{id: [0-9]+}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a held message a colleague's submission (and optionally link the number)")
  public SubmissionView assign(@PathParam("id") long id, @Valid AssignInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"username\"} is required.");
    }
    return intake.assign(id, input.username, input.remember);
  }
}
