package org.contenthub.web.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/submissions}: what colleagues hand in, and the workflow that takes it to
 * publication. Every colleague submits and sees their own; editors and supervisors see the queue.
 * Who may take which step is decided by the service (403 for a wrong role, 409 with the allowed
 * actions for a wrong state).
 */
@Path("api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editorial workflow")
public class SubmissionResource {

  @Inject SubmissionService service;
  @Inject AttachmentService attachments;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "Start a submission (a draft of yours); the body's HTML is sanitised")
  public Response create(@Valid SubmissionInput input) {
    requireBody(input);
    SubmissionView created = service.create(input, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/submissions/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Your submissions, or for editors and supervisors the queue; by state and channel, paged")
  public Paged<SubmissionView> list(@Valid @BeanParam SubmissionQuery query) {
    return service.list(query, viewer.get());
  }

  @GET
  @Path("{id: [0-9]+}")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "One submission with its audit trail, versions and the actions you may take")
  public SubmissionView get(@PathParam("id") long id) {
    return service.get(id, viewer.get());
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Change the text; send the version you read (409 if someone saved first, your text kept)")
  public SubmissionView update(@PathParam("id") long id, @Valid SubmissionInput input) {
    requireBody(input);
    return service.update(id, input, viewer.get());
  }

  @POST
  @Path("{id: [0-9]+}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary =
          "Take a step: submit, claim, return, send-to-review, approve, reject, schedule (with at), publish")
  public SubmissionView transition(@PathParam("id") long id, @Valid TransitionInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body {\"action\": …} is required.");
    }
    return service.transition(id, input, viewer.get());
  }

  @GET
  @Path("{id: [0-9]+}/image")
  @Produces({"image/png", "image/jpeg", "image/gif", "image/webp"})
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "The submission's photo")
  public Response image(@PathParam("id") long id) {
    SubmissionRepository.Image image = service.image(id, viewer.get());
    return Response.ok(image.content(), image.mediaType())
        .header("Cache-Control", "private, no-cache")
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .build();
  }

  @GET
  @Path("{id: [0-9]+}/attachments/{file: [0-9]+}")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "A file that came with the submission, as a download")
  public Response attachment(@PathParam("id") long id, @PathParam("file") long file) {
    SubmissionRepository.File found = service.attachment(id, file, viewer.get());
    return org.contenthub.web.attachments.AttachmentResource.asDownload(
        found.content(), found.mediaType(), found.filename());
  }

  @PUT
  @Path("{id: [0-9]+}/image")
  @Consumes({"image/png", "image/jpeg", "image/gif", "image/webp", "application/octet-stream"})
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(
      summary = "Add or replace the photo (PNG, JPEG, GIF or WebP; 413 too large, 415 other)")
  public Response putImage(
      @PathParam("id") long id, @QueryParam("filename") String filename, InputStream body) {
    service.setImage(id, filename, read(body, attachments.maxBytes()), viewer.get());
    return Response.noContent().build();
  }

  @GET
  @Path("{id: [0-9]+}/versions/{number: [0-9]+}")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "One text version")
  public VersionText version(@PathParam("id") long id, @PathParam("number") int number) {
    SubmissionVersion version = service.version(id, number, viewer.get());
    return new VersionText(
        version.getNumber(),
        version.getTitle(),
        version.getBody(),
        version.getAuthorName(),
        version.isConflict(),
        SubmissionView.time(version.getCreatedAt()));
  }

  @GET
  @Path("{id: [0-9]+}/compare")
  @RolesAllowed(Roles.EMPLOYEE)
  @Operation(summary = "What changed between two text versions, word by word")
  public SubmissionService.Comparison compare(
      @PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
    return service.compare(id, from, to, viewer.get());
  }

  /** The text of one version. */
  public record VersionText(
      int number,
      String title,
      String body,
      String author,
      boolean conflict,
      java.time.OffsetDateTime at) {}

  /** At most {@code max + 1} bytes: enough to tell that an upload is too large. */
  static byte[] read(InputStream in, long max) {
    if (in == null) {
      throw new BadRequestException("Send the photo as the request body.");
    }
    try (in) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireBody(SubmissionInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
  }
}
