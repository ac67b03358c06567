package org.contenthub.web.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/intake/whatsapp}: the webhook of a WhatsApp Business Cloud API gateway. Open to
 * the gateway (no hub account), so every call proves itself: the handshake with the verify token,
 * messages with the HMAC signature of their raw body.
 */
@Path("api/v1/intake/whatsapp")
@Tag(name = "Intake")
public class WhatsAppWebhookResource {

  /** Far above any webhook call; a larger body is refused before it is read. */
  static final int MAX_BODY = 1_048_576;

  @Inject IntakeService intake;

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(
      summary = "Subscription handshake: echoes hub.challenge for the configured verify token")
  public String verify(
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge) {
    return intake
        .verifyWhatsApp(mode, token, challenge)
        .orElseThrow(() -> new ForbiddenException("The verify token does not match."));
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Messages from the gateway, signed with X-Hub-Signature-256 (401 unsigned, 403 wrong)")
  public IntakeService.Receipt receive(
      @HeaderParam("X-Hub-Signature-256") String signature, InputStream body) {
    byte[] raw;
    try (InputStream in = body) {
      raw = in == null ? new byte[0] : in.readNBytes(MAX_BODY + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (raw.length > MAX_BODY) {
      throw new ClientErrorException(
          "A webhook call may be at most 1 MB.", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    return intake.receiveWhatsApp(raw, signature);
  }
}
