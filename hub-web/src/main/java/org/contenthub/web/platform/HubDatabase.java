package org.contenthub.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The hub's one database. The URL comes from configuration ({@code hub.db.url}); the default is an
 * H2 file database in the data directory, opened in PostgreSQL mode so the same Flyway migrations
 * and queries serve both.
 */
@DataSourceDefinition(
    name = HubDatabase.JNDI_NAME,
    className = "org.contenthub.web.platform.HubDataSource",
    url = "${MPCONFIG=hub.db.url}",
    user = "${MPCONFIG=hub.db.user}",
    password = "${MPCONFIG=hub.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
public final class HubDatabase {
  public static final String JNDI_NAME = "java:app/jdbc/hub";

  private HubDatabase() {}
}
