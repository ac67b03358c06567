package org.contenthub.web.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A colleague's idea for an open slot: {@code POST /api/v1/calendar/{id}/proposals}. */
public class ProposalInput {

  @NotBlank
  @Size(max = 300)
  public String title;

  @Size(max = 2000)
  public String note;
}
