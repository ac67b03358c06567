package org.contenthub.web.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/accounts}: administrators add local accounts and see who has which role. */
@Path("api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration")
public class AccountResource {

  @Inject AccountService accounts;

  @POST
  @Operation(summary = "Create a local account; the password is stored only as a PBKDF2 hash")
  public Response create(@Valid AccountInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required.");
    }
    if (accounts.exists(input.username)) {
      throw new ClientErrorException(
          "The user name " + input.username + " is taken.", Response.Status.CONFLICT);
    }
    Account created =
        accounts.create(
            new AccountService.NewAccount(
                input.username,
                input.displayName.strip(),
                input.email,
                input.password,
                input.roles,
                input.department,
                input.language == null ? "nl" : input.language));
    return Response.status(201).entity(AccountView.of(created)).build();
  }

  @GET
  @Operation(summary = "All accounts with their roles (no passwords, no hashes)")
  public List<AccountView> list() {
    return accounts.all().stream().map(AccountView::of).toList();
  }

  /** An account as administrators see it. */
  public record AccountView(
      long id,
      String username,
      String displayName,
      String email,
      Set<String> roles,
      String department,
      boolean active) {
    static AccountView of(Account a) {
      return new AccountView(
          a.getId(),
          a.getUsername(),
          a.getDisplayName(),
          a.getEmail(),
          new TreeSet<>(a.getRoles()),
          a.getDepartment(),
          a.isActive());
    }
  }
}
