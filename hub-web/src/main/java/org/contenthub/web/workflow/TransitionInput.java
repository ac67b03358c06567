package org.contenthub.web.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * {@code POST /api/v1/submissions/{id}/transitions}: the action ({@code submit, claim, return,
 * send-to-review, approve, reject, schedule, publish}), a comment (required to return or reject),
 * and for {@code schedule} the time to publish at.
 */
public class TransitionInput {

  @NotBlank public String action;

  @Size(max = 4000)
  public String comment;

  public OffsetDateTime at;

  public TransitionInput() {}

  public TransitionInput(String action, String comment, OffsetDateTime at) {
    this.action = action;
    this.comment = comment;
    this.at = at;
  }
}
