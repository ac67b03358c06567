package org.contenthub.mail;

import jakarta.mail.internet.MimeMessage;

/** What hub-web does with each message the {@link MailboxReader} reads. */
@FunctionalInterface
public interface MailHandler {

  /**
   * Handles one message; returning normally files it in the processed folder. Throwing anything
   * moves it to the quarantine folder instead and the reader goes on with the next message.
   */
  void handle(IncomingMail mail) throws Exception;

  /** Told after a message was quarantined, e.g. to show it on the administrator's page. */
  default void quarantined(String messageId, Exception cause) {}

  /**
   * Told after a message was quarantined, with the copy in memory that was given to {@link #handle}
   * ({@code null} when even reading it failed), so the listener can keep what it needs (sender,
   * subject, the raw bytes) for an editor. By default {@link #quarantined(String, Exception)}.
   */
  default void quarantined(String messageId, MimeMessage message, Exception cause) {
    quarantined(messageId, cause);
  }
}
