package org.contenthub.web.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.contenthub.web.security.Viewer;

/** Items in the database, always read through the viewer's visibility condition. */
@ApplicationScoped
public class ItemRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected ItemRepository() {}

  /** For tests outside the container. */
  public ItemRepository(EntityManager em) {
    this.em = em;
  }

  /** Adds reads to the item's row of the day; instances adding at once lose none. */
  public void addReads(long itemId, java.time.LocalDate day, long reads) {
    if (findById(itemId).isEmpty()) {
      return; // deleted meanwhile: its reads go with it
    }
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated =
          em.createNativeQuery(
                  "update item_read set reads = reads + ? where item_id = ? and read_day = ?")
              .setParameter(1, reads)
              .setParameter(2, itemId)
              .setParameter(3, day)
              .executeUpdate();
      if (updated == 1
          || em.createNativeQuery(
                      "insert into item_read (item_id, read_day, reads) values (?, ?, ?)"
                          + " on conflict do nothing")
                  .setParameter(1, itemId)
                  .setParameter(2, day)
                  .setParameter(3, reads)
                  .executeUpdate()
              == 1) {
        return;
      }
      // another instance created the day's row meanwhile: add to it
    }
  }

  public long reads(long itemId, java.time.LocalDate since) {
    return sumOfReads("r.item_id = ?", itemId, since);
  }

  public long readsOfItemsBy(long accountId, java.time.LocalDate since) {
    return sumOfReads("i.author_id = ?", accountId, since);
  }

  private long sumOfReads(String condition, long id, java.time.LocalDate since) {
    return ((Number)
            em.createNativeQuery(
                    "select coalesce(sum(r.reads), 0) from item_read r join item i"
                        + " on i.id = r.item_id where "
                        + condition
                        + " and r.read_day >= ?")
                .setParameter(1, id)
                .setParameter(2, since)
                .getSingleResult())
        .longValue();
  }

  public Optional<Item> findById(long id) {
    return Optional.ofNullable(em.find(Item.class, id));
  }

  public Optional<Item> findByFeedEntry(long feedId, String guid) {
    return em.createQuery(
            "select i from Item i where i.feedId = :feed and i.feedGuid = :guid", Item.class)
        .setParameter("feed", feedId)
        .setParameter("guid", guid)
        .getResultStream()
        .findFirst();
  }

  public Optional<Item> findByCanonicalUrl(String canonicalUrl) {
    return em.createQuery("select i from Item i where i.canonicalUrl = :url", Item.class)
        .setParameter("url", canonicalUrl)
        .getResultStream()
        .findFirst();
  }

  public ItemCommentary saveCommentary(ItemCommentary commentary) {
    em.persist(commentary);
    return commentary;
  }

  public List<ItemCommentary> commentaries(long itemId) {
    return em.createQuery(
            "select c from ItemCommentary c where c.itemId = :item order by c.createdAt",
            ItemCommentary.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public Item save(Item item) {
    em.persist(item);
    return item;
  }

  public void delete(Item item) {
    em.remove(item);
  }

  public long count() {
    return em.createQuery("select count(i) from Item i", Long.class).getSingleResult();
  }

  /** One page of the items the viewer may see, newest first, and how many there are in all. */
  public Slice find(ItemFilter filter, Viewer viewer) {
    ItemVisibility.Condition visible = ItemVisibility.condition(viewer);
    StringBuilder where = new StringBuilder(" where ").append(visible.jpql());
    Map<String, Object> params = new LinkedHashMap<>(visible.parameters());
    if (filter.channel() != null) {
      where.append(" and i.channel = :channel");
      params.put("channel", filter.channel());
    }
    if (filter.type() != null) {
      where.append(" and i.type = :type");
      params.put("type", filter.type());
    }
    if (filter.language() != null) {
      where.append(" and i.language = :language");
      params.put("language", filter.language());
    }
    if (filter.department() != null) {
      where.append(" and lower(i.department) = :department");
      params.put("department", filter.department().toLowerCase());
    }
    if (filter.tag() != null) {
      where.append(" and :tag member of i.tags");
      params.put("tag", filter.tag());
    }
    TypedQuery<Long> count = em.createQuery("select count(i) from Item i" + where, Long.class);
    TypedQuery<Item> page =
        em.createQuery(
            "select i from Item i"
                + where
                + (filter.order() == ItemFilter.Order.LIKED
                    ? " order by i.favouriteCount desc, i.publishedAt desc, i.id desc"
                    : " order by i.publishedAt desc, i.id desc"),
            Item.class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          page.setParameter(name, value);
        });
    long total = count.getSingleResult();
    List<Item> items =
        total == 0
            ? List.of()
            : page.setFirstResult(filter.offset()).setMaxResults(filter.size()).getResultList();
    return new Slice(items, total);
  }

  /**
   * The most liked of the items the viewer may see that were published since {@code since}: a range
   * on the publication index, so the cost follows the week's items, not all of them.
   */
  public List<Item> mostLikedSince(Instant since, int count, Viewer viewer) {
    ItemVisibility.Condition visible = ItemVisibility.condition(viewer);
    TypedQuery<Item> query =
        em.createQuery(
            "select i from Item i where "
                + visible.jpql()
                + " and i.publishedAt >= :since"
                + " order by i.favouriteCount desc, i.publishedAt desc, i.id desc",
            Item.class);
    visible.parameters().forEach(query::setParameter);
    return query.setParameter("since", since).setMaxResults(count).getResultList();
  }

  public List<Item> findAllById(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from Item i where i.id in :ids", Item.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** A batch of items in id order, after the given id (keyset paging, fast at any depth). */
  public List<Item> batchAfter(long afterId, int size) {
    return em.createQuery("select i from Item i where i.id > :after order by i.id", Item.class)
        .setParameter("after", afterId)
        .setMaxResults(size)
        .getResultList();
  }

  /** The tags an author used most, most used first: what they know about. */
  public List<String> topTagsOf(long authorId, int limit) {
    return em.createQuery(
            "select t from Item i join i.tags t where i.author.id = :author group by t order by count(i) desc, t",
            String.class)
        .setParameter("author", authorId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Tags in use that start with these letters, the most used first. */
  public List<String> tagsStartingWith(String prefix, int limit) {
    return em.createQuery(
            "select t from Item i join i.tags t where t like :prefix group by t order by count(i) desc, t",
            String.class)
        .setParameter("prefix", prefix.replace("%", "").replace("_", "") + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  /** The departments that have items, for the feed's filter. */
  public List<String> departments() {
    return em.createQuery(
            "select distinct i.department from Item i where i.department is not null order by i.department",
            String.class)
        .getResultList();
  }

  public record Slice(List<Item> items, long total) {}
}
