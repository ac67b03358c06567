package org.contenthub.web.items;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.web.security.Viewer;

/**
 * Counts how often colleagues read an item's page, for "what your contribution yielded": in memory
 * on the request, added to the day's row every few seconds (the page never waits for the database).
 * A reader's repeated visits within 30 minutes count once and their own items not at all; who read
 * is never stored, only the count.
 */
@ApplicationScoped
public class ItemReads {

  private static final Logger LOG = Logger.getLogger(ItemReads.class.getName());
  private static final long REPEAT_NANOS = TimeUnit.MINUTES.toNanos(30);
  private static final int FLUSH_SECONDS = 5;

  @Inject ItemService items;
  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
  private final Map<String, Long> recent = new ConcurrentHashMap<>();
  private ScheduledFuture<?> task;

  /** A colleague opened the item's page. */
  public void read(Item item, Viewer viewer) {
    if (viewer.isAnonymous()
        || (item.getAuthor() != null && item.getAuthor().getId().equals(viewer.accountId()))) {
      return;
    }
    long now = System.nanoTime();
    String key = viewer.accountId() + ":" + item.getId();
    Long before = recent.put(key, now);
    if (before != null && now - before < REPEAT_NANOS) {
      return;
    }
    pending.computeIfAbsent(item.getId(), id -> new LongAdder()).increment();
    start();
  }

  private synchronized void start() {
    if (task == null) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }
  }

  void flush() {
    Map<Long, Long> counts = new HashMap<>();
    for (Long itemId : pending.keySet()) {
      LongAdder adder = pending.remove(itemId);
      if (adder != null && adder.sum() > 0) {
        counts.put(itemId, adder.sum());
      }
    }
    long now = System.nanoTime();
    recent.values().removeIf(at -> now - at >= REPEAT_NANOS);
    if (counts.isEmpty()) {
      return;
    }
    try {
      items.addReads(counts, LocalDate.now(ZoneOffset.UTC));
    } catch (RuntimeException e) {
      // keep them for the next round
      counts.forEach((id, n) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(n));
      LOG.log(Level.WARNING, "Writing item reads failed; trying again shortly", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      flush();
    }
  }
}
