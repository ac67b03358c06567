package org.contenthub.web.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Favourites: one row per person and item, and a count on the item kept in step in the same
 * transaction. The insert skips an existing row and the count moves only when a row really came or
 * went, with an atomic update, so concurrent clicks count exactly.
 */
@ApplicationScoped
public class FavouriteRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected FavouriteRepository() {}

  /** For tests outside the container. */
  public FavouriteRepository(EntityManager em) {
    this.em = em;
  }

  /** True when this made it a favourite, false when it was one already. */
  public boolean add(long accountId, long itemId) {
    int inserted =
        em.createNativeQuery(
                "insert into favourite (account_id, item_id, created_at) values (?, ?, ?) on conflict do nothing")
            .setParameter(1, accountId)
            .setParameter(2, itemId)
            .setParameter(3, Instant.now().atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 1) {
      adjustCount(itemId, 1);
    }
    return inserted == 1;
  }

  /** True when this removed a favourite, false when there was none. */
  public boolean remove(long accountId, long itemId) {
    int deleted =
        em.createNativeQuery("delete from favourite where account_id = ? and item_id = ?")
            .setParameter(1, accountId)
            .setParameter(2, itemId)
            .executeUpdate();
    if (deleted == 1) {
      adjustCount(itemId, -1);
    }
    return deleted == 1;
  }

  public boolean isFavourite(long accountId, long itemId) {
    return !em.createNativeQuery("select 1 from favourite where account_id = ? and item_id = ?")
        .setParameter(1, accountId)
        .setParameter(2, itemId)
        .getResultList()
        .isEmpty();
  }

  /** The items among these that the person marked, for showing the hearts filled in. */
  public List<Long> favouritesAmong(long accountId, List<Long> itemIds) {
    if (itemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select i.id from Item i, Favourite f where f.itemId = i.id and f.accountId = :account and i.id in :ids",
            Long.class)
        .setParameter("account", accountId)
        .setParameter("ids", itemIds)
        .getResultList();
  }

  /** The person's favourites, most recently marked first. */
  public List<Item> of(long accountId, int offset, int limit) {
    return em.createQuery(
            "select i from Item i, Favourite f where f.itemId = i.id and f.accountId = :account order by f.createdAt desc",
            Item.class)
        .setParameter("account", accountId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countOf(long accountId) {
    return em.createQuery(
            "select count(f) from Favourite f where f.accountId = :account", Long.class)
        .setParameter("account", accountId)
        .getSingleResult();
  }

  public int countFor(long itemId) {
    return ((Number)
            em.createNativeQuery("select favourite_count from item where id = ?")
                .setParameter(1, itemId)
                .getSingleResult())
        .intValue();
  }

  private void adjustCount(long itemId, int delta) {
    em.createNativeQuery("update item set favourite_count = favourite_count + ? where id = ?")
        .setParameter(1, delta)
        .setParameter(2, itemId)
        .executeUpdate();
  }
}
