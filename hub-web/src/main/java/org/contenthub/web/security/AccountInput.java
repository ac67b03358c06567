package org.contenthub.web.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new local account ({@code POST /api/v1/accounts}). A class with annotated fields: Payara's
 * OpenAPI generator fails on constraints on record constructor parameters.
 */
public class AccountInput {
  @NotBlank
  @Pattern(
      regexp = "[a-z0-9][a-z0-9._-]{1,63}",
      message = "must be 2 to 64 lower-case letters, digits, dots, dashes or underscores")
  public String username;

  @NotBlank
  @Size(max = 200)
  public String displayName;

  @Email
  @Size(max = 320)
  public String email;

  @NotBlank
  @Size(min = 12, max = 512, message = "must be at least 12 characters")
  public String password;

  @NotEmpty(message = "must name at least one role")
  @KnownRoles
  public Set<String> roles;

  @Size(max = 100)
  public String department;

  @Pattern(regexp = "nl|en", message = "must be nl or en")
  public String language;
}
