package org.contenthub.web.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.contenthub.web.items.Channel;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.TimeAgo;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /calendar}: the content calendar by week or month, day by day. Colleagues propose ideas
 * into open slots; editors plan, assign and move; everyone can take the calendar into Outlook.
 */
@Path("calendar")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EMPLOYEE)
public class CalendarPage {

  @Inject CalendarService calendar;
  @Inject AccountService accounts;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject FormValidation forms;

  @GET
  @Operation(hidden = true)
  public String show(@QueryParam("from") String from, @QueryParam("view") String view) {
    return render(from, view, null, List.of());
  }

  @POST
  @Path("slots")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(hidden = true)
  public Response create(
      @FormParam("startsAt") String startsAt,
      @FormParam("channel") String channel,
      @FormParam("title") String title,
      @FormParam("owner") String owner) {
    SlotInput input = input(startsAt, channel, title, null, owner, null, null);
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(null, null, null, errors)).build();
    }
    SlotView slot = calendar.create(input, viewer.get());
    return back(slot);
  }

  @POST
  @Path("assignments")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(hidden = true)
  public Response assign(
      @FormParam("writer") String writer,
      @FormParam("topic") String topic,
      @FormParam("angle") String angle,
      @FormParam("channel") String channel,
      @FormParam("words") String words,
      @FormParam("deadline") String deadline) {
    AssignmentInput input = new AssignmentInput();
    input.writer = writer;
    input.topic = topic;
    input.angle = angle;
    input.channel = channel;
    input.words =
        words == null || !words.strip().matches("\\d{1,6}") ? null : Integer.valueOf(words.strip());
    input.deadline = localTime(deadline);
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(null, null, null, errors)).build();
    }
    return back(calendar.assign(input, viewer.get()));
  }

  @POST
  @Path("slots/{id: [0-9]+}")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(hidden = true)
  public Response update(
      @PathParam("id") long id,
      @FormParam("startsAt") String startsAt,
      @FormParam("channel") String channel,
      @FormParam("title") String title,
      @FormParam("note") String note,
      @FormParam("owner") String owner,
      @FormParam("state") String state,
      @FormParam("version") Long version) {
    SlotInput input = input(startsAt, channel, title, note, owner, state, version);
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(null, null, null, errors)).build();
    }
    return back(calendar.update(id, input, viewer.get()));
  }

  @POST
  @Path("slots/{id: [0-9]+}/delete")
  @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
  @Operation(hidden = true)
  public Response delete(@PathParam("id") long id) {
    calendar.delete(id);
    return Response.seeOther(URI.create("/calendar")).build();
  }

  @POST
  @Path("slots/{id: [0-9]+}/propose")
  @Operation(hidden = true)
  public Response propose(
      @PathParam("id") long id, @FormParam("title") String title, @FormParam("note") String note) {
    ProposalInput input = new ProposalInput();
    input.title = title;
    input.note = note;
    List<FieldError> errors = forms.errors(input);
    if (!errors.isEmpty()) {
      return Response.status(400).entity(render(null, null, null, errors)).build();
    }
    return back(calendar.propose(id, input, viewer.get()));
  }

  /** A new secret calendar address, shown on the page this once. */
  @POST
  @Path("subscription")
  @Operation(hidden = true)
  public String subscribe(@FormParam("from") String from, @FormParam("view") String view) {
    return render(from, view, calendar.subscribe(viewer.get()).url(), List.of());
  }

  @POST
  @Path("subscription/delete")
  @Operation(hidden = true)
  public Response unsubscribe() {
    calendar.unsubscribe(viewer.get());
    return Response.seeOther(URI.create("/calendar")).build();
  }

  private String render(String from, String view, String subscriptionUrl, List<FieldError> errors) {
    boolean month = "month".equals(view);
    LocalDate anchor = date(from);
    LocalDate start =
        month
            ? anchor.withDayOfMonth(1)
            : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate end = month ? start.plusMonths(1) : start.plusWeeks(1);
    Map<LocalDate, List<SlotView>> days = new LinkedHashMap<>();
    for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
      days.put(day, new ArrayList<>());
    }
    for (SlotView slot :
        calendar.between(CalendarRange.midnight(start), CalendarRange.midnight(end))) {
      days.get(slot.startsAt().atZoneSameInstant(TimeAgo.ZONE).toLocalDate()).add(slot);
    }
    boolean editor = viewer.get().has(Roles.EDITOR) || viewer.get().has(Roles.ADMIN);
    return pages.render(
        "calendar",
        "days",
        days,
        "month",
        month,
        "start",
        start,
        "previous",
        month ? start.minusMonths(1) : start.minusWeeks(1),
        "next",
        end,
        "channels",
        List.of(Channel.values()),
        "states",
        List.of(SlotState.values()),
        "people",
        editor
            ? accounts.withRole(Roles.EMPLOYEE).stream()
                .map(a -> new Person(a.getUsername(), a.getDisplayName()))
                .toList()
            : List.<Person>of(),
        "editor",
        editor,
        "subscribed",
        calendar.subscribed(viewer.get()),
        "subscriptionUrl",
        subscriptionUrl,
        "errors",
        errors);
  }

  /** Someone a slot can be assigned to. */
  public record Person(String username, String name) {}

  private static Response back(SlotView slot) {
    LocalDate day = slot.startsAt().atZoneSameInstant(TimeAgo.ZONE).toLocalDate();
    return Response.seeOther(URI.create("/calendar?from=" + day + "#slot-" + slot.id())).build();
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank()
          ? LocalDate.now(TimeAgo.ZONE)
          : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return LocalDate.now(TimeAgo.ZONE);
    }
  }

  private static SlotInput input(
      String startsAt,
      String channel,
      String title,
      String note,
      String owner,
      String state,
      Long version) {
    SlotInput input = new SlotInput();
    input.startsAt = localTime(startsAt);
    input.channel = channel;
    input.title = title;
    input.note = note;
    input.owner = owner;
    input.state = state == null || state.isBlank() ? null : state;
    input.version = version;
    return input;
  }

  /** A time from a {@code datetime-local} field, meant in Dutch time. */
  private static OffsetDateTime localTime(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip()).atZone(TimeAgo.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new FieldProblem("startsAt", "must be a date and time");
    }
  }
}
