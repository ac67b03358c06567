package org.contenthub.web.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The upload form on an item page; a refused file gets the error page with the reason. */
@Path("items/{id: [0-9]+}/attachments")
@RolesAllowed({Roles.EXPERT, Roles.EDITOR, Roles.COMMUNICATIONS, Roles.ADMIN})
public class AttachmentPage {

  @Inject AttachmentService attachments;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response upload(@PathParam("id") long itemId, @FormParam("file") EntityPart file) {
    if (file == null) {
      throw new BadRequestException("Choose a file to attach.");
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    attachments.add(itemId, file.getFileName().orElse(null), content, viewer.get());
    return Response.seeOther(URI.create("/items/" + itemId + "#attachments")).build();
  }
}
