package org.contenthub.mail;

import java.time.Instant;
import java.util.List;

/**
 * A received mail in the form hub-web's intake needs: who sent it, what it says, what came with it.
 * Produced by {@link ReceivedMailParser}.
 *
 * @param messageId the Message-ID (with angle brackets); for a mail without one, a stable id made
 *     from its content, so it still serves for idempotency
 * @param fromAddress the sender's address, lower case, or {@code ""} if unreadable
 * @param fromName the sender's display name, or {@code ""}
 * @param to the addresses in To and Cc, lower case (which hub address was written to)
 * @param subject the decoded subject, or {@code ""}
 * @param sentDate the Date header, or {@code null}
 * @param text the plain text body, all text parts joined, or {@code ""}
 * @param html the HTML body as received, or {@code null}: untrusted, hub-web must sanitise it
 *     before showing it
 * @param attachments attachments and inline images, in message order
 * @param forwarded messages forwarded as attachments ({@code message/rfc822}), unpacked the same
 *     way
 */
public record ReceivedMail(
    String messageId,
    String fromAddress,
    String fromName,
    List<String> to,
    String subject,
    Instant sentDate,
    String text,
    String html,
    List<ReceivedAttachment> attachments,
    List<ReceivedMail> forwarded) {

  public ReceivedMail {
    to = List.copyOf(to);
    attachments = List.copyOf(attachments);
    forwarded = List.copyOf(forwarded);
  }

  /** Images, inline or attached: what a "field journalist" sends in. */
  public List<ReceivedAttachment> images() {
    return attachments.stream().filter(ReceivedAttachment::isImage).toList();
  }
}
