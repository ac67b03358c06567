package org.contenthub.web.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the JDBC driver from the URL, so one {@code @DataSourceDefinition}
 * serves both the embedded H2 default and PostgreSQL in production. Payara pools it like any vendor
 * data source; this class only opens physical connections.
 *
 * <p>Why not the vendor classes: {@code @DataSourceDefinition} needs one class name fixed at
 * compile time, and PostgreSQL's {@code PGSimpleDataSource} has been seen to ignore the {@code url}
 * property under Payara.
 */
public class HubDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private int loginTimeout;
  private PrintWriter logWriter;

  public void setUrl(String url) {
    this.url = url;
  }

  /** Payara sets the {@code url} attribute under this spelling as well. */
  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("hub.db.url is not set");
    }
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (secret != null) {
      properties.setProperty("password", secret);
    }
    Connection connection = driverFor(url).connect(url, properties);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepted " + JdbcUrls.withoutSecrets(url));
    }
    return connection;
  }

  private static Driver driverFor(String url) throws SQLException {
    // The drivers live in the WAR, so look them up with the WAR's class loader rather than
    // DriverManager's caller-sensitive search.
    for (Driver driver : ServiceLoader.load(Driver.class, HubDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        return driver;
      }
    }
    throw new SQLException(
        "No JDBC driver for "
            + JdbcUrls.withoutSecrets(url)
            + "; supported are jdbc:h2: and jdbc:postgresql:");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
