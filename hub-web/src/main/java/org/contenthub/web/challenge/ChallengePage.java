package org.contenthub.web.challenge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.contenthub.web.people.PeopleService;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /challenges}: the list (and, for communicators, a new challenge) and {@code
 * /challenges/{id}}: what it is about, enrolling with the consent text, the weekly report, the
 * leaderboard for participants, and for communicators editing, the weekly mail and announcing.
 * Refused input comes back on the form with what was typed.
 */
@Path("challenges")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EMPLOYEE)
public class ChallengePage {

  @Inject ChallengeService challenges;
  @Inject ChallengeMails mails;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject FormValidation forms;

  /** What the challenge form holds, as typed. */
  public record ChallengeForm(
      String title,
      String description,
      String startDate,
      String weeks,
      List<String> networks,
      Long version) {

    static ChallengeForm empty() {
      return new ChallengeForm(
          "",
          "",
          LocalDate.now(org.contenthub.web.platform.TimeAgo.ZONE)
              .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
              .toString(),
          Integer.toString(ChallengeRules.DEFAULT_WEEKS),
          ChallengeService.DEFAULT_NETWORKS,
          null);
    }

    static ChallengeForm of(ChallengeService.ChallengeView c) {
      return new ChallengeForm(
          c.title(),
          c.description() == null ? "" : c.description(),
          c.startDate().toString(),
          Integer.toString(c.weeks()),
          c.networks(),
          c.version());
    }
  }

  @GET
  @Operation(hidden = true)
  public String list() {
    return renderList(ChallengeForm.empty(), List.of());
  }

  @POST
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response create(
      @FormParam("title") String title,
      @FormParam("description") String description,
      @FormParam("startDate") String startDate,
      @FormParam("weeks") String weeks,
      @FormParam("networks") List<String> networks) {
    ChallengeForm form = new ChallengeForm(title, description, startDate, weeks, networks, null);
    try {
      ChallengeInput input = input(form);
      List<FieldError> errors = forms.errors(input);
      if (!errors.isEmpty()) {
        return Response.status(400).entity(renderList(form, errors)).build();
      }
      long id = challenges.create(input, viewer.get()).id();
      return Response.seeOther(URI.create("/challenges/" + id + "?done=created")).build();
    } catch (FieldProblem problem) {
      return Response.status(400).entity(renderList(form, problem.errors())).build();
    }
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(hidden = true)
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    return render(id, done, null, null, List.of(), null);
  }

  @POST
  @Path("{id: [0-9]+}")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response update(
      @PathParam("id") long id,
      @FormParam("title") String title,
      @FormParam("description") String description,
      @FormParam("startDate") String startDate,
      @FormParam("weeks") String weeks,
      @FormParam("networks") List<String> networks,
      @FormParam("version") Long version) {
    ChallengeForm form = new ChallengeForm(title, description, startDate, weeks, networks, version);
    return attempt(
        id,
        form,
        null,
        () -> {
          ChallengeInput input = input(form);
          List<FieldError> errors = forms.errors(input);
          if (!errors.isEmpty()) {
            throw new FieldProblem(errors);
          }
          challenges.update(id, input, viewer.get());
          return "saved";
        });
  }

  @POST
  @Path("{id: [0-9]+}/enrol")
  @Operation(hidden = true)
  public Response enrol(@PathParam("id") long id, @FormParam("consent") String consent) {
    return attempt(
        id,
        null,
        null,
        () -> {
          challenges.enrol(id, "on".equals(consent) || "true".equals(consent), viewer.get());
          return "enrolled";
        });
  }

  @POST
  @Path("{id: [0-9]+}/leave")
  @Operation(hidden = true)
  public Response leave(@PathParam("id") long id) {
    return attempt(
        id,
        null,
        null,
        () -> {
          challenges.leave(id, viewer.get());
          return "left";
        });
  }

