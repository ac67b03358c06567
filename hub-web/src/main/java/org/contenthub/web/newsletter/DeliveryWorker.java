package org.contenthub.web.newsletter;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.mail.OutgoingMail;
import org.contenthub.web.platform.Mailer;

/**
 * Sends queued deliveries on every instance: each worker claims a small batch, sends it through the
 * hub's mail transport (pooled SMTP connections, throttled) and records each outcome the moment it
 * is known; sent marks become the deliveries' status after each batch. Another tick starts
 * scheduled newsletters and closes finished ones.
 */
@ApplicationScoped
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  @Inject DeliveryQueue queue;
  @Inject DeliverySettings settings;
  @Inject RelayStatus relay;
  @Inject NewsletterService newsletters;
  @Inject Mailer mailer;
  @Inject BounceMonitor bounces;
  @Inject WeeklyDigest digest;
  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedThreadFactory threads;

  /** Sent marks folded into deliveries in one transaction. */
  private static final int FOLD_MAX = 500;

  /** How often a busy worker turns sent marks into statuses: progress lags by at most this. */
  private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final long STATUS_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private record KnownStatus(NewsletterStatus status, long readAt) {}

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;
  private final Map<Long, KnownStatus> statuses = new ConcurrentHashMap<>();

  /** Resolved newsletter content by id; a sending newsletter no longer changes. */
  private final Map<Long, MailContent> contents = new ConcurrentHashMap<>();

  /**
   * Starts the workers on threads of their own (the managed scheduler has too few threads for loops
   * that may send for an hour) and the housekeeping on the scheduler.
   */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    for (int i = 0; i < settings.workers(); i++) {
      Thread worker = threads.newThread(this::work);
      worker.setName("hub-mail-worker-" + i);
      worker.start();
      workers.add(worker);
    }
    tasks.add(scheduler.scheduleWithFixedDelay(this::housekeeping, 2, 5, TimeUnit.SECONDS));
    bounces.start();
  }

  @PreDestroy
  synchronized void stop() {
    running = false;
    tasks.forEach(t -> t.cancel(false));
    tasks.clear();
    workers.forEach(Thread::interrupt);
    workers.clear();
  }

  private void work() {
    while (running) {
      drain();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Sends batches until the queue is empty, the relay is down or the rate budget is spent. The sent
   * marks become the deliveries' status about once a second, and whenever the queue runs low, so
   * that a finished newsletter is closed at once.
   */
  void drain() {
    Set<Long> touched = new LinkedHashSet<>();
    try {
      long settledAt = System.nanoTime();
      while (running && !relay.waiting()) {
        try (DeliveryQueue.Session session = queue.session()) {
          List<ClaimedDelivery> batch =
              queue.claim(settings.batchSize(), settings.limits(), settings.lease());
          send(batch, touched);
          if (batch.size() < settings.batchSize() || System.nanoTime() - settledAt > SETTLE_NANOS) {
            settle(touched);
            settledAt = System.nanoTime();
          }
          if (batch.isEmpty()) {
            return;
          }
        }
      }
      settle(touched);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending newsletters failed; trying again shortly", e);
    }
  }

  private void send(List<ClaimedDelivery> batch, Set<Long> touched) {
    for (ClaimedDelivery d : batch) {
      touched.add(d.newsletterId());
      if (status(d.newsletterId()) != NewsletterStatus.SENDING || relay.waiting()) {
        queue.release(d.id()); // paused, cancelled, or the relay went away: not this attempt
        continue;
      }
      sendOne(d);
    }
  }

  /** Folds the sent marks into the deliveries and closes the newsletters that are done. */
  private void settle(Set<Long> touched) {
    while (queue.foldSent(FOLD_MAX) == FOLD_MAX) {
      // more marks than one fold takes: a busy cluster, or an instance that died
    }
    for (long id : touched) {
      if (queue.finishNewsletterIfDone(id)) {
        contents.remove(id);
        statuses.remove(id);
        LOG.info(() -> "Newsletter " + id + " is sent");
      }
    }
    touched.clear();
  }

  /**
   * The newsletter's status, read at most once a second per newsletter: a pause or cancel takes
   * effect within a second even in the middle of a batch, at the cost of one small query a second.
   */
  private NewsletterStatus status(long newsletterId) {
    long now = System.nanoTime();
    KnownStatus known = statuses.get(newsletterId);
    if (known == null || now - known.readAt() > STATUS_MAX_AGE_NANOS) {
      known = new KnownStatus(queue.statusOf(newsletterId), now);
      statuses.put(newsletterId, known);
    }
    return known.status();
  }

  private void sendOne(ClaimedDelivery d) {
    OutgoingMail mail;
    try {
      MailContent content = contents.computeIfAbsent(d.newsletterId(), newsletters::content);
      mail = newsletters.mailFor(content, d);
    } catch (IllegalArgumentException badAddress) {
      queue.finish(
          d.id(), DeliveryStatus.INVALID, "not a valid address: " + badAddress.getMessage());
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot make the mail of delivery " + d.id(), e);
      queue.finish(d.id(), DeliveryStatus.FAILED, "cannot make the mail: " + e.getMessage());
      return;
    }
    DeliveryResult result = mailer.send(mail);
    switch (result.outcome()) {
      case SENT -> {
        queue.sent(d.id(), result.messageId());
        relay.reachable();
      }
      case INVALID_ADDRESS -> {
        queue.finish(d.id(), DeliveryStatus.INVALID, result.detail());
        newsletters.addressInvalid(d.email(), result.detail());
        relay.reachable();
      }
      case PERMANENT_FAILURE -> {
        queue.finish(d.id(), DeliveryStatus.FAILED, result.detail());
        relay.reachable();
      }
      case TEMPORARY_FAILURE -> temporaryFailure(d, result);
    }
  }

  private void temporaryFailure(ClaimedDelivery d, DeliveryResult result) {
    if (relayUnreachable(result)) {
      // Nothing about this message: the relay is down, refused us, or our login is wrong. Wait
      // for the relay, without counting the attempt against the recipient.
      queue.release(d.id());
      relay.unreachable(result.detail());
      LOG.warning(() -> "The mail relay is unreachable; sending waits: " + result.detail());
    } else if (d.attempts() >= settings.maxAttempts()) {
      queue.finish(
          d.id(),
          DeliveryStatus.FAILED,
          "gave up after " + d.attempts() + " attempts: " + result.detail());
    } else {
      queue.retryAt(d.id(), Instant.now().plus(settings.retryDelay(d.attempts())), result.detail());
      relay.reachable();
    }
  }

  /** A temporary failure without an SMTP reply to this message is about the connection. */
  static boolean relayUnreachable(DeliveryResult result) {
    return result.replyCode() == 0 && result.failedRecipients().isEmpty()
        || result.replyCode() == 421;
  }

  private void housekeeping() {
    try {
      digest
          .composeIfDue(Instant.now())
          .ifPresent(id -> LOG.info(() -> "This week's digest is composed: newsletter " + id));
      int started = newsletters.startDue();
      if (started > 0) {
        LOG.info(() -> started + " scheduled newsletter(s) started");
      }
      // marks an instance left when it died, so that its newsletters can finish
      queue.foldSent(FOLD_MAX);
      for (long id : queue.sending()) {
        if (queue.finishNewsletterIfDone(id)) {
          contents.remove(id);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Checking scheduled newsletters failed; trying again shortly", e);
    }
  }
}
