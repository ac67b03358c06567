package org.contenthub.web.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /notices}: my notices; the bell in the header loads its count from here. */
@Path("notices")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class NoticesPage {

  @Inject NoticeService notices;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;
  @Inject PageContext pageContext;

  @GET
  @Operation(hidden = true)
  public String list(@QueryParam("page") @DefaultValue("1") int page) {
    return pages.render(
        "notices",
        "list",
        notices.list(viewer.get(), Math.max(1, page), 30, pageContext.messages()));
  }

  /** htmx: the bell with the unread count, loaded by the layout. */
  @GET
  @Path("bell")
  @Operation(hidden = true)
  public Response bell() {
    return Response.ok(pages.render("noticeBell", "unread", notices.unread(viewer.get())))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** Marks the notice read and goes where it points (always a path inside the hub). */
  @POST
  @Path("{id: [0-9]+}/open")
  @Operation(hidden = true)
  public Response open(@PathParam("id") long id) {
    String link = notices.read(id, viewer.get(), pageContext.messages()).link();
    boolean local = link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    return Response.seeOther(URI.create(local ? link : "/notices")).build();
  }

  @POST
  @Path("read")
  @Operation(hidden = true)
  public Response readAll() {
    notices.readAll(viewer.get());
    return Response.seeOther(URI.create("/notices")).build();
  }
}
