package org.contenthub.web.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Feeds in the database, and the lease that lets one hub instance poll a feed at a time. */
@ApplicationScoped
public class FeedSourceRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  public List<FeedSource> all() {
    return em.createQuery("select f from FeedSource f order by f.title, f.url", FeedSource.class)
        .getResultList();
  }

  public Optional<FeedSource> findById(long id) {
    return Optional.ofNullable(em.find(FeedSource.class, id));
  }

  public Optional<FeedSource> findByUrl(String url) {
    return em.createQuery("select f from FeedSource f where f.url = :url", FeedSource.class)
        .setParameter("url", url)
        .getResultStream()
        .findFirst();
  }

  public FeedSource save(FeedSource feed) {
    em.persist(feed);
    return feed;
  }

  public void delete(FeedSource feed) {
    em.remove(feed);
  }

  /** Feeds whose next poll is due and that nobody is polling right now. */
  public List<Long> due(Instant now) {
    return em.createQuery(
            "select f.id from FeedSource f where f.nextPollAt <= :now order by f.nextPollAt",
            Long.class)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Takes the feed for this instance until {@code until}, if no other instance holds it: one
   * conditional update, atomic on every database, so a feed is polled once across a cluster.
   */
  public boolean claim(long id, Instant now, Instant until) {
    return em.createNativeQuery(
                "update feed set lease_until = ? where id = ? and (lease_until is null or lease_until < ?)")
            .setParameter(1, until.atOffset(ZoneOffset.UTC))
            .setParameter(2, id)
            .setParameter(3, now.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  public void release(long id) {
    em.createNativeQuery("update feed set lease_until = null where id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }
}
