package org.contenthub.web.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.web.attachments.AttachmentService;
import org.contenthub.web.platform.HubSettings;

/**
 * Fetches the photos and documents of WhatsApp messages off the webhook's request and transaction
 * (the gateway wants its 200 at once): right after the commit on a managed thread, temporary
 * failures again after 2, 4, 8 and 16 s, and every instance looks every 30 s for messages still
 * pending (after a restart, or when the instance that claimed one died). {@link MediaQueue}'s claim
 * makes each message one instance's at a time; the photo is checked by its bytes (Tika) before it
 * is stored.
 */
@ApplicationScoped
public class MediaFetcher {

  private static final Logger LOG = Logger.getLogger(MediaFetcher.class.getName());

  /** Tries per message; the waits between them double from 2 s. */
  static final int MAX_ATTEMPTS = 5;

  private static final long SWEEP_SECONDS = 30;

  private static final Map<String, String> PHOTO_TYPES =
      Map.of("image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/webp", "webp");

  /** Names for documents, which the webhook sends without a usable name of their own. */
  private static final Map<String, String> DOCUMENT_TYPES =
      Map.of(
          "application/pdf", "pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
          "application/vnd.oasis.opendocument.text", "odt",
          "text/plain", "txt");

  @Inject MediaQueue queue;
  @Inject MediaSettings settings;
  @Inject HubSettings hub;
  @Inject AttachmentService attachments;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile GraphMediaClient client;
  private ScheduledFuture<?> sweeper;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    start();
  }

  synchronized void start() {
    if (sweeper == null && settings.fetching()) {
      sweeper =
          scheduler.scheduleWithFixedDelay(
              this::sweep, SWEEP_SECONDS / 2, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (sweeper != null) {
      sweeper.cancel(false);
    }
  }

  /** After the commit that recorded the message: fetch now, on a managed thread. */
  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MediaQueued message) {
    submit(message.messageId());
  }

  void sweep() {
    try {
      queue.due(20).forEach(this::submit);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for WhatsApp media to fetch failed; trying again", e);
    }
  }

  private void submit(long messageId) {
    try {
      // the fetch runs on the executor: the managed scheduler has a single thread
      executor.execute(() -> fetch(messageId));
    } catch (RejectedExecutionException e) {
      LOG.log(Level.INFO, "WhatsApp media " + messageId + " left for the next sweep", e);
    }
  }

  void fetch(long messageId) {
    MediaQueue.Claim claim;
    try {
      claim = queue.claim(messageId).orElse(null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not claim WhatsApp media " + messageId, e);
      return;
    }
    if (claim == null) {
      return; // taken by another instance or thread, or done
    }
    try {
      GraphMediaClient.Media media = client().fetch(claim.mediaId());
      String type = attachments.typeOf(media.content());
      boolean photo = MediaQueue.PHOTO_KINDS.contains(claim.kind());
      if (photo && !PHOTO_TYPES.containsKey(type)) {
        queue.fail(claim, "not a photo by its content (" + type + ")");
        return;
      }
      String extension = photo ? PHOTO_TYPES.get(type) : DOCUMENT_TYPES.getOrDefault(type, "bin");
      String filename = "whatsapp-" + claim.mediaId() + "." + extension;
      try {
        attachments.check(filename, media.content()); // the attachments' rules, before storing
      } catch (jakarta.ws.rs.ClientErrorException refused) {
        queue.fail(claim, refused.getMessage());
        return;
      }
      queue.complete(claim, filename, media.content());
      LOG.fine(() -> "WhatsApp media " + messageId + " fetched");
    } catch (GraphMediaClient.MediaProblem problem) {
      settle(claim, problem.getMessage(), problem.retryable());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fetching WhatsApp media " + messageId + " failed", e);
      settle(claim, "could not be stored: " + e.getMessage(), true);
    }
  }

  private void settle(MediaQueue.Claim claim, String reason, boolean retryable) {
    try {
      if (retryable && claim.attempts() < MAX_ATTEMPTS) {
        Duration wait = Duration.ofSeconds(1L << claim.attempts());
        queue.retryLater(claim, reason, wait);
        scheduler.schedule(
            () -> submit(claim.messageId()), wait.toMillis() + 100, TimeUnit.MILLISECONDS);
      } else {
        queue.fail(
            claim, retryable ? reason + " (after " + claim.attempts() + " attempts)" : reason);
      }
    } catch (RuntimeException e) {
      // the lease runs out and the sweep tries again
      LOG.log(Level.WARNING, "Could not record the outcome for media " + claim.messageId(), e);
    }
  }

  private GraphMediaClient client() {
    GraphMediaClient current = client;
    if (current == null) {
      current =
          new GraphMediaClient(
              settings.graphUrl(),
              settings.accessToken().orElseThrow(),
              settings.mediaHosts(),
              attachments.maxBytes(),
              hub.fetchAllowedHosts());
      client = current;
    }
    return current;
  }
}
