package org.contenthub.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/calendar}: the content calendar. Every colleague reads it and proposes ideas into
 * open slots; editors plan, assign, move and remove slots.
 */
@Path("api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Content calendar")
public class CalendarResource {

  @Inject CalendarService calendar;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Slots from `from` to `to` (dates or date-times; default this week), with the submission and item they became")
  public List<SlotView> list(@QueryParam("from") String from, @QueryParam("to") String to) {
    CalendarRange range = CalendarRange.parse(from, to);
    return calendar.between(range.from(), range.to());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Plan a post (with title) or open a slot for ideas (without)")
  public Response create(@Valid SlotInput input) {
    requireBody(input);
    SlotView created = calendar.create(input, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/calendar/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(
      summary =
          "Ask a colleague to write within a frame (topic, angle, channel, words, deadline): their draft, a slot, a mail")
  public Response assign(@Valid AssignmentInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    SlotView slot = calendar.assign(input, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/calendar/{id}").build(slot.id()))
        .entity(slot)
        .build();
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Move, assign or rename a slot; send the version you read")
  public SlotView update(@PathParam("id") long id, @Valid SlotInput input) {
    requireBody(input);
    return calendar.update(id, input, viewer.get());
  }

  @DELETE
  @Path("{id: [0-9]+}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(summary = "Remove a slot")
  public Response delete(@PathParam("id") long id) {
    calendar.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/proposals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary = "Propose an idea for an open slot: it becomes your submission (409 if taken)")
  public SlotView propose(@PathParam("id") long id, @Valid ProposalInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"title\"} is required.");
    }
    return calendar.propose(id, input, viewer.get());
  }

  @POST
  @Path("subscription")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "A new secret address of the calendar for Outlook (.ics), shown once; the previous one stops working")
  public CalendarService.Subscription subscribe() {
    return calendar.subscribe(viewer.get());
  }

  @DELETE
  @Path("subscription")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "Revoke my calendar address")
  public Response unsubscribe() {
    calendar.unsubscribe(viewer.get());
    return Response.noContent().build();
  }

  private static void requireBody(SlotInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
  }
}
