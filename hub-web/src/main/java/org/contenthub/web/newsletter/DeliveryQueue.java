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
import java.util.UUID;
import javax.sql.DataSource;
import org.contenthub.web.platform.HubDatabase;

/**
 * The delivery rows as a work queue, in plain JDBC outside any JTA transaction: each state change
 * commits on its own, at once. In particular a delivery is marked sent right after the relay's 250,
 * so a crash can repeat at most the messages in flight at that moment.
 *
 * <p>Claiming first locks the single {@code mail_throttle} row, which serialises claims across all
 * instances: no row is claimed twice, and the count of claims in the last minute is an exact budget
 * for the relay's rate limit.
 */
@ApplicationScoped
public class DeliveryQueue {

  @Resource(lookup = HubDatabase.JNDI_NAME)
  DataSource dataSource;

  protected DeliveryQueue() {}

  DeliveryQueue(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims up to {@code max} deliveries of newsletters that are sending: queued ones, retries that
   * are due, and ones whose worker's lease ran out.
   *
   * @param perMinute the relay's limit for all instances together, or 0 for none
   */
  List<ClaimedDelivery> claim(int max, int perMinute, Duration lease) {
    Instant now = Instant.now();
    String token = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        update(c, "update mail_throttle set touched_at = ? where id = 1", at(now));
        int budget = max;
        if (perMinute > 0) {
          long recent =
              count(
                  c,
                  "select count(*) from delivery where claimed_at > ?",
                  at(now.minus(Duration.ofMinutes(1))));
          budget = (int) Math.min(max, Math.max(0, perMinute - recent));
        }
        List<Long> ids = budget == 0 ? List.of() : claimable(c, budget, now);
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
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot claim deliveries: " + e.getMessage(), e);
    }
  }

  private static List<Long> claimable(Connection c, int limit, Instant now) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select d.id from delivery d join newsletter n on n.id = d.newsletter_id"
                + " where n.status = 'SENDING' and (d.status = 'QUEUED'"
                + " or (d.status = 'RETRY' and d.next_attempt_at <= ?)"
                + " or (d.status = 'SENDING' and d.lease_until < ?))"
                + " order by d.id fetch first "
                + limit
                + " rows only")) {
      ps.setObject(1, at(now));
      ps.setObject(2, at(now));
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
            "select id, newsletter_id, email, display_name, language, attempts from delivery"
                + " where claim_token = ? order by id")) {
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
                  rs.getInt(6)));
        }
      }
    }
    return claimed;
  }

  /** The relay accepted the message: recorded at once, whatever else happens. */
  void sent(long id, String messageId) {
    run(
        "update delivery set status = 'SENT', sent_at = ?, message_id = ?, claim_token = null,"
            + " lease_until = null, last_error = null where id = ?",
        at(Instant.now()),
        truncate(messageId, 300),
        id);
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
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select id from newsletter where status = 'SENDING'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The newsletter's status right now, read past any cache. */
  NewsletterStatus statusOf(long newsletterId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select status from newsletter where id = ?")) {
      ps.setLong(1, newsletterId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? NewsletterStatus.valueOf(rs.getString(1)) : NewsletterStatus.CANCELLED;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String sql, Object... params) {
    try (Connection c = dataSource.getConnection()) {
      return update(c, sql, params);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update deliveries: " + e.getMessage(), e);
    }
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
