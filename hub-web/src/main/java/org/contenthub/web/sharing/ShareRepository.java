package org.contenthub.web.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shares, share settings and click counters. Counters move only by atomic increments ({@code update
 * … set clicks = clicks + ?}), so several instances flushing at once never lose a click.
 */
@ApplicationScoped
public class ShareRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected ShareRepository() {}

  /** For tests outside the container. */
  public ShareRepository(EntityManager em) {
    this.em = em;
  }

  /** A person's shares with their human clicks: item id, title, network, time, clicks. */
  @SuppressWarnings("unchecked")
  public List<Object[]> ofAccount(long accountId) {
    return em.createNativeQuery(
            "select s.item_id, i.title, s.network, s.created_at,"
                + " coalesce((select sum(c.clicks) from share_click c where c.share_id = s.id and c.bot = false), 0)"
                + " from share s join item i on i.id = s.item_id where s.account_id = ?"
                + " order by s.created_at desc")
        .setParameter(1, accountId)
        .setMaxResults(200)
        .getResultList();
  }

  /** All of a person's shares with their figures, oldest first, for the person's data export. */
  public List<Map<String, Object>> exportOf(long accountId) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "select s.item_id, i.title, s.network, s.code, s.created_at, s.reach,"
                    + " coalesce((select sum(c.clicks) from share_click c where c.share_id = s.id and c.bot = false), 0),"
                    + " coalesce((select sum(c.clicks) from share_click c where c.share_id = s.id and c.bot = true), 0),"
                    + " (select count(*) from conversion v where v.share_id = s.id)"
                    + " from share s join item i on i.id = s.item_id where s.account_id = ?"
                    + " order by s.created_at, s.id")
            .setParameter(1, accountId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      Map<String, Object> share = new LinkedHashMap<>();
      share.put("itemId", ((Number) row[0]).longValue());
      share.put("itemTitle", row[1]);
      share.put("network", row[2]);
      share.put("code", row[3]);
      share.put(
          "sharedAt",
          String.valueOf(row[4] instanceof java.sql.Timestamp ts ? ts.toInstant() : row[4]));
      share.put("reach", ((Number) row[5]).longValue());
      share.put("humanClicks", ((Number) row[6]).longValue());
      share.put("botClicks", ((Number) row[7]).longValue());
      share.put("conversions", ((Number) row[8]).longValue());
      result.add(share);
    }
    return result;
  }

  /** Unlinks a person from all their shares; the figures stay, anonymous. */
  public int forgetAccount(long accountId) {
    return em.createNativeQuery("update share set account_id = null where account_id = ?")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  /** Shares per person made in {@code [from, to)}, of those linked to a person (consent). */
  public Map<Long, Integer> countsPerAccount(Instant from, Instant to) {
    Map<Long, Integer> counts = new java.util.HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select account_id, count(*) from share where account_id is not null"
                    + " and created_at >= ? and created_at < ? group by account_id")
            .setParameter(1, from.atOffset(java.time.ZoneOffset.UTC))
            .setParameter(2, to.atOffset(java.time.ZoneOffset.UTC))
            .getResultList()) {
      Object[] row = (Object[]) o;
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return counts;
  }

  public Share save(Share share) {
    em.persist(share);
    em.flush();
    return share;
  }

  public Optional<Share> find(long id) {
    return Optional.ofNullable(em.find(Share.class, id));
  }

  public Optional<Share> findByCode(String code) {
    return em.createQuery("select s from Share s where s.code = :code", Share.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public boolean codeExists(String code) {
    return !em.createNativeQuery("select 1 from share where code = ?")
        .setParameter(1, code)
        .getResultList()
        .isEmpty();
  }

  // --- settings

  public void saveSettings(
      long itemId, String audience, String departments, Map<Network, List<String>> suggestions) {
    em.createNativeQuery("delete from share_settings where item_id = ?")
        .setParameter(1, itemId)
        .executeUpdate();
    em.createNativeQuery(
            "insert into share_settings (item_id, audience, departments, updated_at) values (?, ?, ?, ?)")
        .setParameter(1, itemId)
        .setParameter(2, audience)
        .setParameter(3, departments)
        .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
        .executeUpdate();
    em.createNativeQuery("delete from share_suggestion where item_id = ?")
        .setParameter(1, itemId)
        .executeUpdate();
    for (Map.Entry<Network, List<String>> entry : suggestions.entrySet()) {
      int position = 0;
      for (String text : entry.getValue()) {
        em.createNativeQuery(
                "insert into share_suggestion (item_id, network, ordinal, content) values (?, ?, ?, ?)")
            .setParameter(1, itemId)
            .setParameter(2, entry.getKey().id())
            .setParameter(3, position++)
            .setParameter(4, text)
            .executeUpdate();
      }
    }
  }

  /** Audience and departments, if the item was ever prepared. */
  public Optional<String[]> settings(long itemId) {
    List<?> rows =
        em.createNativeQuery("select audience, departments from share_settings where item_id = ?")
            .setParameter(1, itemId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new String[] {(String) row[0], (String) row[1]});
  }

  public Map<String, List<String>> suggestions(long itemId) {
    List<?> rows =
        em.createNativeQuery(
                "select network, content from share_suggestion where item_id = ? order by network, ordinal")
            .setParameter(1, itemId)
            .getResultList();
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      result.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }
    return result;
  }

  // --- clicks

  /** The ids among these that still exist (a share goes when its item is deleted). */
  public Set<Long> existing(Collection<Long> shareIds) {
    if (shareIds.isEmpty()) {
      return Set.of();
    }
    Set<Long> found = new HashSet<>();
    for (Object id :
        em.createQuery("select s.id from Share s where s.id in :ids")
            .setParameter("ids", List.copyOf(shareIds))
            .getResultList()) {
      found.add(((Number) id).longValue());
    }
    return found;
  }

  /**
   * Records a visitor's click; true when it counts: first seen, or last counted more than the
   * repeat window ago. Atomic on both databases, whichever instance gets there first.
   */
  public boolean countVisitor(long shareId, String visitorHash, Instant at, Instant windowStart) {
    // A new visitor is the common case: one insert. Only a known one needs the second statement.
    int inserted =
        em.createNativeQuery(
                "insert into share_visitor (share_id, visitor_hash, seen_at) values (?, ?, ?) on conflict do nothing")
            .setParameter(1, shareId)
            .setParameter(2, visitorHash)
            .setParameter(3, at.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 1) {
      return true;
    }
    return em.createNativeQuery(
                "update share_visitor set seen_at = ? where share_id = ? and visitor_hash = ? and seen_at < ?")
            .setParameter(1, at.atOffset(ZoneOffset.UTC))
            .setParameter(2, shareId)
            .setParameter(3, visitorHash)
            .setParameter(4, windowStart.atOffset(ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  /** Adds clicks to the day's counter, creating it when it is the first. */
  public void addClicks(long shareId, LocalDate day, boolean bot, long clicks) {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (increment(shareId, day, bot, clicks) == 1) {
        return;
      }
      int inserted =
          em.createNativeQuery(
                  "insert into share_click (share_id, click_day, bot, clicks) values (?, ?, ?, ?) on conflict do nothing")
              .setParameter(1, shareId)
              .setParameter(2, day)
              .setParameter(3, bot)
              .setParameter(4, clicks)
              .executeUpdate();
      if (inserted == 1) {
        return;
      }
      // another instance created the row meanwhile: increment it
    }
    throw new IllegalStateException("Could not count clicks of share " + shareId);
  }

  private int increment(long shareId, LocalDate day, boolean bot, long clicks) {
    return em.createNativeQuery(
            "update share_click set clicks = clicks + ? where share_id = ? and click_day = ? and bot = ?")
        .setParameter(1, clicks)
        .setParameter(2, shareId)
        .setParameter(3, day)
        .setParameter(4, bot)
        .executeUpdate();
  }

  public int forgetVisitorsBefore(Instant cutoff) {
    return em.createNativeQuery("delete from share_visitor where seen_at < ?")
        .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** The salt of a day, made by whichever instance asks first. */
  public String saltOf(LocalDate day, String proposal) {
    em.createNativeQuery(
            "insert into share_salt (salt_day, salt) values (?, ?) on conflict do nothing")
        .setParameter(1, day)
        .setParameter(2, proposal)
        .executeUpdate();
    em.createNativeQuery("delete from share_salt where salt_day < ?")
        .setParameter(1, day.minusDays(1))
        .executeUpdate();
    return (String)
        em.createNativeQuery("select salt from share_salt where salt_day = ?")
            .setParameter(1, day)
            .getSingleResult();
  }

  /** Per network of the item: shares, human clicks, bot clicks. */
  public List<Object[]> statsOf(long itemId) {
    List<Object[]> result = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select s.network, count(distinct s.id),"
                    + " coalesce(sum(case when c.bot = false then c.clicks else 0 end), 0),"
                    + " coalesce(sum(case when c.bot = true then c.clicks else 0 end), 0)"
                    + " from share s left join share_click c on c.share_id = s.id"
                    + " where s.item_id = ? group by s.network order by s.network")
            .setParameter(1, itemId)
            .getResultList()) {
      result.add((Object[]) row);
    }
    return result;
  }
}
