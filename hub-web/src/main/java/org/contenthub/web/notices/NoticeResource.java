package org.contenthub.web.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.contenthub.web.platform.PageContext;
import org.contenthub.web.platform.Paged;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/notices}: my notices in the hub, newest first, in my language. */
@Path("api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
@Tag(name = "Notices")
public class NoticeResource {

  @Inject NoticeService notices;
  @Inject CurrentViewer viewer;
  @Inject PageContext pageContext;

  /** Paging of the list (constraints on fields: Payara quirk). */
  public static class Query {
    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;
  }

  @GET
  @Operation(summary = "My notices, newest first, paged")
  public Paged<NoticeService.NoticeView> list(@jakarta.validation.Valid @BeanParam Query query) {
    return notices.list(viewer.get(), query.page, query.size, pageContext.messages());
  }

  @GET
  @Path("unread")
  @Operation(summary = "How many of my notices are unread")
  public Map<String, Long> unread() {
    return Map.of("unread", notices.unread(viewer.get()));
  }

  @POST
  @Path("{id: [0-9]+}/read")
  @Operation(summary = "Mark one of my notices read")
  public NoticeService.NoticeView read(@PathParam("id") long id) {
    return notices.read(id, viewer.get(), pageContext.messages());
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark all my notices read")
  public Map<String, Integer> readAll() {
    return Map.of("marked", notices.readAll(viewer.get()));
  }
}
