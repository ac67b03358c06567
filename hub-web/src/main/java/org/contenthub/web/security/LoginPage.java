package org.contenthub.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.contenthub.web.admin.DemoContent;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.PageRenderer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The login form for people in a browser, and logging out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LoginPage {

  @Inject PageRenderer pages;
  @Inject AccountService accounts;
  @Inject CurrentViewer viewer;
  @Inject HubSettings settings;
  @Inject DemoContent demo;
  @Context HttpServletRequest request;

  @GET
  @Path("login")
  @Operation(hidden = true)
  public Response form(@QueryParam("next") String next, @QueryParam("bye") String bye) {
    if (!viewer.get().isAnonymous()) {
      return Response.seeOther(URI.create(safeNext(next))).build();
    }
    return Response.ok(render(next, null, bye != null)).build();
  }

  @POST
  @Path("login")
  @Operation(hidden = true)
  public Response login(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next) {
    Optional<Account> account = accounts.authenticate(trim(username), password);
    if (account.isEmpty()) {
      return Response.ok(render(next, "login.failed", false)).build();
    }
    // A new session id at login, so an id planted before login is worthless afterwards.
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.removeAttribute("hub.csrf");
    session.setAttribute(HubAuthenticationMechanism.SESSION_USER, account.get().getUsername());
    return Response.seeOther(URI.create(safeNext(next))).build();
  }

  @POST
  @Path("logout")
  @Operation(hidden = true)
  public Response logout() throws ServletException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    return Response.seeOther(URI.create("/login?bye")).build();
  }

  private String render(String next, String errorKey, boolean loggedOut) {
    return pages.render(
        "login",
        "next",
        safeNext(next),
        "error",
        errorKey,
        "loggedOut",
        loggedOut,
        "demoAccounts",
        demo.isLoaded() ? DemoContent.USERNAMES : java.util.List.of(),
        "demoRoles",
        DemoContent.ROLES,
        "demoPassword",
        DemoContent.PASSWORD);
  }

  /** Only a path on this hub: never an absolute or protocol-relative address (open redirect). */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
      return "/";
    }
    return next;
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }
}
