package org.contenthub.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach the SMTP relay (the {@code hub.smtp.*} configuration).
 *
 * @param host the relay's host name
 * @param port 25, 465 (TLS) or 587 (STARTTLS)
 * @param user the login, or {@code null} for a relay that needs none
 * @param password the password; never printed by {@link #toString()}
 * @param tls how the connection is protected
 * @param envelopeFrom the SMTP {@code MAIL FROM}, where bounces go; {@code null} uses each
 *     message's From (a message's own envelope sender always wins)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a server reply (also used for writes)
 * @param poolSize how many connections may be open at once, one per concurrent worker
 * @param maxMessagesPerConnection after this many messages a connection is closed and reopened;
 *     many relays limit messages per connection (Exchange Online and Postfix's defaults lie around
 *     100)
 * @param properties extra Angus Mail session properties, e.g. {@code mail.smtp.ssl.trust} for an
 *     internal relay with a company certificate; they override the ones derived here
 */
public record SmtpSettings(
    String host,
    int port,
    String user,
    String password,
    TlsMode tls,
    EmailAddress envelopeFrom,
    Duration connectTimeout,
    Duration readTimeout,
    int poolSize,
    int maxMessagesPerConnection,
    Map<String, String> properties) {

  public SmtpSettings {
    HeaderText.requireSafe("host", host);
    if (host.isBlank()) {
      throw new IllegalArgumentException("SMTP host is empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("SMTP port out of range: " + port);
    }
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1");
    }
    if (maxMessagesPerConnection < 1) {
      throw new IllegalArgumentException("maxMessagesPerConnection must be at least 1");
    }
    properties = Map.copyOf(properties);
  }

  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  public boolean authenticates() {
    return user != null && !user.isEmpty();
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=%s, port=%d, user=%s, password=%s, tls=%s, envelopeFrom=%s, poolSize=%d]"
        .formatted(
            host, port, user, password == null ? null : "******", tls, envelopeFrom, poolSize);
  }

  /** Sensible defaults: STARTTLS, 10 s connect, 30 s read, 2 connections, 100 per connection. */
  public static final class Builder {
    private final String host;
    private final int port;
    private String user;
    private String password;
    private TlsMode tls = TlsMode.STARTTLS;
    private EmailAddress envelopeFrom;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private int poolSize = 2;
    private int maxMessagesPerConnection = 100;
    private Map<String, String> properties = Map.of();

    private Builder(String host, int port) {
      this.host = host;
      this.port = port;
    }

    public Builder auth(String user, String password) {
      this.user = user;
      this.password = password;
      return this;
    }

    public Builder tls(TlsMode tls) {
      this.tls = tls;
      return this;
    }

    public Builder envelopeFrom(EmailAddress envelopeFrom) {
      this.envelopeFrom = envelopeFrom;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    public Builder poolSize(int poolSize) {
      this.poolSize = poolSize;
      return this;
    }

    public Builder maxMessagesPerConnection(int maxMessagesPerConnection) {
      this.maxMessagesPerConnection = maxMessagesPerConnection;
      return this;
    }

    public Builder properties(Map<String, String> properties) {
      this.properties = properties;
      return this;
    }

    public SmtpSettings build() {
      return new SmtpSettings(
          host,
          port,
          user,
          password,
          tls,
          envelopeFrom,
          connectTimeout,
          readTimeout,
          poolSize,
          maxMessagesPerConnection,
          properties);
    }
  }
}
