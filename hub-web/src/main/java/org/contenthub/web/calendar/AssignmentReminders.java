package org.contenthub.web.calendar;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds writers of assignments {@code hub.workflow.assignment-reminder-days} (2) before the
 * deadline while their draft is unsubmitted, and tells the editor who asked once a deadline passed
 * without a submission. Every instance looks every {@code hub.workflow.assignment-check-seconds}
 * (60); {@link CalendarService#remind} takes each reminder with a conditional update, so exactly
 * one instance sends it.
 */
@ApplicationScoped
public class AssignmentReminders {

  private static final Logger LOG = Logger.getLogger(AssignmentReminders.class.getName());

  @Inject CalendarService calendar;
  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "hub.workflow.assignment-reminder-days", defaultValue = "2")
  int reminderDays;

  @Inject
  @ConfigProperty(name = "hub.workflow.assignment-check-seconds", defaultValue = "60")
  int intervalSeconds;

  private ScheduledFuture<?> task;

  /** Starts with the application; the first look comes after start-up (and its migrations). */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    start();
  }

  public synchronized void start() {
    if (task == null) {
      int interval = Math.max(1, intervalSeconds);
      task =
          scheduler.scheduleWithFixedDelay(this::check, 2L * interval, interval, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void check() {
    Duration before = Duration.ofDays(Math.max(0, reminderDays));
    try {
      for (long slot : calendar.assignmentsDue(before)) {
        try {
          calendar.remind(slot, before);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Reminding assignment " + slot + " failed; trying again", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for assignment reminders failed; trying again", e);
    }
  }
}
