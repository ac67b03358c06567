package org.contenthub.web.workflow;

import java.util.List;

/**
 * A mail about a step of the workflow, fired inside the transaction and sent by {@link
 * WorkflowMails} only once it committed. Carries everything the mail needs, so sending reads
 * nothing.
 */
public record WorkflowMail(
    List<Recipient> recipients,
    Action action,
    SubmissionState to,
    String title,
    String actorName,
    String comment,
    String link) {

  /** Someone to tell, with the language they read. */
  public record Recipient(String email, String name, String language) {}
}
