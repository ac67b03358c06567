package org.contenthub.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.CurrentViewer;
import org.contenthub.web.security.Roles;
import org.contenthub.web.sharing.SharingService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** "Me": the person's consent to measurement, explained plainly, and their own figures. */
@Path("me")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EMPLOYEE, Roles.EXTERNAL_AMBASSADOR})
public class MePage {

  @Inject AccountService accounts;
  @Inject SharingService sharing;
  @Inject CurrentViewer viewer;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String me() {
    return pages.render(
        "me", "consent", accounts.consentOf(viewer.get()), "shares", sharing.mine(viewer.get()));
  }

  @POST
  @Path("consent")
  @Operation(hidden = true)
  public Response consent(@FormParam("measurement") boolean measurement) {
    accounts.setConsent(viewer.get(), measurement);
    return Response.seeOther(URI.create("/me")).build();
  }
}
