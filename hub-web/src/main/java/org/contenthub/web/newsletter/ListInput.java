package org.contenthub.web.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new list for {@code POST /api/v1/lists}: {@code criterion} is the department of a DEPARTMENT
 * list and the role of a ROLE list. (A class with fields: see ItemInput on Payara's OpenAPI.)
 */
public class ListInput {
  @NotBlank
  @Size(max = 200)
  public String name;

  @Size(max = 2000)
  public String description;

  @NotNull
  @Pattern(
      regexp = "EVERYONE|DEPARTMENT|ROLE|CUSTOM|CHALLENGE_PARTICIPANTS",
      message = "must be EVERYONE, DEPARTMENT, ROLE, CUSTOM or CHALLENGE_PARTICIPANTS")
  public String kind;

  @Size(max = 100)
  public String criterion;
}
