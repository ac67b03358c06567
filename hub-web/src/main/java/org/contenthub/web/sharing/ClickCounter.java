package org.contenthub.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts clicks on tracked links off the request: the redirect only adds to a {@link ClickBuffer},
 * and once a second the buffer goes to the database in one transaction. Started by the first click.
 */
@ApplicationScoped
public class ClickCounter {

  private static final Logger LOG = Logger.getLogger(ClickCounter.class.getName());
  private static final int PRUNE_EVERY = 60;

  /** Visits written per transaction. */
  static final int BATCH = 2_000;

  /** At most this many per flush, so pruning and the next second's bots are not starved. */
  private static final int MAX_PER_FLUSH = 100_000;

  @Inject SharingService sharing;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "hub.sharing.click-burst", defaultValue = "120")
  int burst;

  @Inject
  @ConfigProperty(name = "hub.sharing.clicks-per-second", defaultValue = "2")
  double refillPerSecond;

  @Inject
  @ConfigProperty(name = "hub.sharing.trusted-proxies")
  Optional<String> trustedProxies;

  private ClientAddress clientAddress;
  private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();
  private ClickBuffer buffer;
  private ScheduledFuture<?> task;
  private int flushes;

  @PostConstruct
  void init() {
    buffer = new ClickBuffer(Clock.systemUTC(), this::saltOf, burst, refillPerSecond);
    clientAddress = new ClientAddress(trustedProxies.orElse(""));
  }

  /**
   * Counts a click (or not: bot, repeat, flood) without waiting for the database.
   *
   * @param remoteAddress the connection's address
   * @param forwardedFor the {@code X-Forwarded-For} header, used only from trusted proxies
   */
  public ClickBuffer.Outcome click(
      long shareId, String remoteAddress, String forwardedFor, String userAgent) {
    start();
    return buffer.record(shareId, clientAddress.of(remoteAddress, forwardedFor), userAgent);
  }

  private synchronized void start() {
    if (task == null) {
      task = scheduler.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    }
  }

  private byte[] saltOf(LocalDate day) {
    byte[] salt = salts.get(day);
    if (salt == null) {
      salt = sharing.saltOf(day);
      salts.keySet().removeIf(d -> d.isBefore(day.minusDays(1)));
      salts.put(day, salt);
    }
    return salt;
  }

  void flush() {
    // A backlog goes in transactions of at most BATCH visits, each committed before the next.
    for (int written = 0; written < MAX_PER_FLUSH; written += BATCH) {
      ClickBuffer.Batch batch = buffer.drain(BATCH);
      if (batch.isEmpty()) {
        break;
      }
      try {
        sharing.flush(batch);
      } catch (RuntimeException e) {
        buffer.restore(batch);
        LOG.log(Level.WARNING, "Writing clicks failed; trying again in a second", e);
        break;
      }
    }
    long dropped = buffer.takeDropped();
    if (dropped > 0) {
      LOG.warning(
          () -> dropped + " clicks were redirected but not counted: the database fell behind");
    }
    if (++flushes % PRUNE_EVERY == 0) {
      try {
        buffer.prune();
        sharing.forgetVisitors();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Forgetting old visitors failed", e);
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      try {
        flush();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Clicks of the last second were not written", e);
      }
    }
  }
}
