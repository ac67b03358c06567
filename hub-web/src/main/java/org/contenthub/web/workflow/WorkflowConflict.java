package org.contenthub.web.workflow;

import java.util.List;
import java.util.Map;

/**
 * A 409 of the workflow: an action the submission's state does not allow (with the actions that are
 * allowed), or a save on top of someone else's (with where both texts are). The API answers it as
 * problem+json with these facts as extension members.
 */
public class WorkflowConflict extends RuntimeException {

  private final transient Map<String, Object> facts;

  public WorkflowConflict(String detail, Map<String, Object> facts) {
    super(detail);
    this.facts = Map.copyOf(facts);
  }

  static WorkflowConflict notAllowed(Action action, SubmissionState state, List<String> allowed) {
    return new WorkflowConflict(
        "'"
            + action.id()
            + "' is not possible while the submission is "
            + state.id()
            + ". "
            + (allowed.isEmpty()
                ? "You can take no action on it now."
                : "Allowed now: " + String.join(", ", allowed) + "."),
        Map.of("state", state.id(), "allowed", allowed));
  }

  public Map<String, Object> facts() {
    return facts;
  }
}
