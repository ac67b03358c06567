package org.contenthub.web.newsletter;

/** Where a newsletter is in its life. */
public enum NewsletterStatus {
  DRAFT,
  SCHEDULED,
  SENDING,
  PAUSED,
  SENT,
  CANCELLED;

  public boolean isEditable() {
    return this == DRAFT || this == SCHEDULED;
  }
}
