package org.contenthub.web.sharing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Clicks on tracked links, collected in memory between two flushes to the database, so that the
 * redirect never waits for a write and a burst becomes a few increments.
 *
 * <ul>
 *   <li>A visitor is a salted SHA-256 of (address, user agent); the salt changes every day (UTC).
 *       Raw addresses are never kept: the rate limit is keyed by a salted hash as well.
 *   <li>A human visitor's repeated clicks on one link within 30 minutes count once; this instance
 *       remembers whom it counted, and the flush checks the other instances' visitors in the
 *       database.
 *   <li>Link-preview bots are counted apart and without de-duplication (each fetch is one).
 *   <li>Each address has a token bucket; a flood from one address stops being counted (the redirect
 *       still happens), other addresses are not affected.
 * </ul>
 *
 * Thread-safe; plain Java so it can be tested alone.
 */
public final class ClickBuffer {

  public static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

  /**
   * Visitors this instance remembers at most (about 150 bytes each); beyond it, repeats are only
   * recognised by the database at the flush, so a flood of distinct visitors cannot exhaust memory.
   */
  static final int MAX_REMEMBERED = 200_000;

  /**
   * Human visits waiting for the database at most (about 250 bytes each): should the database fall
   * behind a flood of distinct visitors, further visits are redirected but not counted, and counted
   * as dropped instead, so memory stays bounded.
   */
  static final int MAX_BACKLOG = 500_000;

  /** What became of one click. */
  public enum Outcome {
    HUMAN,
    BOT,
    REPEAT,
    LIMITED,
    /** Not counted: the backlog waiting for the database is full. */
    DROPPED
  }

  /** A human visitor not counted yet: the flush decides with the database. */
  public record Visit(long shareId, LocalDate day, String visitorHash, Instant at) {}

  /** Bot fetches per share and day. */
  public record BotKey(long shareId, LocalDate day) {}

  /** Everything collected since the last drain. */
  public record Batch(List<Visit> visits, Map<BotKey, Long> botClicks) {
    public boolean isEmpty() {
      return visits.isEmpty() && botClicks.isEmpty();
    }
  }

  private final Clock clock;
  private final Function<LocalDate, byte[]> saltOfDay;
  private final int burst;
  private final double refillPerSecond;
  private final int maxRemembered;
  private final int maxBacklog;
  private final java.util.concurrent.atomic.AtomicInteger backlog =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong dropped =
      new java.util.concurrent.atomic.AtomicLong();

  private final ConcurrentLinkedQueue<Visit> visits = new ConcurrentLinkedQueue<>();
  // merge and remove are atomic per key, so no increment lands in a counter already drained
  private final ConcurrentHashMap<BotKey, Long> bots = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> recentVisitors = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param saltOfDay the secret salt of a day, the same on every instance
   * @param burst how many clicks one address may make at once before counting stops
   * @param refillPerSecond how fast an address earns its counting back
   */
  public ClickBuffer(
      Clock clock, Function<LocalDate, byte[]> saltOfDay, int burst, double refillPerSecond) {
    this(clock, saltOfDay, burst, refillPerSecond, MAX_REMEMBERED, MAX_BACKLOG);
  }

  ClickBuffer(
      Clock clock,
      Function<LocalDate, byte[]> saltOfDay,
      int burst,
      double refillPerSecond,
      int maxRemembered) {
    this(clock, saltOfDay, burst, refillPerSecond, maxRemembered, MAX_BACKLOG);
  }

  ClickBuffer(
      Clock clock,
      Function<LocalDate, byte[]> saltOfDay,
      int burst,
      double refillPerSecond,
      int maxRemembered,
      int maxBacklog) {
    this.maxBacklog = maxBacklog;
    this.clock = clock;
    this.saltOfDay = saltOfDay;
    this.burst = burst;
    this.refillPerSecond = refillPerSecond;
    this.maxRemembered = maxRemembered;
  }

