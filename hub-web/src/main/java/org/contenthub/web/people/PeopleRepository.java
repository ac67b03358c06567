package org.contenthub.web.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network sizes people give, and the read-only queries of the personal data export (the one
 * place that reads what other features store about a person, so the export is complete).
 */
@ApplicationScoped
public class PeopleRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected PeopleRepository() {}

  /** For tests outside the container. */
  public PeopleRepository(EntityManager em) {
    this.em = em;
  }

  public Map<String, Integer> networkSizes(long accountId) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select network, contacts from network_size where account_id = ? order by network")
            .setParameter(1, accountId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      sizes.put((String) row[0], ((Number) row[1]).intValue());
    }
    return sizes;
  }

  /** The accounts that gave at least one network size (kept only while they consent). */
  public java.util.Set<Long> withNetworkSizes() {
    java.util.Set<Long> ids = new java.util.HashSet<>();
    for (Object id :
        em.createNativeQuery("select distinct account_id from network_size").getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  public void replaceNetworkSizes(long accountId, Map<String, Integer> sizes) {
    deleteNetworkSizes(accountId);
    for (Map.Entry<String, Integer> size : sizes.entrySet()) {
      em.createNativeQuery(
              "insert into network_size (account_id, network, contacts, updated_at) values (?, ?, ?, ?)")
          .setParameter(1, accountId)
          .setParameter(2, size.getKey())
          .setParameter(3, size.getValue())
          .setParameter(4, Instant.now().atOffset(ZoneOffset.UTC))
          .executeUpdate();
    }
  }

  public int deleteNetworkSizes(long accountId) {
    return em.createNativeQuery("delete from network_size where account_id = ?")
        .setParameter(1, accountId)
        .executeUpdate();
  }

  // --- the personal data export

  public Map<String, Object> account(long accountId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select username, display_name, email, department, language, active, created_at,"
                        + " measurement_consent, consent_changed_at from account where id = ?")
                .setParameter(1, accountId)
                .getSingleResult();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("username", row[0]);
    account.put("displayName", row[1]);
    account.put("email", row[2]);
    account.put("department", row[3]);
    account.put("language", row[4]);
    account.put("active", row[5]);
    account.put("createdAt", time(row[6]));
    account.put("measurementConsent", row[7]);
    account.put("consentChangedAt", time(row[8]));
    account.put(
        "roles",
        strings("select role from account_role where account_id = ? order by role", accountId));
    return account;
  }

  public List<Map<String, Object>> favourites(long accountId) {
    return rows(
        "select f.item_id, i.title, f.created_at from favourite f join item i on i.id = f.item_id"
            + " where f.account_id = ? order by f.created_at",
        accountId,
        "itemId",
        "itemTitle",
        "createdAt");
  }

  public List<Map<String, Object>> authoredItems(long accountId) {
    return rows(
        "select id, title, created_at from item where author_id = ? order by created_at",
        accountId,
        "itemId",
        "title",
        "createdAt");
  }

  public List<Map<String, Object>> commentaries(long accountId) {
    return rows(
        "select item_id, commentary, created_at from item_commentary where author_id = ?"
            + " order by created_at",
        accountId,
        "itemId",
        "commentary",
        "createdAt");
  }

  /** The social media challenges the person takes part in, and when they enrolled. */
  public List<Map<String, Object>> challenges(long accountId) {
    return rows(
        "select c.id, c.title, p.joined_at from challenge_participant p"
            + " join challenge c on c.id = p.challenge_id where p.account_id = ?"
            + " order by p.joined_at",
        accountId,
        "challengeId",
        "title",
        "joinedAt");
  }

  /** The contacts the person reported in challenges, per challenge, week and network. */
  public List<Map<String, Object>> challengeReports(long accountId) {
    return rows(
        "select challenge_id, week, network, contacts, reported_at from challenge_report"
            + " where account_id = ? order by challenge_id, week, network",
        accountId,
        "challengeId",
        "week",
        "network",
        "contacts",
        "reportedAt");
  }

  private List<String> strings(String sql, long accountId) {
    List<String> result = new ArrayList<>();
    for (Object o : em.createNativeQuery(sql).setParameter(1, accountId).getResultList()) {
      result.add((String) o);
    }
    return result;
  }

  private List<Map<String, Object>> rows(String sql, long accountId, String... names) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Object o : em.createNativeQuery(sql).setParameter(1, accountId).getResultList()) {
      Object[] row = (Object[]) o;
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        Object value = row[i];
        map.put(
            names[i],
            value instanceof Number n
                ? (Object) n.longValue()
                : value instanceof OffsetDateTime || value instanceof Timestamp
                    ? time(value)
                    : value);
      }
      result.add(map);
    }
    return result;
  }

  private static String time(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant().toString();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant().toString();
    }
    return value.toString();
  }
}
