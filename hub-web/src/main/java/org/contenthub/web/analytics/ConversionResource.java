package org.contenthub.web.analytics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.contenthub.web.platform.ErrorResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/conversions}: the company website reports a conversion for the tracked link
 * that brought the visitor (docs/CONVERSIONS.md). Its own authentication, not an account: the
 * shared secret as a bearer token, or a browser on an allowed origin (CORS).
 */
@Path("api/v1/conversions")
@Tag(name = "Measurement")
public class ConversionResource {

  @Inject ConversionService conversions;
  @Inject ErrorResponses errors;
  @Context UriInfo uri;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Report a conversion for a tracked link (code or utm; value and reference optional;"
              + " a reference counts once): Authorization: Bearer <hub.conversions.secret>, or"
              + " from a browser on an allowed origin")
  public Response report(
      @Valid ConversionInput input,
      @HeaderParam("Authorization") String authorization,
      @HeaderParam("Origin") String origin) {
    Optional<String> source = conversions.sourceOf(authorization, origin);
    if (source.isEmpty()) {
      return errors.of(
          uri,
          401,
          "Report conversions with the hub's conversion secret (Authorization: Bearer …) or from"
              + " a page on an allowed origin; see docs/CONVERSIONS.md.",
          null,
          "Bearer");
    }
    if (input == null) {
      throw new BadRequestException("A JSON body {\"code\": …} or {\"utm\": …} is required.");
    }
    ConversionService.Recorded recorded = conversions.record(input, source.get());
    return cors(Response.status(recorded.duplicate() ? 200 : 201).entity(recorded), origin).build();
  }

  @OPTIONS
  @PermitAll
  @Operation(hidden = true)
  public Response preflight(@HeaderParam("Origin") String origin) {
    return cors(Response.noContent(), origin)
        .header("Access-Control-Allow-Methods", "POST")
        .header("Access-Control-Allow-Headers", "Content-Type")
        .header("Access-Control-Max-Age", "600")
        .build();
  }

  /** CORS only for the configured origins; credentials are never included. */
  private Response.ResponseBuilder cors(Response.ResponseBuilder response, String origin) {
    conversions
        .allowedOrigin(origin)
        .ifPresent(allowed -> response.header("Access-Control-Allow-Origin", allowed));
    return response.header("Vary", "Origin");
  }
}
