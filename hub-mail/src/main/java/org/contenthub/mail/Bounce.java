package org.contenthub.mail;

/**
 * One recipient a mail could not reach, read from a bounce (a delivery status notification).
 *
 * @param recipient the address that failed, lower case as reported
 * @param action {@code failed} or {@code delayed} (RFC 3464); {@code failed} when guessed from a
 *     non-standard bounce
 * @param status the RFC 3463 status such as {@code 5.1.1}, or {@code 5.0.0}/{@code 4.0.0} when only
 *     an SMTP reply code was found
 * @param type whether the address itself is bad ({@link Type#HARD}) or this attempt failed
 * @param diagnostic the remote server's words, e.g. {@code 550 5.1.1 User unknown}, or {@code ""}
 * @param originalMessageId the Message-ID of the mail that bounced, if the bounce quotes it
 *     (hub-web looks up the delivery by it), or {@code null}
 */
public record Bounce(
    String recipient,
    String action,
    String status,
    Type type,
    String diagnostic,
    String originalMessageId) {

  /** What a bounce means for the address. */
  public enum Type {
    /** The address does not exist or is disabled: stop mailing it. */
    HARD,
    /**
     * The address exists but this mail did not arrive (mailbox full, delayed, refused as spam or
     * too large): count it, stop only after repeated ones.
     */
    SOFT
  }

  public boolean isHard() {
    return type == Type.HARD;
  }

  /**
   * Hard only for the statuses that speak about the address: 5.1.x (bad address), 5.2.1 (mailbox
   * disabled) and other permanent statuses, except the ones about this message or the mailbox's
   * state: 5.2.2 (full), 5.3.4 (too big), 5.6.x (content) and 5.7.x (policy, spam).
   */
  static Type typeOf(String status, String action) {
    if ("delayed".equalsIgnoreCase(action) || status == null || !status.startsWith("5.")) {
      return Type.SOFT;
    }
    if (status.equals("5.2.2")
        || status.equals("5.3.4")
        || status.startsWith("5.6.")
        || status.startsWith("5.7.")) {
      return Type.SOFT;
    }
    return Type.HARD;
  }
}
