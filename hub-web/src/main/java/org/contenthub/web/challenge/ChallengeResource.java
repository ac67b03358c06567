package org.contenthub.web.challenge;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import org.contenthub.web.challenge.ChallengeRules.Totals;
import org.contenthub.web.challenge.ChallengeService.ChallengeView;
import org.contenthub.web.challenge.ChallengeService.Leaderboard;
import org.contenthub.web.challenge.ChallengeService.MyReports;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/challenges}: social media challenges. Colleagues read them, enrol and report;
 * communication staff and administrators set them up, send the weekly mail now and announce the
 * winner. Invited guests (external ambassadors) take no part: a challenge is the workforce's.
 */
@Path("api/v1/challenges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social media challenges")
public class ChallengeResource {

  @Inject ChallengeService challenges;
  @Inject ChallengeMails mails;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.ADMIN})
  @Operation(summary = "All challenges, newest first")
  public List<ChallengeView> list() {
    return challenges.list(viewer.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Set up a challenge: title, description, startDate, weeks (1-12, default 5) or endDate, networks")
  public Response create(@Valid ChallengeInput input) {
    requireBody(input);
    ChallengeView created = challenges.create(input, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/challenges/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @RolesAllowed({Roles.EMPLOYEE, Roles.ADMIN})
  @Operation(summary = "A challenge, and whether I take part")
  public ChallengeView get(@PathParam("id") long id) {
    return challenges.get(id, viewer.get());
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Change a challenge before it starts (409 after); send the version you read")
  public ChallengeView update(@PathParam("id") long id, @Valid ChallengeInput input) {
    requireBody(input);
    return challenges.update(id, input, viewer.get());
  }

  @PUT
  @Path("{id: [0-9]+}/enrolment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Enrol, agreeing (consent: true) that my growth is shown to the other participants (409 if enrolled)")
  public ChallengeView enrol(@PathParam("id") long id, EnrolmentInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"consent\": true} is required.");
    }
    return challenges.enrol(id, Boolean.TRUE.equals(input.consent), viewer.get());
  }

  @DELETE
  @Path("{id: [0-9]+}/enrolment")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "Leave the challenge; my reports in it are deleted")
  public ChallengeView leave(@PathParam("id") long id) {
    return challenges.leave(id, viewer.get());
  }

  @POST
  @Path("{id: [0-9]+}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Report my contacts per network for this week (or `week`); a later report that week replaces it")
  public MyReports report(@PathParam("id") long id, ReportInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"contacts\": {\"linkedin\": 420}} is required.");
    }
    return challenges.report(id, input.week, input.contacts, viewer.get());
  }

  @GET
  @Path("{id: [0-9]+}/reports/mine")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "What I reported, week by week, and the counts the form starts from")
  public MyReports mine(@PathParam("id") long id) {
    return challenges.myReports(id, viewer.get());
  }

  @GET
  @Path("{id: [0-9]+}/leaderboard")
  @RolesAllowed({Roles.EMPLOYEE, Roles.ADMIN})
  @Operation(
      summary =
          "Participants ranked by growth, with points, badges and totals: for participants and communicators (403 otherwise)")
  public Leaderboard leaderboard(@PathParam("id") long id) {
    return challenges.leaderboard(id, viewer.get());
  }

  @GET
  @Path("{id: [0-9]+}/totals")
  @RolesAllowed({Roles.EMPLOYEE, Roles.ADMIN})
  @Operation(summary = "Participants, how many reported, and their growth together")
  public Totals totals(@PathParam("id") long id) {
    return challenges.totals(id);
  }

  @POST
  @Path("{id: [0-9]+}/announcement")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "End the challenge and announce the winner: a notice to every participant, the results as an item")
  public ChallengeView announce(@PathParam("id") long id) {
    return challenges.announce(id, viewer.get());
  }

  @POST
  @Path("{id: [0-9]+}/weekly-mail")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Send this week's challenge mail to the participants now, instead of at its time (409 if sent)")
  public Response weeklyMail(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("newsletterIds", mails.sendNow(id)))
        .build();
  }

  private static void requireBody(ChallengeInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
  }
}
