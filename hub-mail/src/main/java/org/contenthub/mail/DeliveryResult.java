package org.contenthub.mail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happened to one message handed to a {@link MailTransport}.
 *
 * @param outcome the classification hub-web acts on
 * @param messageId the Message-ID of the message, or {@code null} if it could not be read
 * @param replyCode the SMTP reply code (250, 421, 550, ...), or 0 when there was none (file outbox,
 *     connection refused, timeout)
 * @param enhancedStatus the RFC 3463 status such as {@code 5.1.1} from the reply, or {@code null}
 * @param detail the server's reply or the error, for logs and the administrator's screen
 * @param failedRecipients the recipients the server refused, if known
 */
public record DeliveryResult(
    Outcome outcome,
    String messageId,
    int replyCode,
    String enhancedStatus,
    String detail,
    List<String> failedRecipients) {

  /** How hub-web should treat the queued mail. */
  public enum Outcome {
    /** Accepted by the relay (or written to the outbox): mark sent. */
    SENT,
    /** Try again later with backoff: 4xx replies, timeouts, refused or dropped connections. */
    TEMPORARY_FAILURE,
    /** Retrying will not help: 5xx replies to the message or the sender. */
    PERMANENT_FAILURE,
    /** The recipient address does not exist or is malformed: mark the address, do not retry. */
    INVALID_ADDRESS
  }

  private static final Pattern ENHANCED = Pattern.compile("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

  public DeliveryResult {
    failedRecipients = List.copyOf(failedRecipients);
    if (enhancedStatus == null && detail != null) {
      enhancedStatus = enhancedStatusIn(detail);
    }
  }

  public static DeliveryResult sent(String messageId, int replyCode, String detail) {
    return new DeliveryResult(Outcome.SENT, messageId, replyCode, null, detail, List.of());
  }

  public boolean isSent() {
    return outcome == Outcome.SENT;
  }

  /** Whether the same message may succeed later. */
  public boolean isRetryable() {
    return outcome == Outcome.TEMPORARY_FAILURE;
  }

  static String enhancedStatusIn(String text) {
    Matcher m = ENHANCED.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
