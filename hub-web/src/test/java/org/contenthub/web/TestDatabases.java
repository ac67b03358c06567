package org.contenthub.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.contenthub.web.platform.DatabaseMigrations;
import org.contenthub.web.platform.HubDataSource;

/**
 * The two databases the hub supports, each fresh and migrated by the hub's own Flyway migrations:
 * H2 in PostgreSQL mode (the embedded default, through the hub's own data source) and a real
 * PostgreSQL from embedded binaries (no install, no Docker).
 */
public enum TestDatabases {
  H2 {
    @Override
    DataSource create() {
      HubDataSource dataSource = new HubDataSource();
      dataSource.setUrl(
          "jdbc:h2:mem:"
              + UUID.randomUUID()
              + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      dataSource.setUser("hub");
      dataSource.setPassword("hub");
      return dataSource;
    }
  },
  POSTGRESQL {
    @Override
    DataSource create() {
      String name = "hub_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection connection = postgres().getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create database " + name);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return postgres().getDatabase("postgres", name);
    }
  };

  private static EmbeddedPostgres postgres;

  abstract DataSource create();

  /** A migrated database and an entity manager factory on it. */
  public EntityManagerFactory migratedFactory() {
    return factoryOn(migratedDataSource());
  }

  /** A fresh, migrated database for tests that use JDBC as well. */
  public DataSource migratedDataSource() {
    DataSource dataSource = create();
    DatabaseMigrations.migrate(dataSource);
    return dataSource;
  }

  /** An entity manager factory on a data source from {@link #migratedDataSource()}. */
  public static EntityManagerFactory factoryOn(DataSource dataSource) {
    return Persistence.createEntityManagerFactory(
        "hub-test", Map.of("jakarta.persistence.nonJtaDataSource", dataSource));
  }

  /** Runs {@code work} in a transaction of its own, committed when it returns. */
  public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** One PostgreSQL server for the whole test run, a new database in it for every use. */
  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is going away anyway
                    }
                  }));
    }
    return postgres;
  }
}
