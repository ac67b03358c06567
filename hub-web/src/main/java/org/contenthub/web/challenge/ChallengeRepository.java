package org.contenthub.web.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Challenges, their participants and reports. */
@ApplicationScoped
public class ChallengeRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected ChallengeRepository() {}

  /** For tests outside the container. */
  public ChallengeRepository(EntityManager em) {
    this.em = em;
  }

  /** A participant as the leaderboard and the mail need them. */
  public record Participant(long accountId, String name, String email, String language) {}

  public Challenge save(Challenge challenge) {
    em.persist(challenge);
    em.flush();
    return challenge;
  }

  public Optional<Challenge> find(long id) {
    return Optional.ofNullable(em.find(Challenge.class, id));
  }

  /** Newest start first. */
  public List<Challenge> all() {
    return em.createQuery(
            "select c from Challenge c order by c.startDate desc, c.id desc", Challenge.class)
        .setMaxResults(200)
        .getResultList();
  }

  /** Challenges not yet announced whose first day has come and whose last is at most a week ago. */
  public List<Challenge> unannouncedStartedBy(LocalDate today) {
    return em.createQuery(
            "select c from Challenge c where c.announcedAt is null and c.startDate <= :today",
            Challenge.class)
        .setParameter("today", today)
        .getResultList();
  }

  /** Enrols; false when the person is enrolled already. */
  public boolean enrol(long challengeId, long accountId) {
    return em.createNativeQuery(
                "insert into challenge_participant (challenge_id, account_id, joined_at)"
                    + " select ?, ?, ? where not exists (select 1 from challenge_participant"
                    + " where challenge_id = ? and account_id = ?)")
            .setParameter(1, challengeId)
            .setParameter(2, accountId)
            .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
            .setParameter(4, challengeId)
            .setParameter(5, accountId)
            .executeUpdate()
        == 1;
  }

  /** Leaves the challenge; the person's reports go with them. False when not enrolled. */
  public boolean leave(long challengeId, long accountId) {
    em.createNativeQuery("delete from challenge_report where challenge_id = ? and account_id = ?")
        .setParameter(1, challengeId)
        .setParameter(2, accountId)
        .executeUpdate();
    return em.createNativeQuery(
                "delete from challenge_participant where challenge_id = ? and account_id = ?")
            .setParameter(1, challengeId)
            .setParameter(2, accountId)
            .executeUpdate()
        == 1;
  }

  /**
   * Locks the person's participation for a report, so two reports at once are made one after the
   * other; false when they are not enrolled.
   */
  public boolean lockParticipant(long challengeId, long accountId) {
    return !em.createNativeQuery(
            "select account_id from challenge_participant where challenge_id = ?"
                + " and account_id = ? for update")
        .setParameter(1, challengeId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  public boolean isParticipant(long challengeId, long accountId) {
    return !em.createNativeQuery(
            "select 1 from challenge_participant where challenge_id = ? and account_id = ?")
        .setParameter(1, challengeId)
        .setParameter(2, accountId)
        .getResultList()
        .isEmpty();
  }

  /** Replaces the person's report of this week (every network) with these counts. */
  public void report(long challengeId, long accountId, int week, Map<String, Integer> contacts) {
    em.createNativeQuery(
            "delete from challenge_report where challenge_id = ? and account_id = ? and week = ?")
        .setParameter(1, challengeId)
        .setParameter(2, accountId)
        .setParameter(3, week)
        .executeUpdate();
    for (Map.Entry<String, Integer> c : contacts.entrySet()) {
      em.createNativeQuery(
              "insert into challenge_report (challenge_id, account_id, week, network, contacts,"
                  + " reported_at) values (?, ?, ?, ?, ?, ?)")
          .setParameter(1, challengeId)
          .setParameter(2, accountId)
          .setParameter(3, week)
          .setParameter(4, c.getKey())
          .setParameter(5, c.getValue())
          .setParameter(6, Instant.now().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  /** Writes pending changes, so a view made now shows the version they will commit with. */
  public void flush() {
    em.flush();
  }

  /** The challenge's participants with their name, address and language, by name. */
  public List<Participant> participants(long challengeId) {
    List<Participant> found = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select a.id, a.display_name, a.email, a.language from challenge_participant p"
                    + " join account a on a.id = p.account_id where p.challenge_id = ?"
                    + " order by a.display_name, a.id")
            .setParameter(1, challengeId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      found.add(
          new Participant(
              ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]));
    }
    return found;
  }

  public long participantCount(long challengeId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from challenge_participant where challenge_id = ?")
                .setParameter(1, challengeId)
                .getSingleResult())
        .longValue();
  }

  /** Every report of the challenge: account, week, network, contacts. */
  @SuppressWarnings("unchecked")
  public List<Object[]> reports(long challengeId) {
    return em.createNativeQuery(
            "select account_id, week, network, contacts from challenge_report"
                + " where challenge_id = ? order by account_id, week, network")
        .setParameter(1, challengeId)
        .getResultList();
  }

  /** The challenges a person takes part in. */
  public List<Long> challengesOf(long accountId) {
    return em
        .createNativeQuery(
            "select challenge_id from challenge_participant where account_id = ?"
                + " order by challenge_id")
        .setParameter(1, accountId)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }

  /** Takes the person out of every challenge, reports and all; the number of reports deleted. */
  public int forget(long accountId) {
    int reports =
        em.createNativeQuery("delete from challenge_report where account_id = ?")
            .setParameter(1, accountId)
            .executeUpdate();
    em.createNativeQuery("delete from challenge_participant where account_id = ?")
        .setParameter(1, accountId)
        .executeUpdate();
    return reports;
  }
}
