package org.contenthub.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.contenthub.web.platform.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the delivery workers pace and retry; every value is configurable (docs/CONFIGURATION.md). */
@ApplicationScoped
public class DeliverySettings {

  @Inject
  @ConfigProperty(name = "hub.mail.workers", defaultValue = "2")
  int workers;

  @Inject
  @ConfigProperty(name = "hub.mail.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "hub.mail.lease-seconds", defaultValue = "300")
  int leaseSeconds;

  @Inject
  @ConfigProperty(name = "hub.mail.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "hub.mail.retry-base-seconds", defaultValue = "60")
  int retryBaseSeconds;

  @Inject
  @ConfigProperty(name = "hub.bounce.hard-limit", defaultValue = "2")
  int hardBounceLimit;

  @Inject MailSettings mail;

  public int workers() {
    return Math.max(1, Math.min(workers, 16));
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 500));
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(30, leaseSeconds));
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  /** The wait after the n-th failed attempt: base × 2^(n-1), at most six hours. */
  public Duration retryDelay(int attempt) {
    long seconds = (long) Math.max(1, retryBaseSeconds) << Math.min(Math.max(attempt - 1, 0), 20);
    return Duration.ofSeconds(Math.min(seconds, Duration.ofHours(6).toSeconds()));
  }

  /** The relay's limits for the whole cluster; none without a relay (the file outbox). */
  public RelayLimits limits() {
    return mail.usesSmtp()
        ? new RelayLimits(Math.max(1, mail.ratePerMinute()), mail.ratePerDay())
        : RelayLimits.NONE;
  }

  public int hardBounceLimit() {
    return Math.max(1, hardBounceLimit);
  }
}
