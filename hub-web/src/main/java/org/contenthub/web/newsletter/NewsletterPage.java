package org.contenthub.web.newsletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The newsletter pages: the archive every colleague reads, and for communication staff the list of
 * newsletters, the composer with its live preview, and the progress of a send.
 */
@Path("newsletters")
@Produces(MediaType.TEXT_HTML)
public class NewsletterPage {

  /**
   * The mail as mail clients get it, shown in a frame: its inline styles need a policy of their
   * own, and it may never run a script.
   */
  static final String MAIL_POLICY =
      "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline';"
          + " frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

  @Inject NewsletterService service;
  @Inject PageRenderer pages;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public String overview(@QueryParam("page") Integer page) {
    boolean composer = isComposer();
    return pages.render(
        "newsletters",
        "archive",
        service.archive(),
        "newsletters",
        composer ? service.newsletters(page == null || page < 1 ? 1 : page, 50).items() : List.of(),
        "composer",
        composer,
        "errors",
        List.of());
  }

  @POST
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response create(@FormParam("subject") String subject) {
    NewsletterInput input = new NewsletterInput();
    input.subject = subject == null || subject.isBlank() ? null : subject.strip();
    if (input.subject == null || input.subject.length() > 300) {
      return Response.status(400)
          .entity(
              pages.render(
                  "newsletters",
                  "archive",
                  service.archive(),
                  "newsletters",
                  service.newsletters(1, 50).items(),
                  "composer",
                  true,
                  "errors",
                  List.of(new FieldError("subject", "1–300"))))
          .build();
    }
    long id = service.create(input, viewer.get()).id();
    return Response.seeOther(URI.create("/newsletters/" + id + "/edit")).build();
  }

  @GET
  @Path("{id: [0-9]+}/edit")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public String edit(@PathParam("id") long id, @QueryParam("done") String done) {
    return composer(service.get(id), List.of(), done);
  }

  @POST
  @Path("{id: [0-9]+}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
    ComposerForm submitted;
    try {
      submitted = ComposerForm.parse(form);
    } catch (FieldProblem problem) {
      return redisplay(id, problem.errors());
    }
    String done = "saved";
    try {
      service.update(id, submitted.input(), viewer.get());
      switch (submitted.op()) {
        case "test" -> {
          DeliveryResult result = service.sendTest(id, viewer.get());
          done = result.isSent() ? "test-sent" : "test-failed";
        }
        case "send" -> {
          service.send(id, null);
          done = "sending";
        }
        case "schedule" -> {
          service.send(id, submitted.scheduleAt());
          done = "scheduled";
        }
        default -> {
          if (!submitted.op().equals("save")) {
            // a block was added, moved or removed: back to the same place in the page
            return Response.seeOther(URI.create("/newsletters/" + id + "/edit#blocks")).build();
          }
        }
      }
    } catch (FieldProblem problem) {
      return redisplay(id, problem.errors());
    } catch (ClientErrorException refused) {
      return redisplay(id, List.of(new FieldError("newsletter", refused.getMessage())));
    }
    return Response.seeOther(URI.create("/newsletters/" + id + "/edit?done=" + done)).build();
  }

  private Response redisplay(long id, List<FieldError> errors) {
    return Response.status(400).entity(composer(service.get(id), errors, null)).build();
  }

  private String composer(
      NewsletterService.NewsletterView newsletter, List<FieldError> errors, String done) {
    return pages.render(
        "newsletterComposer",
        "newsletter",
        newsletter,
        "lists",
        service.lists(),
        "items",
        service.itemChoices(),
        "progress",
        service.progress(newsletter.id()),
        "clicks",
        service.clicks(newsletter.id()),
        "errors",
        errors,
        "done",
        done == null ? "" : done);
  }

  @GET
  @Path("{id: [0-9]+}/progress")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public String progress(@PathParam("id") long id) {
    return pages.render("newsletterProgress", "progress", service.progress(id));
  }

  @POST
  @Path("{id: [0-9]+}/{action: pause|resume|cancel}")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response control(@PathParam("id") long id, @PathParam("action") String action) {
    try {
      switch (action) {
        case "pause" -> service.pause(id);
        case "resume" -> service.resume(id);
        default -> service.cancel(id);
      }
    } catch (ClientErrorException refused) {
      return redisplay(id, List.of(new FieldError("newsletter", refused.getMessage())));
    }
    return Response.seeOther(URI.create("/newsletters/" + id + "/edit?done=" + action)).build();
  }

  @GET
  @Path("{id: [0-9]+}/preview")
  @RolesAllowed({Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response preview(@PathParam("id") long id, @QueryParam("format") String format) {
    if ("text".equals(format)) {
      return Response.ok(service.textVersion(id), MediaType.TEXT_PLAIN + ";charset=utf-8")
          .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
          .build();
    }
    return mail(id);
  }

  @GET
  @Path("{id: [0-9]+}/read")
  @RolesAllowed({Roles.EMPLOYEE, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public String read(@PathParam("id") long id) {
    return pages.render("newsletterRead", "newsletter", service.readableView(id, viewer.get()));
  }

  @GET
  @Path("{id: [0-9]+}/mail")
  @RolesAllowed({Roles.EMPLOYEE, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response mail(@PathParam("id") long id) {
    return Response.ok(service.webVersion(id, viewer.get()), MediaType.TEXT_HTML)
        .header("Content-Security-Policy", MAIL_POLICY)
        .build();
  }

  @GET
  @Path("preferences")
  @RolesAllowed({Roles.EMPLOYEE, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public String preferences() {
    return pages.render("newsletterPreferences", "preferences", service.preferences(viewer.get()));
  }

  @POST
  @Path("preferences")
  @RolesAllowed({Roles.EMPLOYEE, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(hidden = true)
  public Response setPreference(
      @FormParam("listId") long listId, @FormParam("subscribed") boolean subscribed) {
    service.setSubscribed(viewer.get(), listId, subscribed);
    return Response.seeOther(URI.create("/newsletters/preferences")).build();
  }

  private boolean isComposer() {
    return viewer.get().has(Roles.COMMUNICATIONS) || viewer.get().has(Roles.ADMIN);
  }
}
