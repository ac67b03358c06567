package org.contenthub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Objects;

/**
 * A {@link MailTransport} that waits for its {@link RateLimiter} before every message, so any
 * number of worker threads together keep to the relay's limit. hub-web wraps its SMTP transport in
 * one of these when {@code hub.smtp.rate-per-minute} is set.
 */
public final class ThrottledTransport implements MailTransport {

  private final MailTransport delegate;
  private final RateLimiter limiter;

  public ThrottledTransport(MailTransport delegate, RateLimiter limiter) {
    this.delegate = Objects.requireNonNull(delegate);
    this.limiter = Objects.requireNonNull(limiter);
  }

  @Override
  public DeliveryResult send(MimeMessage message) {
    try {
      limiter.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      String id = null;
      try {
        id = message.getMessageID();
      } catch (MessagingException ignored) {
        // the id is only informative here
      }
      return new DeliveryResult(
          DeliveryResult.Outcome.TEMPORARY_FAILURE,
          id,
          0,
          null,
          "interrupted while waiting for the rate limit",
          List.of());
    }
    return delegate.send(message);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
