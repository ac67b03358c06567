package org.contenthub.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Calendar slots and the secrets of calendar subscriptions. */
@ApplicationScoped
public class CalendarRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected CalendarRepository() {}

  public CalendarRepository(EntityManager em) {
    this.em = em;
  }

  public CalendarSlot save(CalendarSlot slot) {
    em.persist(slot);
    em.flush();
    return slot;
  }

  public void flush() {
    em.flush();
  }

  public Optional<CalendarSlot> findById(long id) {
    return Optional.ofNullable(em.find(CalendarSlot.class, id));
  }

  public void delete(CalendarSlot slot) {
    em.remove(slot);
  }

  /** Slots from {@code from} (inclusive) to {@code to} (exclusive), in time order. */
  public List<CalendarSlot> between(Instant from, Instant to, int max) {
    return em.createQuery(
            "select s from CalendarSlot s where s.startsAt >= :from and s.startsAt < :to order by s.startsAt, s.id",
            CalendarSlot.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  /** Replaces the person's subscription secret (by its hash): the old address stops working. */
  public void saveToken(String username, String tokenHash) {
    deleteToken(username);
    em.createNativeQuery(
            "insert into calendar_feed_token (username, token_hash, created_at) values (?, ?, ?)")
        .setParameter(1, username)
        .setParameter(2, tokenHash)
        .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  public boolean deleteToken(String username) {
    return em.createNativeQuery("delete from calendar_feed_token where username = ?")
            .setParameter(1, username)
            .executeUpdate()
        == 1;
  }

  public boolean hasToken(String username) {
    return !em.createNativeQuery("select 1 from calendar_feed_token where username = ?")
        .setParameter(1, username)
        .getResultList()
        .isEmpty();
  }

  public Optional<String> usernameOfToken(String tokenHash) {
    return em.createNativeQuery("select username from calendar_feed_token where token_hash = ?")
        .setParameter(1, tokenHash)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  /** An assignment as the reminders need it: its slot, deadline, topic, writer and editor. */
  public record Assignment(
      long slotId,
      Instant deadline,
      String topic,
      String writer,
      String editor,
      long submissionId,
      boolean reminded,
      boolean overdueHandled) {}

  /**
   * Assignments whose writer's reminder ({@code deadline <= remindFrom}) or whose missed deadline
   * ({@code deadline <= now}) has not been dealt with yet.
   */
  public List<Long> assignmentsDue(Instant now, Instant remindFrom, int max) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from calendar_slot where assigned_by is not null"
                    + " and submission_id is not null and ((reminder_done_at is null and starts_at"
                    + " <= ?) or (overdue_done_at is null and starts_at <= ?)) order by starts_at")
            .setParameter(1, remindFrom.atOffset(ZoneOffset.UTC))
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .setMaxResults(max)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  public Optional<Assignment> assignment(long slotId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, starts_at, title, owner_username, assigned_by, submission_id,"
                    + " reminder_done_at, overdue_done_at from calendar_slot"
                    + " where id = ? and assigned_by is not null and submission_id is not null")
            .setParameter(1, slotId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Assignment(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).longValue(),
                    r[6] != null,
                    r[7] != null));
  }

  /**
   * Marks the writer's reminder dealt with; true for the one transaction (of any instance) that
   * did, which then sends it.
   */
  public boolean takeReminder(long slotId, Instant now) {
    return em.createNativeQuery(
                "update calendar_slot set reminder_done_at = ? where id = ?"
                    + " and reminder_done_at is null")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, slotId)
            .executeUpdate()
        == 1;
  }

  /** As {@link #takeReminder}, for the editor's notice of a missed deadline. */
  public boolean takeOverdue(long slotId, Instant now) {
    return em.createNativeQuery(
                "update calendar_slot set overdue_done_at = ? where id = ?"
                    + " and overdue_done_at is null")
            .setParameter(1, now.atOffset(ZoneOffset.UTC))
            .setParameter(2, slotId)
            .executeUpdate()
        == 1;
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
}
