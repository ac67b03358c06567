package org.contenthub.web.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the facts of measurement (shares, click counters, conversions) for a scope and a date
 * range, and writes conversions. The person and department of a fact are read only where the person
 * consents to measurement at this moment: a withdrawn consent hides them at once.
 */
@ApplicationScoped
public class AnalyticsRepository {

  /** Whose facts: everything, one item, one person, or one department. */
  public record Scope(String kind, long id, String name) {
    public static final Scope ALL = new Scope("all", 0, null);

    public static Scope item(long id) {
      return new Scope("item", id, null);
    }

    public static Scope person(long id) {
      return new Scope("person", id, null);
    }

    public static Scope department(String name) {
      return new Scope("department", 0, name);
    }
  }

  /** The consenting sharer, read beside each share. */
  private static final String PERSON =
      " case when a.measurement_consent = true then s.account_id end,"
          + " case when a.measurement_consent = true then a.display_name end,"
          + " case when a.measurement_consent = true then a.department end,";

  private static final String JOINS =
      " join item i on i.id = s.item_id left join account a on a.id = s.account_id";

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected AnalyticsRepository() {}

  /** For tests outside the container. */
  public AnalyticsRepository(EntityManager em) {
    this.em = em;
  }

  /** Shares made, clicks counted and conversions reported from {@code from} to {@code to}. */
  public List<Fact> facts(Scope scope, LocalDate from, LocalDate to) {
    List<Fact> facts = new ArrayList<>();
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    for (Object[] row :
        rows(
            "select s.item_id, i.title,"
                + PERSON
                + " s.network, s.created_at, s.reach from share s"
                + JOINS
                + " where s.created_at >= ? and s.created_at < ?"
                + condition(scope),
            scope,
            start.atOffset(ZoneOffset.UTC),
            end.atOffset(ZoneOffset.UTC))) {
      facts.add(
          Fact.share(
              id(row[0]),
              (String) row[1],
              person(row[2]),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              instant(row[6]).atOffset(ZoneOffset.UTC).toLocalDate(),
              ((Number) row[7]).longValue()));
    }
    for (Object[] row :
        rows(
            "select s.item_id, i.title,"
                + PERSON
                + " s.network, c.click_day, c.bot, c.clicks from share_click c"
                + " join share s on s.id = c.share_id"
                + JOINS
                + " where c.click_day >= ? and c.click_day <= ?"
                + condition(scope),
            scope,
            from,
            to)) {
      facts.add(
          Fact.clicks(
              id(row[0]),
              (String) row[1],
              person(row[2]),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              day(row[6]),
              Boolean.TRUE.equals(row[7]),
              ((Number) row[8]).longValue()));
    }
    for (Object[] row :
        rows(
            "select s.item_id, i.title,"
                + PERSON
                + " s.network, v.conversion_day, v.amount from conversion v"
                + " join share s on s.id = v.share_id"
                + JOINS
                + " where v.conversion_day >= ? and v.conversion_day <= ?"
                + condition(scope),
            scope,
            from,
            to)) {
      facts.add(
          Fact.conversion(
              id(row[0]),
              (String) row[1],
              person(row[2]),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              day(row[6]),
              row[7] == null ? null : new BigDecimal(row[7].toString())));
    }
    return facts;
  }

  private static String condition(Scope scope) {
    return switch (scope.kind()) {
      case "item" -> " and s.item_id = ?";
      case "person" -> " and s.account_id = ? and a.measurement_consent = true";
      case "department" -> " and a.department = ? and a.measurement_consent = true";
      default -> "";
    };
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Scope scope, Object from, Object to) {
    Query query = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
    switch (scope.kind()) {
      case "item", "person" -> query.setParameter(3, scope.id());
      case "department" -> query.setParameter(3, scope.name());
      default -> {}
    }
    return query.getResultList();
  }

  /** Per department, how many active people consent to measurement. */
  public Map<String, Long> consentingPeople() {
    Map<String, Long> result = new LinkedHashMap<>();
    for (Object o :
        em.createNativeQuery(
                "select department, count(*) from account where measurement_consent = true"
                    + " and active = true and department is not null group by department")
            .getResultList()) {
      Object[] row = (Object[]) o;
      result.put((String) row[0], ((Number) row[1]).longValue());
    }
    return result;
  }

  /** A consenting person's name and department, if the person exists and consents. */
  public Optional<Object[]> consentingPerson(long accountId) {
    List<?> rows =
        em.createNativeQuery(
                "select display_name, department from account where id = ? and measurement_consent = true")
            .setParameter(1, accountId)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
  }

  // --- conversions

  /**
   * Stores a conversion unless its reference was counted before; the id of the new row, or empty
   * for a repeat. Atomic on both databases (unique reference, {@code on conflict do nothing}).
   */
  public Optional<Long> addConversion(
      long shareId, String reference, BigDecimal amount, String source, Instant at) {
    long id =
        ((Number) em.createNativeQuery("select nextval('conversion_seq')").getSingleResult())
            .longValue();
    int inserted =
        em.createNativeQuery(
                "insert into conversion (id, share_id, reference, amount, source, converted_at, conversion_day)"
                    + " values (?, ?, ?, cast(? as numeric(14, 2)), ?, ?, ?) on conflict do nothing")
            .setParameter(1, id)
            .setParameter(2, shareId)
            .setParameter(3, reference)
            .setParameter(4, amount)
            .setParameter(5, source)
            .setParameter(6, at.atOffset(ZoneOffset.UTC))
            .setParameter(7, at.atOffset(ZoneOffset.UTC).toLocalDate())
            .executeUpdate();
    return inserted == 1 ? Optional.of(id) : Optional.empty();
  }

  /** The conversion counted for a reference: id, share id, amount, time. */
  public Optional<Object[]> conversionByReference(String reference) {
    List<?> rows =
        em.createNativeQuery(
                "select id, share_id, amount, converted_at from conversion where reference = ?")
            .setParameter(1, reference)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static Long person(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  static LocalDate day(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }

  /** H2 answers timestamps with time zone as OffsetDateTime, PostgreSQL's driver as Timestamp. */
  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    return (Instant) value;
  }
}