  @POST
  @Path("{id: [0-9]+}/report")
  @Operation(hidden = true)
  public Response report(@PathParam("id") long id, Form form) {
    Map<String, String> typed = new LinkedHashMap<>();
    form.asMap()
        .forEach(
            (name, values) -> {
              if (name.startsWith("contacts.") && !values.isEmpty()) {
                typed.put(name.substring("contacts.".length()), values.get(0).strip());
              }
            });
    String week = form.asMap().getOrDefault("week", List.of("")).get(0);
    return attempt(
        id,
        null,
        typed,
        () -> {
          List<FieldError> errors = new ArrayList<>();
          Map<String, BigDecimal> contacts = new LinkedHashMap<>();
          typed.forEach(
              (network, value) -> {
                if (value.isEmpty()) {
                  return; // a network left empty is not reported this week
                }
                try {
                  // "1.250" and "1 250" are how people write thousands; anything else as typed
                  contacts.put(
                      network,
                      new BigDecimal(
                          value.matches("\\d{1,3}([. ]\\d{3})+")
                              ? value.replaceAll("[. ]", "")
                              : value));
                } catch (NumberFormatException e) {
                  errors.add(new FieldError("contacts." + network, "must be a whole number"));
                }
              });
          Integer weekNumber = null;
          if (week != null && !week.isBlank()) {
            try {
              weekNumber = Integer.valueOf(week.strip());
            } catch (NumberFormatException e) {
              errors.add(new FieldError("week", "must be a week number"));
            }
          }
          if (!errors.isEmpty()) {
            throw new FieldProblem(errors);
          }
          challenges.report(id, weekNumber, contacts, viewer.get());
          return "reported";
        });
  }

  @POST
  @Path("{id: [0-9]+}/announce")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response announce(@PathParam("id") long id) {
    return attempt(
        id,
        null,
        null,
        () -> {
          challenges.announce(id, viewer.get());
          return "announced";
        });
  }

  @POST
  @Path("{id: [0-9]+}/mail")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response mail(@PathParam("id") long id) {
    return attempt(
        id,
        null,
        null,
        () -> {
          mails.sendNow(id);
          return "mailed";
        });
  }

  /**
   * Runs a form's action: on success back to the page with what was done, on refused input the page
   * again with the reasons and what was typed (400, or the service's 409/403).
   */
  private Response attempt(
      long id, ChallengeForm edit, Map<String, String> typed, Supplier<String> action) {
    try {
      String done = action.get();
      return Response.seeOther(URI.create("/challenges/" + id + "?done=" + done)).build();
    } catch (FieldProblem problem) {
      return Response.status(400)
          .entity(render(id, null, edit, typed, problem.errors(), null))
          .build();
    } catch (ClientErrorException refused) {
      if (refused.getResponse().getStatus() == 404) {
        throw refused;
      }
      return Response.status(refused.getResponse().getStatus())
          .entity(render(id, null, edit, typed, List.of(), refused.getMessage()))
          .build();
    }
  }

  private String renderList(ChallengeForm form, List<FieldError> errors) {
    return pages.render(
        "challenges",
        "challenges",
        challenges.list(viewer.get()),
        "runs",
        ChallengeService.runs(viewer.get()),
        "form",
        form,
        "networks",
        PeopleService.NETWORKS,
        "errors",
        errors);
  }

  private String render(
      long id,
      String done,
      ChallengeForm edit,
      Map<String, String> typed,
      List<FieldError> errors,
      String refusal) {
    ChallengeService.ChallengeView c = challenges.get(id, viewer.get());
    boolean runs = ChallengeService.runs(viewer.get());
    ChallengeService.Leaderboard board =
        c.enrolled() || runs ? challenges.leaderboard(id, viewer.get()) : null;
    ChallengeService.MyReports mine = c.enrolled() ? challenges.myReports(id, viewer.get()) : null;
    Map<String, String> values = new LinkedHashMap<>();
    if (mine != null) {
      mine.prefill().forEach((n, v) -> values.put(n, Integer.toString(v)));
    }
    if (typed != null) {
      values.putAll(typed);
    }
    return pages.render(
        "challenge",
        "challenge",
        c,
        "totals",
        challenges.totals(id),
        "board",
        board,
        "mine",
        mine,
        "values",
        values,
        "runs",
        runs,
        "edit",
        edit != null ? edit : ChallengeForm.of(c),
        "networks",
        PeopleService.NETWORKS,
        "done",
        done == null ? "" : done,
        "errors",
        errors,
        "refusal",
        refusal);
  }

  private static ChallengeInput input(ChallengeForm form) {
    ChallengeInput input = new ChallengeInput();
    input.title = form.title();
    input.description = form.description();
    input.networks = form.networks() == null ? List.of() : form.networks();
    input.version = form.version();
    List<FieldError> errors = new ArrayList<>();
    try {
      input.startDate =
          form.startDate() == null || form.startDate().isBlank()
              ? null
              : LocalDate.parse(form.startDate().strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("startDate", "must be a date"));
    }
    try {
      input.weeks =
          form.weeks() == null || form.weeks().isBlank()
              ? null
              : Integer.valueOf(form.weeks().strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError("weeks", "must be a number of weeks"));
    }
    if (!errors.isEmpty()) {
      throw new FieldProblem(errors);
    }
    return input;
  }
}
