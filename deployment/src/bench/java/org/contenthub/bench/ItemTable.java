package org.contenthub.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes the benchmark's items straight into the hub's H2 file while the hub is stopped: the schema
 * is the hub's own (Flyway created it at the first start), ids are taken above the hub's item
 * sequence, and the sequence is moved past them afterwards, so the hub could go on creating items.
 * Much faster than 100,000 API calls, and the index is built by the hub itself afterwards.
 */
final class ItemTable implements AutoCloseable {

  private static final int BATCH = 1_000;

  private final Connection db;

  ItemTable(Path dataDir) throws SQLException {
    String url =
        "jdbc:h2:file:"
            + dataDir.resolve("db").resolve("hub").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    this.db = DriverManager.getConnection(url, "hub", "hub");
  }

  /** The administrator's account id (created by the hub at its first start). */
  long adminId() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select id from account where username = 'admin'")) {
      if (!rs.next()) {
        throw new IllegalStateException("the hub created no admin account");
      }
      return rs.getLong(1);
    }
  }

  long count() throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from item")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Inserts items 0..n-1 of the corpus with their tags; returns the number written. */
  long insert(Corpus corpus, int n) throws SQLException {
    db.setAutoCommit(false);
    long firstId;
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select nextval('item_seq')")) {
      rs.next();
      firstId = rs.getLong(1) + 1; // past the block of 50 that value stands for
    }
    Instant now = Instant.now();
    OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
    try (PreparedStatement item =
            db.prepareStatement(
                "insert into item (id, item_type, title, summary, body, commentary, source_url,"
                    + " channel, language, department, author_id, published_at, visibility,"
                    + " shareable, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement tag =
            db.prepareStatement("insert into item_tag (item_id, tag) values (?, ?)")) {
      for (int i = 0; i < n; i++) {
        Corpus.Item it = corpus.item(i, now);
        long id = firstId + i;
        item.setLong(1, id);
        item.setString(2, it.type());
        item.setString(3, it.title());
        item.setString(4, it.summary());
        item.setString(5, it.body());
        item.setString(6, it.commentary());
        item.setString(7, it.sourceUrl());
        item.setString(8, it.channel());
        item.setString(9, it.language());
        item.setString(10, it.department());
        item.setNull(11, Types.BIGINT);
        item.setObject(12, it.publishedAt().atOffset(ZoneOffset.UTC));
        item.setString(13, it.visibility());
        item.setBoolean(14, it.shareable());
        item.setObject(15, stamp);
        item.setObject(16, stamp);
        item.addBatch();
        for (String t : it.tags()) {
          tag.setLong(1, id);
          tag.setString(2, t);
          tag.addBatch();
        }
        if ((i + 1) % BATCH == 0 || i == n - 1) {
          item.executeBatch();
          tag.executeBatch();
          db.commit();
        }
      }
    }
    long next = ((firstId + n) / 50 + 2) * 50;
    try (Statement s = db.createStatement()) {
      s.execute("alter sequence item_seq restart with " + next);
    }
    db.commit();
    db.setAutoCommit(true);
    return n;
  }

  @Override
  public void close() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("checkpoint");
    }
    db.close();
  }
}
