package org.contenthub.web.admin;

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
import java.util.List;
import java.util.Set;
import org.contenthub.web.platform.FormValidation;
import org.contenthub.web.platform.PageRenderer;
import org.contenthub.web.platform.Problem.FieldError;
import org.contenthub.web.platform.Texts;
import org.contenthub.web.search.HubSearch;
import org.contenthub.web.security.AccountInput;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The administrator's page: who has an account with which roles, adding an account, and the state
 * of this instance's search index with a rebuild button.
 */
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminPage {

  @Inject AccountService accounts;
  @Inject HubSearch search;
  @Inject FormValidation forms;
  @Inject PageRenderer pages;

  @GET
  @Operation(hidden = true)
  public String overview() {
    return render(new AccountInput(), List.of());
  }

  @POST
  @Path("accounts")
  @Operation(hidden = true)
  public Response addAccount(
      @FormParam("username") String username,
      @FormParam("displayName") String displayName,
      @FormParam("email") String email,
      @FormParam("password") String password,
      @FormParam("roles") List<String> roles,
      @FormParam("department") String department,
      @FormParam("language") String language) {
    AccountInput input = new AccountInput();
    input.username = username == null ? null : username.strip().toLowerCase();
    input.displayName = displayName;
    input.email = Texts.blankToNull(email);
    input.password = password;
    input.roles = roles == null ? Set.of() : Set.copyOf(roles);
    input.department = Texts.blankToNull(department);
    input.language = "en".equals(language) ? "en" : "nl";
    List<FieldError> errors = forms.errors(input);
    if (errors.isEmpty() && accounts.exists(input.username)) {
      errors = List.of(new FieldError("username", "is taken"));
    }
    if (!errors.isEmpty()) {
      input.password = null; // never echoed back into the page
      return Response.status(400).entity(render(input, errors)).build();
    }
    accounts.create(
        new AccountService.NewAccount(
            input.username,
            input.displayName.strip(),
            input.email,
            input.password,
            input.roles,
            input.department,
            input.language));
    return Response.seeOther(URI.create("/admin?added=" + input.username)).build();
  }

  @POST
  @Path("search/rebuild")
  @Operation(hidden = true)
  public Response rebuild() {
    search.rebuildInBackground();
    return Response.seeOther(URI.create("/admin#search-index")).build();
  }

  private String render(AccountInput input, List<FieldError> errors) {
    return pages.render(
        "admin",
        "accounts",
        accounts.all(),
        "input",
        input,
        "errors",
        errors,
        "roles",
        Roles.ALL,
        "rebuilding",
        search.isRebuilding(),
        "indexed",
        search.isRebuilding() ? Math.max(0, search.rebuildProgress()) : search.documentCount());
  }
}
