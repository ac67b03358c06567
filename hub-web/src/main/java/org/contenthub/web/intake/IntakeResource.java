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
 * {@code /api/v1/intake/phones}, {@code /held} and {@code /quarantine}: for editors, whose phone
 * number is whose, the messages from senders the hub does not know yet, and the mail it could not
 * handle.
 */
@Path("api/v1/intake")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Intake")
public class IntakeResource {

  @Inject IntakeService intake;
  @Inject QuarantineService quarantine;
  @Inject org.contenthub.web.security.CurrentViewer viewer;

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

  @GET
  @Path("quarantine")
  @Operation(
      summary = "Mail the intake could not handle (malformed, too large, failed), oldest first")
  public List<IntakeRepository.Quarantined> quarantined() {
    return quarantine.open();
  }

  @GET
  @Path("quarantine/{id: [0-9]+}/raw")
  @Produces("message/rfc822")
  @Operation(
      summary = "The raw message of a quarantined mail (409 when only the IMAP folder has it)")
  public Response quarantinedRaw(@PathParam("id") long id) {
    QuarantineService.Raw raw = quarantine.raw(id);
    return org.contenthub.web.attachments.AttachmentResource.asDownload(
        raw.content(), "message/rfc822", raw.filename());
  }

  @POST
  @Path("quarantine/{id: [0-9]+}/retry")
  @Operation(
      summary =
          "Handle a quarantined mail again: outcome submitted, held or duplicate (it leaves the list), or failed with the reason")
  public QuarantineService.Retry retryQuarantined(@PathParam("id") long id) {
    return quarantine.retry(id, viewer.get());
  }

  @DELETE
  @Path("quarantine/{id: [0-9]+}")
  @Operation(summary = "Dismiss a quarantined mail (the IMAP quarantine folder keeps it)")
  public Response dismissQuarantined(@PathParam("id") long id) {
    quarantine.dismiss(id, viewer.get());
    return Response.noContent().build();
  }
}
