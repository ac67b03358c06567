package org.contenthub.web.workflow;

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
 * Publishes scheduled submissions when their time has come. Every instance looks every {@code
 * hub.workflow.publish-check-seconds} (15); a conditional update in the database lets exactly one
 * of them publish each.
 */
@ApplicationScoped
public class ScheduledPublisher {

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

  @Inject SubmissionService submissions;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "hub.workflow.publish-check-seconds",
      defaultValue = "15")
  int intervalSeconds;

  private ScheduledFuture<?> task;

  /** Starts with the application; the first look comes after start-up (and its migrations). */
  void onStart(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
          Object started) {
    start();
  }

  public synchronized void start() {
    if (task == null) {
      task =
          scheduler.scheduleWithFixedDelay(
              this::publishDue, 2L * intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void publishDue() {
    try {
      for (long id : submissions.due()) {
        try {
          submissions.publishIfDue(id);
        } catch (RuntimeException e) {
          LOG.log(
              Level.WARNING, "Publishing scheduled submission " + id + " failed; trying again", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for scheduled submissions failed; trying again", e);
    }
  }
}
