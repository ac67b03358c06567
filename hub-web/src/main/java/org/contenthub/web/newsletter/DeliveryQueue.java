package org.contenthub.web.newsletter;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.contenthub.web.platform.HubDatabase;

/**
 * The delivery rows as a work queue, in plain JDBC outside any JTA transaction: each state change
 * commits on its own, at once. In particular a delivery is marked sent right after the relay's 250
 * (a row of {@code delivery_sent}, folded into the delivery per batch), so a crash can repeat at
 * most the messages in flight at that moment.
 *
 * <p>Claiming first locks the single {@code mail_throttle} row, which serialises claims across all
 * instances: no row is claimed twice, and the counts of claims in the last minute and the last 24
 * hours are exact budgets for the relay's limits.
 */
@ApplicationScoped
public class DeliveryQueue {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration DAY = Duration.ofDays(1);
  private static final String UNIQUE_VIOLATION = "23505";

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  protected DeliveryQueue() {}

  DeliveryQueue(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims up to {@code max} deliveries of newsletters that are sending: queued ones, retries that
   * are due, and ones whose worker's lease ran out.
   *
   * @param limits the relay's limits for all instances together
   */
  List<ClaimedDelivery> claim(int max, RelayLimits limits, Duration lease) {
    return withConnection(c -> claim(c, max, limits, lease));
  }

  private static List<ClaimedDelivery> claim(
      Connection c, int max, RelayLimits limits, Duration lease) throws SQLException {
    Instant now = Instant.now();
    String token = UUID.randomUUID().toString();
    c.setAutoCommit(false);
    try {
      update(c, "update mail_throttle set touched_at = ? where id = 1", at(now));
      long budget = max;
      if (limits.limitsMinute()) {
        budget = Math.min(budget, limits.perMinute() - claimsSince(c, now.minus(MINUTE)));
      }
      if (budget > 0 && limits.limitsDay()) {
        budget = Math.min(budget, limits.perDay() - claimsSince(c, now.minus(DAY)));
      }
      List<Long> ids = budget <= 0 ? List.of() : claimable(c, (int) budget, now);
      if (ids.isEmpty()) {
        c.commit();
        return List.of();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "update delivery set status = 'SENDING', claim_token = ?, claimed_at = ?,"
                  + " lease_until = ?, attempts = attempts + 1 where id = ?")) {
        for (long id : ids) {
          ps.setString(1, token);
          ps.setObject(2, at(now));
          ps.setObject(3, at(now.plus(lease)));
          ps.setLong(4, id);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      List<ClaimedDelivery> claimed = claimedBy(c, token);
      c.commit();
      return claimed;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private static long claimsSince(Connection c, Instant since) throws SQLException {
    return count(c, "select count(*) from delivery where claimed_at > ?", at(since));
  }

  /**
   * When the relay's daily limit, spent for now, lets the next message go: 24 hours after the
   * oldest claim still counted. Empty while there is budget left (or no daily limit).
   */
  Optional<Instant> dailyLimitReopensAt(RelayLimits limits) {
    if (!limits.limitsDay()) {
      return Optional.empty();
    }
    return withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select count(*), min(claimed_at) from delivery where claimed_at > ?")) {
            ps.setObject(1, at(Instant.now().minus(DAY)));
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
              return rs.getLong(1) < limits.perDay() || oldest == null
                  ? Optional.<Instant>empty()
                  : Optional.of(oldest.toInstant().plus(DAY));
            }
          }
        });
  }

  /**
   * Claimable deliveries in three small indexed reads, most urgent first: ones whose worker's lease
   * ran out, retries that are due, then queued ones. (One query with OR made the database walk past
   * every delivery already sent, on each claim.)
   */
  private static List<Long> claimable(Connection c, int limit, Instant now) throws SQLException {
    List<Long> ids = new ArrayList<>();
    String sending =
        " and d.newsletter_id in (select n.id from newsletter n where n.status = 'SENDING')";
    ids.addAll(
        ids(
            c,
            "d.status = 'SENDING' and d.lease_until < ?"
                + " and not exists (select 1 from delivery_sent s where s.delivery_id = d.id)"
                + sending,
            now,
            limit));
    if (ids.size() < limit) {
      ids.addAll(
          ids(
              c,
              "d.status = 'RETRY' and d.next_attempt_at <= ?" + sending,
              now,
              limit - ids.size()));
    }
    if (ids.size() < limit) {
      ids.addAll(ids(c, "d.status = 'QUEUED'" + sending, null, limit - ids.size()));
    }
    return ids;
  }

