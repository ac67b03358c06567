package org.contenthub.web.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/attachments/{id}}: download with safe headers, thumbnail, delete. */
@Path("api/v1/attachments/{id: [0-9]+}")
@Tag(name = "Attachments")
public class AttachmentResource {

  @Inject AttachmentService attachments;
  @Inject CurrentViewer viewer;

  @GET
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "Download an attachment")
  public Response download(@PathParam("id") long id) {
    Attachment attachment = attachments.get(id, viewer.get());
    return asDownload(attachment.getContent(), attachment.getMediaType(), attachment.getFilename());
  }

  @GET
  @Path("thumbnail")
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "A small PNG of an image attachment")
  public Response thumbnail(@PathParam("id") long id) {
    Attachment attachment = attachments.get(id, viewer.get());
    if (attachment.getThumbnail() == null) {
      throw new NotFoundException("This attachment has no thumbnail.");
    }
    return Response.ok(attachment.getThumbnail(), "image/png")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  @DELETE
  @RolesAllowed({Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(summary = "Remove an attachment")
  public Response delete(@PathParam("id") long id) {
    attachments.delete(id, viewer.get());
    return Response.noContent().build();
  }

  /**
   * Always a download, never rendered by the browser in the hub's origin, and sandboxed should a
   * browser try anyway. Also used for the files of submissions and quarantined mail.
   */
  public static Response asDownload(byte[] content, String mediaType, String filename) {
    String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
    return Response.ok(content, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("Content-Security-Policy", "sandbox; default-src 'none'")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  /** An attachment as the API shows it. */
  public record AttachmentView(
      long id,
      String filename,
      String mediaType,
      long size,
      boolean hasThumbnail,
      String url,
      OffsetDateTime createdAt) {
    static AttachmentView of(Attachment a) {
      return new AttachmentView(
          a.getId(),
          a.getFilename(),
          a.getMediaType(),
          a.getSize(),
          a.getMediaType().startsWith("image/"),
          "/api/v1/attachments/" + a.getId(),
          a.getCreatedAt().atOffset(ZoneOffset.UTC));
    }
  }
}
