package org.contenthub.web.sharing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * {@code PUT /api/v1/items/{id}/share-settings}: whether the item may be shared, whom to ask, and
 * suggested texts per network (each within that network's limit, checked by the service).
 *
 * <p>A class with public fields: Payara's OpenAPI generator fails on constraints on record
 * constructor parameters.
 */
public class ShareSettingsInput {

  public static final String AUDIENCES =
      "everyone|employees|departments|ambassadors|external_ambassadors";

  @NotNull public Boolean shareable;

  @Pattern(
      regexp = AUDIENCES,
      message = "must be everyone, employees, departments, ambassadors or external_ambassadors")
  public String audience;

  /** With audience {@code departments}: which ones. */
  @Size(max = 50)
  public List<@NotNull @Size(max = 100) String> departments;

  /** Network ({@link Network#CHOICES}) to suggested texts, at most 10 per network. */
  public Map<String, List<String>> suggestions;
}
