package org.contenthub.web.workflow;

import java.util.Locale;

/** Where a submission stands in the workflow. */
public enum SubmissionState {
  /** Written, not yet handed in: only its author sees it. */
  DRAFT,
  /** Handed in, waiting for an editor. */
  SUBMITTED,
  /** An editor claimed it and is polishing it. */
  IN_EDITING,
  /** Waiting for a supervisor's review (when the policy requires one). */
  IN_REVIEW,
  /** The supervisor approved it; the editor may schedule or publish it. */
  APPROVED,
  /** Planned for publication at a set time. */
  SCHEDULED,
  /** Published as a hub item. */
  PUBLISHED,
  /** Sent back to its author with a comment. */
  RETURNED,
  /** Will not be published. */
  REJECTED;

  public static final String PATTERN =
      "(?i)draft|submitted|in_editing|in_review|approved|scheduled|published|returned|rejected";
  public static final String CHOICES =
      "must be one of draft, submitted, in_editing, in_review, approved, scheduled, published, returned, rejected";

  public static SubmissionState parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "workflow.state." + id();
  }

  /** Nothing more happens to it. */
  public boolean isFinal() {
    return this == PUBLISHED || this == REJECTED;
  }
}
