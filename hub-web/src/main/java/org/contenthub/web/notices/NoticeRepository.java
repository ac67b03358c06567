package org.contenthub.web.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Notices per account. */
@ApplicationScoped
public class NoticeRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected NoticeRepository() {}

  public NoticeRepository(EntityManager em) {
    this.em = em;
  }

  public Notice save(Notice notice) {
    em.persist(notice);
    return notice;
  }

  public Optional<Notice> findById(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  /** The newest first. */
  public List<Notice> ofAccount(long accountId, int first, int max) {
    return em.createQuery(
            "select n from Notice n where n.accountId = :account order by n.createdAt desc, n.id desc",
            Notice.class)
        .setParameter("account", accountId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(long accountId) {
    return em.createQuery("select count(n) from Notice n where n.accountId = :account", Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  public long unread(long accountId) {
    return em.createQuery(
            "select count(n) from Notice n where n.accountId = :account and n.readAt is null",
            Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  public int markAllRead(long accountId, Instant at) {
    return em.createNativeQuery(
            "update notice set read_at = ? where account_id = ? and read_at is null")
        .setParameter(1, at.atOffset(ZoneOffset.UTC))
        .setParameter(2, accountId)
        .executeUpdate();
  }
}
