package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.contenthub.web.workflow.SubmissionService;

/**
 * The media of chat messages waiting to be fetched (table {@code intake_media}), and each step of
 * their fetching as a short transaction of its own, so the network is never waited on inside one. A
 * message is taken by one conditional UPDATE that sets a claim token and a lease: whichever
 * instance wins fetches it, a crashed one's lease runs out and another resumes it, and only the
 * holder of the token may record the outcome, so a photo is stored once.
 */
@ApplicationScoped
public class MediaQueue {

  /** Longer than a whole fetch may take (SafeFetcher's total time-outs of both calls). */
  static final Duration LEASE = Duration.ofMinutes(3);

  /** The kinds that are photos (a sticker is a WebP picture). */
  static final List<String> PHOTO_KINDS = List.of("image", "sticker");

  /**
   * The kinds whose media the hub takes in: photos, and documents (as the submission's files, by
   * the attachments' rules). Video and audio stay with the gateway: the hub keeps no such files.
   */
  static final List<String> FETCHED_KINDS = List.of("image", "sticker", "document");

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  @Inject MediaSettings settings;
  @Inject SubmissionService submissions;
  @Inject Event<MediaQueued> queued;

  /** A claimed message: what to fetch, and the token that proves the claim. */
  record Claim(
      long messageId, String token, String mediaId, String kind, Long submissionId, int attempts) {}

  /**
   * The line about a message's media in its submission's text: the media id, and when it is not
   * fetched, why ("not fetched: video, …"), so nobody waits for a photo that will not come.
   */
  String describe(ChatMessage message) {
    if (message.mediaId() == null) {
      return "";
    }
    String what =
        "WhatsApp "
            + message.kind()
            + " "
            + message.mediaId()
            + (message.mediaType() == null ? "" : " (" + message.mediaType() + ")");
    if (!settings.fetching()) {
      return "["
          + what
          + " — not fetched: "
          + message.kind()
          + ", no access token configured (hub.intake.whatsapp.access-token)]";
    }
    if (!FETCHED_KINDS.contains(message.kind())) {
      return "["
          + what
          + " — not fetched: "
          + message.kind()
          + ", the hub keeps no video or audio files; it stays with the gateway]";
    }
    return "[" + what + "]";
  }

  /**
   * In the caller's transaction: a photo message's media is to be fetched for this submission. The
   * fetch starts only after that transaction committed ({@link MediaFetcher}).
   */
  void enqueue(long messageId, long submissionId, ChatMessage message) {
    if (message.mediaId() == null
        || !settings.fetching()
        || !FETCHED_KINDS.contains(message.kind())) {
      return;
    }
    Instant now = Instant.now();
    em.createNativeQuery(
            "insert into intake_media (message_id, submission_id, media_id, kind, status, attempts,"
                + " next_attempt_at, updated_at) values (?, ?, ?, ?, 'pending', 0, ?, ?)"
                + " on conflict do nothing")
        .setParameter(1, messageId)
        .setParameter(2, submissionId)
        .setParameter(3, clip255(message.mediaId()))
        .setParameter(4, message.kind())
        .setParameter(5, utc(now))
        .setParameter(6, utc(now))
        .executeUpdate();
    queued.fire(new MediaQueued(messageId));
  }

  /** Messages whose fetch is due and not held by a live claim (after a restart, retries). */
  @Transactional
  public List<Long> due(int max) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select message_id from intake_media where status = 'pending'"
                    + " and next_attempt_at <= ? and (lease_until is null or lease_until < ?)"
                    + " order by next_attempt_at")
            .setParameter(1, utc(now))
            .setParameter(2, utc(now))
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** Takes a due message for this instance, atomically on H2 and PostgreSQL; empty when not due. */
  @Transactional
  public Optional<Claim> claim(long messageId) {
    Instant now = Instant.now();
    String token = UUID.randomUUID().toString();
    int taken =
        em.createNativeQuery(
                "update intake_media set claim_token = ?, lease_until = ?, attempts = attempts + 1,"
                    + " updated_at = ? where message_id = ? and status = 'pending'"
                    + " and next_attempt_at <= ? and (lease_until is null or lease_until < ?)")
            .setParameter(1, token)
            .setParameter(2, utc(now.plus(LEASE)))
            .setParameter(3, utc(now))
            .setParameter(4, messageId)
            .setParameter(5, utc(now))
            .setParameter(6, utc(now))
            .executeUpdate();
    if (taken != 1) {
      return Optional.empty();
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select media_id, kind, submission_id, attempts from intake_media where message_id = ?")
                .setParameter(1, messageId)
                .getSingleResult();
    return Optional.of(
        new Claim(
            messageId,
            token,
            (String) row[0],
            (String) row[1],
            row[2] == null ? null : ((Number) row[2]).longValue(),
            ((Number) row[3]).intValue()));
  }

  /**
   * A temporary failure: tried again after {@code delay} (by this instance or, after a crash, any).
   */
  @Transactional
  public void retryLater(Claim claim, String reason, Duration delay) {
    Instant now = Instant.now();
    em.createNativeQuery(
            "update intake_media set next_attempt_at = ?, reason = ?, claim_token = null,"
                + " lease_until = null, updated_at = ? where message_id = ? and claim_token = ?")
        .setParameter(1, utc(now.plus(delay)))
        .setParameter(2, clip(reason))
        .setParameter(3, utc(now))
        .setParameter(4, claim.messageId())
        .setParameter(5, claim.token())
        .executeUpdate();
  }

  /** Given up: the reason recorded, and noted in the submission's history for the editor. */
  @Transactional
  public void fail(Claim claim, String reason) {
    if (finish(claim, "failed", reason) && claim.submissionId() != null) {
      submissions.noteNotReceived(
          claim.submissionId(), "WhatsApp", "not fetched: " + claim.kind() + ", " + clip(reason));
    }
  }

  /**
   * Fetched and checked: the file becomes the submission's (its photo, or one of its files), in the
   * same transaction.
   */
  @Transactional
  public void complete(Claim claim, String filename, byte[] content) {
    if (finish(claim, "fetched", null) && claim.submissionId() != null) {
      submissions.addReceivedFile(claim.submissionId(), filename, content, "WhatsApp");
    }
  }

  private boolean finish(Claim claim, String status, String reason) {
    return em.createNativeQuery(
                "update intake_media set status = ?, reason = ?, claim_token = null,"
                    + " lease_until = null, updated_at = ? where message_id = ? and claim_token = ?")
            .setParameter(1, status)
            .setParameter(2, reason == null ? null : clip(reason))
            .setParameter(3, utc(Instant.now()))
            .setParameter(4, claim.messageId())
            .setParameter(5, claim.token())
            .executeUpdate()
        == 1;
  }

  private static String clip255(String text) {
    return text.length() <= 255 ? text : text.substring(0, 255);
  }

  private static String clip(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
