package org.contenthub.web.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contenthub.web.items.Channel;

/** Submissions, their audit trail, text versions and photo. */
@ApplicationScoped
public class SubmissionRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected SubmissionRepository() {}

  /** For tests outside the container. */
  public SubmissionRepository(EntityManager em) {
    this.em = em;
  }

  /** What a list asks for; {@code authorId} set means only that author's own submissions. */
  public record Filter(
      SubmissionState state, Channel channel, Long authorId, Long viewerId, int page, int size) {}

  public record Slice(List<Submission> submissions, long total) {}

  /** A photo as stored. */
  public record Image(String filename, String mediaType, byte[] content) {}

  /** A file of a submission, without its bytes. */
  public record FileInfo(
      long id, String filename, String mediaType, long size, Instant createdAt) {}

  /** A file of a submission with its bytes. */
  public record File(long id, String filename, String mediaType, byte[] content) {}

  public Submission save(Submission submission) {
    em.persist(submission);
    em.flush();
    return submission;
  }

  /** Writes pending changes, so the version an answer carries is the stored one. */
  public void flush() {
    em.flush();
  }

  public Optional<Submission> findById(long id) {
    return Optional.ofNullable(em.find(Submission.class, id));
  }

  /**
   * The submission with its row locked until the transaction ends, read afresh under the lock:
   * edits and steps on one submission queue up behind each other.
   */
  public Optional<Submission> lockById(long id) {
    Submission submission = em.find(Submission.class, id);
    if (submission == null) {
      return Optional.empty();
    }
    em.refresh(submission, LockModeType.PESSIMISTIC_WRITE);
    return Optional.of(submission);
  }

  /**
   * A page of submissions, the most recently changed first. Others' drafts are never listed: a
   * draft is its author's until it is submitted.
   */
  public Slice find(Filter filter) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.authorId() != null) {
      where.append(" and s.author.id = :author");
      params.put("author", filter.authorId());
    } else {
      where.append(" and (s.state <> :draft or s.author.id = :viewer)");
      params.put("draft", SubmissionState.DRAFT);
      params.put("viewer", filter.viewerId() == null ? -1L : filter.viewerId());
    }
    if (filter.state() != null) {
      where.append(" and s.state = :state");
      params.put("state", filter.state());
    }
    if (filter.channel() != null) {
      where.append(" and s.channel = :channel");
      params.put("channel", filter.channel());
    }
    TypedQuery<Submission> query =
        em.createQuery(
            "select s from Submission s" + where + " order by s.updatedAt desc, s.id desc",
            Submission.class);
    TypedQuery<Long> count =
        em.createQuery("select count(s) from Submission s" + where, Long.class);
    params.forEach(
        (name, value) -> {
          query.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Submission> page =
        query
            .setFirstResult((filter.page() - 1) * filter.size())
            .setMaxResults(filter.size())
            .getResultList();
    return new Slice(page, count.getSingleResult());
  }

  public long countInState(SubmissionState state) {
    return em.createQuery("select count(s) from Submission s where s.state = :state", Long.class)
        .setParameter("state", state)
        .getSingleResult();
  }

  // --- audit trail and versions

  public SubmissionEvent saveEvent(SubmissionEvent event) {
    em.persist(event);
    return event;
  }

  public List<SubmissionEvent> events(long submissionId) {
    return em.createQuery(
            "select e from SubmissionEvent e where e.submissionId = :id order by e.occurredAt, e.id",
            SubmissionEvent.class)
        .setParameter("id", submissionId)
        .getResultList();
  }

  public SubmissionVersion saveVersion(SubmissionVersion version) {
    em.persist(version);
    return version;
  }

  public List<SubmissionVersion> versions(long submissionId) {
    return em.createQuery(
            "select v from SubmissionVersion v where v.submissionId = :id order by v.number",
            SubmissionVersion.class)
        .setParameter("id", submissionId)
        .getResultList();
  }

  /** The highest version number so far (0 for none). */
  public int lastVersionNumber(long submissionId) {
    Integer last =
        em.createQuery(
                "select max(v.number) from SubmissionVersion v where v.submissionId = :id",
                Integer.class)
            .setParameter("id", submissionId)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  public Optional<SubmissionVersion> version(long submissionId, int number) {
    return em.createQuery(
            "select v from SubmissionVersion v where v.submissionId = :id and v.number = :number",
            SubmissionVersion.class)
        .setParameter("id", submissionId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  // --- photo

  public void saveImage(long submissionId, Image image) {
    em.createNativeQuery("delete from submission_image where submission_id = ?")
        .setParameter(1, submissionId)
        .executeUpdate();
    em.createNativeQuery(
            "insert into submission_image (submission_id, filename, media_type, content) values (?, ?, ?, ?)")
        .setParameter(1, submissionId)
        .setParameter(2, image.filename())
        .setParameter(3, image.mediaType())
        .setParameter(4, image.content())
        .executeUpdate();
  }

  public Optional<Image> image(long submissionId) {
    List<?> rows =
        em.createNativeQuery(
                "select filename, media_type, content from submission_image where submission_id = ?")
            .setParameter(1, submissionId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Image((String) row[0], (String) row[1], (byte[]) row[2]));
  }

  public boolean hasImage(long submissionId) {
    return !em.createNativeQuery("select 1 from submission_image where submission_id = ?")
        .setParameter(1, submissionId)
        .getResultList()
        .isEmpty();
  }

  // --- files (attachments and inline photos that came with it)

  public long saveAttachment(
      long submissionId, String filename, String mediaType, String sha256, byte[] content) {
    long id =
        ((Number)
                em.createNativeQuery("select nextval('submission_attachment_seq')")
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into submission_attachment (id, submission_id, filename, media_type, size_bytes, sha256, content, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, submissionId)
        .setParameter(3, filename)
        .setParameter(4, mediaType)
        .setParameter(5, (long) content.length)
        .setParameter(6, sha256)
        .setParameter(7, content)
        .setParameter(8, Instant.now().atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    return id;
  }

  public List<FileInfo> attachments(long submissionId) {
    List<FileInfo> files = new java.util.ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, filename, media_type, size_bytes, created_at from submission_attachment"
                    + " where submission_id = ? order by id")
            .setParameter(1, submissionId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      files.add(
          new FileInfo(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              ((Number) r[3]).longValue(),
              instant(r[4])));
    }
    return files;
  }

  public Optional<File> attachment(long submissionId, long attachmentId) {
    List<?> rows =
        em.createNativeQuery(
                "select id, filename, media_type, content from submission_attachment"
                    + " where submission_id = ? and id = ?")
            .setParameter(1, submissionId)
            .setParameter(2, attachmentId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new File(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (byte[]) r[3]));
  }

  /** H2 answers timestamps with time zone as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  private static Instant instant(Object value) {
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }

  // --- scheduled publishing

  /** Scheduled submissions whose time has come. */
  public List<Long> dueIds(Instant now) {
    return em.createQuery(
            "select s.id from Submission s where s.state = :scheduled and s.scheduledAt <= :now order by s.scheduledAt",
            Long.class)
        .setParameter("scheduled", SubmissionState.SCHEDULED)
        .setParameter("now", now)
        .setMaxResults(100)
        .getResultList();
  }

  /**
   * Takes a due submission for publication: one conditional update, atomic on H2 and PostgreSQL, so
   * of several instances exactly one gets 1 (the others wait for its row lock and then find it no
   * longer scheduled). True when this transaction got it.
   */
  public boolean takeDue(long id, Instant now) {
    return em.createNativeQuery(
                "update submission set state = 'PUBLISHED', version = version + 1"
                    + " where id = ? and state = 'SCHEDULED' and scheduled_at <= ?")
            .setParameter(1, id)
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }
}