  public Outcome record(long shareId, String address, String userAgent) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    byte[] salt = saltOfDay.apply(day);
    String addressKey = hash(salt, "address", address == null ? "" : address);
    if (!buckets.computeIfAbsent(addressKey, k -> new Bucket(burst, now)).take(now)) {
      return Outcome.LIMITED;
    }
    if (LinkPreviewBots.isBot(userAgent)) {
      bots.merge(new BotKey(shareId, day), 1L, Long::sum);
      return Outcome.BOT;
    }
    String visitor =
        hash(salt, "visitor", (address == null ? "" : address) + "\n" + userAgent.strip());
    long until = now.plus(REPEAT_WINDOW).toEpochMilli();
    String key = shareId + ":" + visitor;
    if (recentVisitors.size() >= maxRemembered) {
      Long previous = recentVisitors.get(key);
      if (previous != null && previous > now.toEpochMilli()) {
        return Outcome.REPEAT;
      }
    } else {
      Long[] earlier = new Long[1];
      recentVisitors.compute(
          key,
          (k, previous) -> {
            if (previous != null && previous > now.toEpochMilli()) {
              earlier[0] = previous;
              return previous;
            }
            return until;
          });
      if (earlier[0] != null) {
        return Outcome.REPEAT;
      }
    }
    if (backlog.incrementAndGet() > maxBacklog) {
      backlog.decrementAndGet();
      dropped.incrementAndGet();
      return Outcome.DROPPED;
    }
    visits.add(new Visit(shareId, day, visitor, now));
    return Outcome.HUMAN;
  }

  /** Takes everything collected so far; what arrives meanwhile goes into the next batch. */
  public Batch drain() {
    return drain(Integer.MAX_VALUE);
  }

  /**
   * Takes at most {@code maxVisits} visits (and every bot count): a flush writes a backlog in
   * bounded transactions, so a flood of distinct visitors shows up in the counts while it is being
   * written instead of in one transaction that never ends.
   */
  public Batch drain(int maxVisits) {
    List<Visit> taken = new ArrayList<>();
    for (Visit visit; taken.size() < maxVisits && (visit = visits.poll()) != null; ) {
      taken.add(visit);
    }
    backlog.addAndGet(-taken.size());
    Map<BotKey, Long> botClicks = new HashMap<>();
    for (BotKey key : List.copyOf(bots.keySet())) {
      Long clicks = bots.remove(key);
      if (clicks != null) {
        botClicks.merge(key, clicks, Long::sum);
      }
    }
    return new Batch(taken, botClicks);
  }

  /** Puts a batch the database refused back, so no click is lost to a passing failure. */
  public void restore(Batch batch) {
    visits.addAll(batch.visits());
    backlog.addAndGet(batch.visits().size());
    batch.botClicks().forEach((k, n) -> bots.merge(k, n, Long::sum));
  }

  /** Forgets visitors past their window and idle addresses. */
  public void prune() {
    Instant now = clock.instant();
    long millis = now.toEpochMilli();
    recentVisitors.values().removeIf(until -> until <= millis);
    buckets.values().removeIf(bucket -> bucket.isFullAt(now));
  }

  /** Visits not counted because the backlog was full, since the last call (for the log). */
  public long takeDropped() {
    return dropped.getAndSet(0);
  }

  int rememberedVisitors() {
    return recentVisitors.size();
  }

  static String hash(byte[] salt, String purpose, String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(purpose.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token bucket: {@code burst} tokens, refilled continuously. */
  private final class Bucket {
    private double tokens;
    private long last;

    Bucket(int tokens, Instant now) {
      this.tokens = tokens;
      this.last = now.toEpochMilli();
    }

    synchronized boolean take(Instant now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean isFullAt(Instant now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(Instant now) {
      long millis = now.toEpochMilli();
      if (millis > last) {
        tokens = Math.min(burst, tokens + (millis - last) * refillPerSecond / 1000.0);
        last = millis;
      }
    }
  }
}
