package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * A message whose Message-ID is fixed when it is composed. Jakarta Mail replaces the Message-ID on
 * every {@code saveChanges()} (and so on every send); the hub needs the id it stored before sending
 * to stay the same, because bounces and replies refer to it.
 */
final class ComposedMessage extends SMTPMessage {

  ComposedMessage(Session session) {
    super(session);
  }

  @Override
  protected void updateMessageID() throws MessagingException {
    if (getHeader("Message-ID") == null) {
      super.updateMessageID();
    }
  }
}
