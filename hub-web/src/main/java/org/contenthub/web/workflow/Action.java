package org.contenthub.web.workflow;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What someone does to a submission: the transitions of the workflow. */
public enum Action {
  SUBMIT,
  CLAIM,
  RETURN,
  SEND_TO_REVIEW,
  APPROVE,
  REJECT,
  SCHEDULE,
  PUBLISH;

  public static final String CHOICES =
      "must be one of submit, claim, return, send-to-review, approve, reject, schedule, publish";

  /** As the API spells it: {@code send-to-review}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Action> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String id = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
  }

  public String messageKey() {
    return "workflow.action." + id();
  }
}
