package org.contenthub.web.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A challenge as communicators send it to {@code POST} and {@code PUT /api/v1/challenges}: a title,
 * a description, the first day and either the number of weeks (1–12, default 5) or the last day,
 * and the networks that count (default linkedin, x, facebook). The range of weeks is checked by the
 * service, which also knows about the last day.
 *
 * <p>A class with public fields rather than a record: Payara's OpenAPI generator fails on
 * constraint annotations it finds on a record's constructor parameters.
 */
public class ChallengeInput {
  @NotBlank
  @Size(max = 200)
  public String title;

  @Size(max = 5000)
  public String description;

  @NotNull public LocalDate startDate;

  public Integer weeks;

  /** Instead of {@code weeks}: the last day, rounded up to whole weeks. */
  public LocalDate endDate;

  @Size(max = 10)
  public List<String> networks;

  /** On {@code PUT}: the version read, so a change made meanwhile is not overwritten. */
  @PositiveOrZero public Long version;
}
