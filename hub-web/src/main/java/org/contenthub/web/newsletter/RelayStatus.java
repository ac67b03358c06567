package org.contenthub.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether this instance currently finds the relay unreachable. While it does, workers send nothing
 * and wait longer each time (up to a minute), and the progress of a newsletter says so.
 */
@ApplicationScoped
public class RelayStatus {

  private static final Duration MAX_WAIT = Duration.ofMinutes(1);

  /** Since when and why the relay is unreachable. */
  public record Outage(Instant since, String detail) {}

  private Outage outage;
  private Duration wait = Duration.ZERO;
  private Instant retryAt = Instant.MIN;

  public synchronized Optional<Outage> outage() {
    return Optional.ofNullable(outage);
  }

  synchronized void unreachable(String detail) {
    Instant now = Instant.now();
    if (outage == null) {
      outage = new Outage(now, detail);
    } else {
      outage = new Outage(outage.since(), detail);
    }
    wait = wait.isZero() ? Duration.ofSeconds(2) : min(wait.multipliedBy(2), MAX_WAIT);
    retryAt = now.plus(wait);
  }

  synchronized void reachable() {
    outage = null;
    wait = Duration.ZERO;
    retryAt = Instant.MIN;
  }

  /** Whether workers should hold off for now. */
  synchronized boolean waiting() {
    return outage != null && Instant.now().isBefore(retryAt);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
