package org.contenthub.web.feeds;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for due feeds every minute on every instance; the lease in the database makes sure each
 * feed is polled by one of them.
 */
@ApplicationScoped
public class FeedPoller {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

  @Inject FeedService feeds;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  public synchronized void start() {
    if (task == null) {
      task = scheduler.scheduleWithFixedDelay(this::pollDue, 20, 60, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void pollDue() {
    try {
      feeds.pollDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Polling feeds failed; trying again in a minute", e);
    }
  }
}
