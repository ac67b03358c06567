package org.contenthub.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket shared by all delivery workers that send through one relay, so together they stay
 * below the relay's limit (Exchange Online accepts about 30 messages a minute per mailbox, Amazon
 * SES starts at 1 a second in its sandbox). Configure one per relay.
 *
 * <p>Permits are spread evenly: with 30 a minute and a burst of 1, one message goes every two
 * seconds, rather than 30 at once and then a minute of silence, which is what relays that count in
 * sliding windows reward. A larger burst lets a quiet limiter send that many at once.
 *
 * <p>Threads that call {@link #acquire()} at the same time each reserve the next free slot and
 * sleep outside the lock, so waiting workers are served in order and none starves. Time comes from
 * a {@link Ticker}, so tests run on a fake clock without sleeping.
 */
public final class RateLimiter {

  /** The time source and sleeper; {@link #SYSTEM} in production, a fake in tests. */
  public interface Ticker {
    long nanoTime();

    void sleepNanos(long nanos) throws InterruptedException;

    Ticker SYSTEM =
        new Ticker() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) throws InterruptedException {
            if (nanos > 0) {
              Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
          }
        };
  }

  /** Tokens are fractions; this absorbs the rounding of adding many of them. */
  private static final double EPSILON = 1e-9;

  private final double nanosPerPermit;
  private final int burst;
  private final Ticker ticker;

  // Guarded by this. May go negative: that is the queue of reservations made but not yet due.
  private double tokens;
  private long lastRefill;

  /**
   * @param permits how many messages per {@code period}
   * @param period the period, e.g. one minute
   * @param burst how many permits may be saved up while idle (at least 1)
   * @param ticker the time source
   */
  public RateLimiter(int permits, Duration period, int burst, Ticker ticker) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive");
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be at least 1");
    }
    this.nanosPerPermit = (double) period.toNanos() / permits;
    this.burst = burst;
    this.ticker = Objects.requireNonNull(ticker);
    this.tokens = burst;
    this.lastRefill = ticker.nanoTime();
  }

  /** {@code messages} per minute, evenly spread (burst 1); e.g. 30 for Exchange Online. */
  public static RateLimiter perMinute(int messages) {
    return new RateLimiter(messages, Duration.ofMinutes(1), 1, Ticker.SYSTEM);
  }

  /** {@code messages} per second, evenly spread; e.g. 1 for the SES sandbox. */
  public static RateLimiter perSecond(int messages) {
    return new RateLimiter(messages, Duration.ofSeconds(1), 1, Ticker.SYSTEM);
  }

  /** Waits until one permit is available and takes it; returns how long it waited. */
  public Duration acquire() throws InterruptedException {
    return acquire(1);
  }

  /**
   * Waits until {@code permits} are available and takes them (e.g. one per recipient for a
   * per-recipient daily limit). Returns how long it waited.
   */
  public Duration acquire(int permits) throws InterruptedException {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    long wait = reserve(permits);
    if (wait > 0) {
      try {
        ticker.sleepNanos(wait);
      } catch (InterruptedException e) {
        refund(permits); // the slot was never used; give it to the next worker
        throw e;
      }
    }
    return Duration.ofNanos(wait);
  }

  /** Takes a permit if one is available now; never waits. */
  public synchronized boolean tryAcquire() {
    refill(ticker.nanoTime());
    if (tokens >= 1 - EPSILON) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** How long a caller of {@link #acquire()} would wait now (for a scheduler that won't block). */
  public synchronized Duration timeUntilAvailable() {
    refill(ticker.nanoTime());
    return tokens >= 1
        ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerPermit));
  }

  private synchronized long reserve(int permits) {
    refill(ticker.nanoTime());
    tokens -= permits;
    // A negative balance is the queue of earlier reservations plus this one: wait for all.
    return tokens >= -EPSILON ? 0 : Math.round(-tokens * nanosPerPermit);
  }

  private synchronized void refund(int permits) {
    tokens = Math.min(burst, tokens + permits);
  }

  private void refill(long now) {
    long elapsed = now - lastRefill;
    if (elapsed > 0) {
      tokens = Math.min(burst, tokens + elapsed / nanosPerPermit);
      lastRefill = now;
    }
  }
}
