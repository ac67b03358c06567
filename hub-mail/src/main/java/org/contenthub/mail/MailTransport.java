package org.contenthub.mail;

import jakarta.mail.internet.MimeMessage;

/**
 * Hands a composed message to the outside world. hub-web's delivery worker calls {@link #send} once
 * per queued mail and decides from the {@link DeliveryResult} whether to mark the row sent, retry
 * it later with backoff, or give up. Implementations never throw for delivery problems; they
 * classify them. They are safe for concurrent use by several worker threads.
 */
public interface MailTransport extends AutoCloseable {

  /** Delivers the message to its recipients (To, Cc and Bcc). */
  DeliveryResult send(MimeMessage message);

  /** Releases connections; a closed transport must not be used again. */
  @Override
  default void close() {}
}
