package org.contenthub.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * One message the {@link MailboxReader} hands to its {@link MailHandler}.
 *
 * @param messageId the Message-ID, or a stable stand-in made from the content; hub-web stores it to
 *     stay idempotent
 * @param duplicate whether this id was handled before ({@link ProcessedMessageIds}); the handler
 *     normally skips such a message, which is then filed like any other
 * @param folder the folder it was read from
 * @param message a complete copy in memory, usable after the handler returns
 */
public record IncomingMail(
    String messageId, boolean duplicate, String folder, MimeMessage message) {

  private static final ReceivedMailParser PARSER = new ReceivedMailParser();

  /** Parses the message with the default limits; a broken one throws, and is quarantined. */
  public ReceivedMail parse() throws MalformedMailException {
    return PARSER.parse(message);
  }
}
