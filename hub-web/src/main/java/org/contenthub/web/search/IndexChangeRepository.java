package org.contenthub.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.contenthub.web.items.ItemChanged;

/**
 * The outbox of the search index. A change is recorded by observing {@link ItemChanged}
 * synchronously, so the row commits or rolls back with the change itself.
 */
@ApplicationScoped
public class IndexChangeRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected IndexChangeRepository() {}

  /** For tests outside the container. */
  public IndexChangeRepository(EntityManager em) {
    this.em = em;
  }

  void record(@Observes ItemChanged change) {
    em.persist(new IndexChange(change.itemId(), Instant.now()));
  }

  /** Rows after the given id, in id order. (Transactions here serve the background follower.) */
  @Transactional
  public List<IndexChange> after(long id, int limit) {
    return em.createQuery(
            "select c from IndexChange c where c.id > :id order by c.id", IndexChange.class)
        .setParameter("id", id)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public long maxId() {
    Long max = em.createQuery("select max(c.id) from IndexChange c", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  @Transactional
  public long minId() {
    Long min = em.createQuery("select min(c.id) from IndexChange c", Long.class).getSingleResult();
    return min == null ? 0 : min;
  }

  @Transactional
  public int deleteOlderThan(Instant moment) {
    return em.createQuery("delete from IndexChange c where c.changedAt < :moment")
        .setParameter("moment", moment)
        .executeUpdate();
  }
}
