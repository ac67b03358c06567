package org.contenthub.web.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /calendar.ics?token=…}: the content calendar for Outlook and other calendar apps, which
 * subscribe without a session: the personal secret in the address is the credential (revocable).
 */
@Path("calendar.ics")
@Tag(name = "Content calendar")
public class CalendarFeedResource {

  @Inject CalendarService calendar;

  @GET
  @PermitAll
  @Produces("text/calendar; charset=utf-8")
  @Operation(summary = "The calendar as iCalendar, for the holder of a personal calendar address")
  public Response ics(@QueryParam("token") String token) {
    String ics =
        calendar
            .ics(token)
            .orElseThrow(
                () -> new NotFoundException("This calendar address is unknown or revoked."));
    return Response.ok(ics)
        .header("Cache-Control", "private, max-age=300")
        .header("Content-Disposition", "inline; filename=\"content-calendar.ics\"")
        .build();
  }
}
