package org.contenthub.web.newsletter;

/** What happened to the newsletter for one recipient. */
public enum DeliveryStatus {
  /** Waiting for a worker. */
  QUEUED,
  /** Claimed by a worker; if its lease runs out, another worker takes it again. */
  SENDING,
  /** A temporary failure (4xx, timeout): tried again after a backoff. */
  RETRY,
  /** The relay accepted it (or it was written to the outbox). */
  SENT,
  /** Accepted by the relay, but a bounce came back for it later. */
  BOUNCED,
  /** Refused for good (5xx), or too many temporary failures. */
  FAILED,
  /** The address is malformed or does not exist. */
  INVALID,
  /** Not sent on purpose: unsubscribed, suppressed after bounces, or the newsletter cancelled. */
  SKIPPED;

  public boolean isOpen() {
    return this == QUEUED || this == SENDING || this == RETRY;
  }
}
