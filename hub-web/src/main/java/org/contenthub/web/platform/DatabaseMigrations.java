package org.contenthub.web.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything else touches the database. */
public final class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  private DatabaseMigrations() {}

  public static MigrateResult migrate(DataSource dataSource) {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            // Several instances starting together: Flyway's own lock lets one migrate at a time.
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "Database schema migrated to version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations)");
    }
    return result;
  }
}