  private static List<Long> ids(Connection c, String condition, Instant now, int limit)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select d.id from delivery d where "
                + condition
                + " order by d.status, d.id fetch first "
                + limit
                + " rows only")) {
      if (now != null) {
        ps.setObject(1, at(now));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static List<ClaimedDelivery> claimedBy(Connection c, String token) throws SQLException {
    List<ClaimedDelivery> claimed = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id, newsletter_id, email, display_name, language, attempts, measured"
                + " from delivery where claim_token = ? order by id")) {
      ps.setString(1, token);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          claimed.add(
              new ClaimedDelivery(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getBoolean(7)));
        }
      }
    }
    return claimed;
  }

  /**
   * The relay accepted the message: recorded at once, whatever else happens, as a mark that {@link
   * #foldSent} later turns into the delivery's status. A mark that exists already means another
   * worker sent it too after this one's lease ran out; the first record stands.
   */
  void sent(long id, String messageId) {
    try {
      run(
          "insert into delivery_sent (delivery_id, sent_at, message_id) values (?, ?, ?)",
          id,
          at(Instant.now()),
          truncate(messageId, 300));
    } catch (IllegalStateException e) {
      if (!(e.getCause() instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
        throw e;
      }
    }
  }

  /**
   * Turns up to {@code max} sent marks into their deliveries' status {@code SENT}, in one
   * transaction, and returns how many. Any worker may fold any mark, also those of an instance that
   * died; folding the same mark twice writes the same values.
   */
  int foldSent(int max) {
    return withConnection(
        c -> {
          c.setAutoCommit(false);
          try {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement marks =
                    c.prepareStatement(
                        "select delivery_id, sent_at, message_id from delivery_sent"
                            + " order by delivery_id fetch first "
                            + max
                            + " rows only");
                PreparedStatement fold =
                    c.prepareStatement(
                        "update delivery set status = 'SENT', sent_at = ?, message_id = ?,"
                            + " claim_token = null, lease_until = null, last_error = null"
                            + " where id = ?");
                ResultSet rs = marks.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getLong(1));
                fold.setObject(1, rs.getObject(2, OffsetDateTime.class));
                fold.setString(2, rs.getString(3));
                fold.setLong(3, rs.getLong(1));
                fold.addBatch();
              }
              if (!ids.isEmpty()) {
                fold.executeBatch();
              }
            }
            if (!ids.isEmpty()) {
              try (PreparedStatement drop =
                  c.prepareStatement("delete from delivery_sent where delivery_id = ?")) {
                for (long id : ids) {
                  drop.setLong(1, id);
                  drop.addBatch();
                }
                drop.executeBatch();
              }
            }
            c.commit();
            return ids.size();
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          } finally {
            c.setAutoCommit(true);
          }
        });
  }

  /** A temporary failure: try again at {@code next}. */
  void retryAt(long id, Instant next, String error) {
    run(
        "update delivery set status = 'RETRY', next_attempt_at = ?, claim_token = null,"
            + " lease_until = null, last_error = ? where id = ? and status = 'SENDING'",
        at(next),
        truncate(error, 2000),
        id);
  }

  /** A final outcome other than sent: failed, invalid or skipped. */
  void finish(long id, DeliveryStatus status, String error) {
    run(
        "update delivery set status = ?, claim_token = null, lease_until = null, last_error = ?"
            + " where id = ? and status = 'SENDING'",
        status.name(),
        truncate(error, 2000),
        id);
  }

  /**
   * Gives a claimed delivery back untried (the relay is unreachable, or the newsletter was paused):
   * the attempt does not count.
   */
  void release(long id) {
    run(
        "update delivery set status = case when attempts > 1 then 'RETRY' else 'QUEUED' end,"
            + " next_attempt_at = ?, attempts = attempts - 1, claim_token = null,"
            + " lease_until = null, claimed_at = null where id = ? and status = 'SENDING'",
        at(Instant.now()),
        id);
  }

  /** Marks a sending newsletter sent when none of its deliveries is open any more. */
  boolean finishNewsletterIfDone(long newsletterId) {
    return run(
            "update newsletter set status = 'SENT', finished_at = ?, version = version + 1"
                + " where id = ? and status = 'SENDING' and not exists (select 1 from delivery d"
                + " where d.newsletter_id = ? and d.status in ('QUEUED', 'SENDING', 'RETRY'))",
            at(Instant.now()),
            newsletterId,
            newsletterId)
        == 1;
  }

  /** The newsletters being sent right now. */
  List<Long> sending() {
    return withConnection(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("select id from newsletter where status = 'SENDING'");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          return ids;
        });
  }

  /** The newsletter's status right now, read past any cache. */
  NewsletterStatus statusOf(long newsletterId) {
    return withConnection(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("select status from newsletter where id = ?")) {
            ps.setLong(1, newsletterId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? NewsletterStatus.valueOf(rs.getString(1))
                  : NewsletterStatus.CANCELLED;
            }
          }
        });
  }

  /**
   * Keeps one connection for this thread's queue work until closed, so that a worker's batch
   * (claim, then one update per message) checks a connection out of the pool once.
   */
  Session session() {
    try {
      Connection c = dataSource.getConnection();
      bound.set(c);
      return () -> {
        bound.remove();
        try {
          c.close();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** A connection bound to the worker's thread; closing gives it back. */
  interface Session extends AutoCloseable {
    @Override
    void close();
  }

  private interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T withConnection(SqlWork<T> work) {
    try {
      Connection c = bound.get();
      if (c != null) {
        return work.apply(c);
      }
      try (Connection fresh = dataSource.getConnection()) {
        return work.apply(fresh);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update deliveries: " + e.getMessage(), e);
    }
  }

  private int run(String sql, Object... params) {
    return withConnection(c -> update(c, sql, params));
  }

  private static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }

  private static long count(Connection c, String sql, Object param) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
