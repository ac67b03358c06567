package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Phone numbers of colleagues and the messages received, with plain SQL (no entity needed). */
@ApplicationScoped
public class IntakeRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  /** A received message as kept. */
  public record Received(
      long id,
      String source,
      String sender,
      String senderName,
      String username,
      String kind,
      String text,
      String mediaId,
      String mediaType,
      String status,
      Long submissionId,
      OffsetDateTime receivedAt) {}

  /** A mail the reader could not handle, as an editor sees it (the raw bytes apart). */
  public record Quarantined(
      long id,
      String messageId,
      String sender,
      String subject,
      String reason,
      long size,
      boolean rawKept,
      String status,
      OffsetDateTime receivedAt) {}

  /** A phone number and whose it is. */
  public record Phone(String phone, String username) {}

  public Optional<String> usernameOf(String phone) {
    return em.createNativeQuery("select username from intake_phone where phone = ?")
        .setParameter(1, phone)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  public void savePhone(String phone, String username) {
    em.createNativeQuery("delete from intake_phone where phone = ?")
        .setParameter(1, phone)
        .executeUpdate();
    em.createNativeQuery("insert into intake_phone (phone, username, created_at) values (?, ?, ?)")
        .setParameter(1, phone)
        .setParameter(2, username)
        .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public boolean deletePhone(String phone) {
    return em.createNativeQuery("delete from intake_phone where phone = ?")
            .setParameter(1, phone)
            .executeUpdate()
        == 1;
  }

  public List<Phone> phones() {
    List<Phone> phones = new ArrayList<>();
    for (Object row :
        em.createNativeQuery("select phone, username from intake_phone order by username, phone")
            .getResultList()) {
      Object[] r = (Object[]) row;
      phones.add(new Phone((String) r[0], (String) r[1]));
    }
    return phones;
  }

  /**
   * Records a message once: false when a message with this id was recorded before (the gateway
   * retries), atomic on H2 and PostgreSQL whichever instance gets the call.
   */
  public Optional<Long> record(String source, ChatMessage message) {
    long id =
        ((Number) em.createNativeQuery("select nextval('intake_message_seq')").getSingleResult())
            .longValue();
    int inserted =
        em.createNativeQuery(
                "insert into intake_message (id, source, external_id, sender, sender_name, kind, text, media_id, media_type, status, received_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?) on conflict do nothing")
            .setParameter(1, id)
            .setParameter(2, source)
            .setParameter(3, truncate(message.id(), 255))
            .setParameter(4, truncate(message.from(), 320))
            .setParameter(5, truncate(message.senderName(), 200))
            .setParameter(6, truncate(message.kind(), 16))
            .setParameter(7, truncate(message.text(), 100_000))
            .setParameter(8, truncate(message.mediaId(), 255))
            .setParameter(9, truncate(message.mediaType(), 100))
            .setParameter(10, Instant.now().atOffset(ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }

  /** Keeps a held mail's raw message, so assigning it later loses none of its files. */
  public void keepRaw(long id, byte[] raw) {
    em.createNativeQuery("update intake_message set raw = ? where id = ?")
        .setParameter(1, raw)
        .setParameter(2, id)
        .executeUpdate();
  }

  public Optional<byte[]> raw(long id) {
    return em.createNativeQuery("select raw from intake_message where id = ? and raw is not null")
        .setParameter(1, id)
        .getResultStream()
        .findFirst()
        .map(byte[].class::cast);
  }

  public boolean exists(String source, String externalId) {
    return !em.createNativeQuery(
            "select 1 from intake_message where source = ? and external_id = ?")
        .setParameter(1, source)
        .setParameter(2, truncate(externalId, 255))
        .getResultList()
        .isEmpty();
  }

  public void settle(long id, String status, String username, Long submissionId) {
    em.createNativeQuery(
            "update intake_message set status = ?, username = ?, submission_id = ? where id = ?")
        .setParameter(1, status)
        .setParameter(2, username)
        .setParameter(3, submissionId)
        .setParameter(4, id)
        .executeUpdate();
  }

  public List<Received> withStatus(String status, int max) {
    return rows("where status = ? order by received_at, id", status, max);
  }

  public Optional<Received> findById(long id) {
    return rows("where id = ?", id, 1).stream().findFirst();
  }

  private List<Received> rows(String where, Object parameter, int max) {
    List<Received> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, source, sender, sender_name, username, kind, text, media_id, media_type, status, submission_id, received_at from intake_message "
                    + where)
            .setParameter(1, parameter)
            .setMaxResults(max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.add(
          new Received(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (String) r[8],
              (String) r[9],
              r[10] == null ? null : ((Number) r[10]).longValue(),
              time(r[11])));
    }
    return result;
  }

  // --- quarantined mail

  public long quarantine(
      String messageId, String sender, String subject, String reason, long size, byte[] raw) {
    long id =
        ((Number) em.createNativeQuery("select nextval('intake_quarantine_seq')").getSingleResult())
            .longValue();
    // Without the raw bytes the column is left out: PostgreSQL refuses a null bound as text.
    jakarta.persistence.Query insert =
        em.createNativeQuery(
                "insert into intake_quarantine (id, message_id, sender, subject, reason, size_bytes, status, received_at"
                    + (raw == null ? "" : ", raw")
                    + ") values (?, ?, ?, ?, ?, ?, 'open', ?"
                    + (raw == null ? "" : ", ?")
                    + ")")
            .setParameter(1, id)
            .setParameter(2, truncate(messageId, 255))
            .setParameter(3, truncate(sender, 320))
            .setParameter(4, truncate(subject, 1000))
            .setParameter(5, truncate(reason == null ? "unknown" : reason, 4000))
            .setParameter(6, size)
            .setParameter(7, Instant.now().atOffset(ZoneOffset.UTC));
    if (raw != null) {
      insert.setParameter(8, raw);
    }
    insert.executeUpdate();
    return id;
  }

  public List<Quarantined> quarantined(String status, int max) {
    return quarantineRows("where status = ? order by received_at, id", status, max);
  }

  public Optional<Quarantined> findQuarantined(long id) {
    return quarantineRows("where id = ?", id, 1).stream().findFirst();
  }

  public Optional<byte[]> quarantinedRaw(long id) {
    return em.createNativeQuery(
            "select raw from intake_quarantine where id = ? and raw is not null")
        .setParameter(1, id)
        .getResultStream()
        .findFirst()
        .map(byte[].class::cast);
  }

  public void settleQuarantined(long id, String status, String by) {
    em.createNativeQuery(
            "update intake_quarantine set status = ?, settled_by = ?, settled_at = ? where id = ?")
        .setParameter(1, status)
        .setParameter(2, by)
        .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
        .setParameter(4, id)
        .executeUpdate();
  }

  public void noteQuarantineReason(long id, String reason) {
    em.createNativeQuery("update intake_quarantine set reason = ? where id = ?")
        .setParameter(1, truncate(reason, 4000))
        .setParameter(2, id)
        .executeUpdate();
  }

  private List<Quarantined> quarantineRows(String where, Object parameter, int max) {
    List<Quarantined> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select id, message_id, sender, subject, reason, size_bytes, raw is not null, status, received_at from intake_quarantine "
                    + where)
            .setParameter(1, parameter)
            .setMaxResults(max)
            .getResultList()) {
      Object[] r = (Object[]) row;
      result.add(
          new Quarantined(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              ((Number) r[5]).longValue(),
              Boolean.TRUE.equals(r[6]),
              (String) r[7],
              time(r[8])));
    }
    return result;
  }

  /** H2 answers timestamps with time zone as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  private static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().atOffset(ZoneOffset.UTC);
    }
    return value == null ? null : ((Instant) value).atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
