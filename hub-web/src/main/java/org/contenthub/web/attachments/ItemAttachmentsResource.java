package org.contenthub.web.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/items/{id}/attachments}: attach a file to an item (multipart), list them. */
@Path("api/v1/items/{id: [0-9]+}/attachments")
@Tag(name = "Attachments")
public class ItemAttachmentsResource {

  @Inject AttachmentService attachments;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
  @Operation(
      summary =
          "Attach a file (form field 'file'); type decided by content, text extracted for search")
  public Response upload(
      @PathParam("id") long itemId,
      @FormParam("file") EntityPart file,
      @HeaderParam("Content-Length") Long contentLength) {
    if (contentLength != null && contentLength > attachments.maxBytes() + 64 * 1024) {
      throw attachments.tooLarge(contentLength);
    }
    if (file == null) {
      throw new BadRequestException("Send the file as the multipart form field 'file'.");
    }
    byte[] content = read(file);
    Attachment saved =
        attachments.add(itemId, file.getFileName().orElse(null), content, viewer.get());
    return Response.created(UriBuilder.fromPath("/api/v1/attachments/{id}").build(saved.getId()))
        .entity(AttachmentResource.AttachmentView.of(saved))
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
  @Operation(summary = "The attachments of an item")
  public List<AttachmentResource.AttachmentView> list(@PathParam("id") long itemId) {
    return attachments.ofItem(itemId, viewer.get()).stream()
        .map(AttachmentResource.AttachmentView::of)
        .toList();
  }

  private byte[] read(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] content =
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
      if (content.length > attachments.maxBytes()) {
        throw attachments.tooLarge(content.length);
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
