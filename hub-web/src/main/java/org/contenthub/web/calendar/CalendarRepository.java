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
}
