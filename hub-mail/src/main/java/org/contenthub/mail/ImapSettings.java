package org.contenthub.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a mailbox the hub reads (the {@code hub.intake.imap.*} and {@code hub.bounce.imap.*}
 * configuration).
 *
 * @param host the IMAP server
 * @param port 993 (TLS) or 143 (STARTTLS)
 * @param user the login
 * @param password the password; never printed by {@link #toString()}
 * @param tls how the connection is protected
 * @param folder the folder to read, usually {@code INBOX}
 * @param processedFolder where handled messages are moved (created if missing); {@code null} leaves
 *     them in place and marks them read instead, for mailboxes the hub may not reorganise
 * @param quarantineFolder where messages go whose handling failed (created if missing)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for a server reply (IDLE is exempt)
 * @param idle use IMAP IDLE when the server offers it; else poll
 * @param pollInterval how long to wait between polls without IDLE, or after an error
 * @param idleRefresh how long one IDLE may last before it is renewed; servers drop IDLE after 30
 *     minutes (RFC 2177), and renewing also catches mail whose notification was missed
 * @param maxPerBatch how many messages one round handles at most, so a flood cannot starve the rest
 *     of the loop
 * @param properties extra Angus Mail session properties, overriding the ones derived here
 */
public record ImapSettings(
    String host,
    int port,
    String user,
    String password,
    TlsMode tls,
    String folder,
    String processedFolder,
    String quarantineFolder,
    Duration connectTimeout,
    Duration readTimeout,
    boolean idle,
    Duration pollInterval,
    Duration idleRefresh,
    int maxPerBatch,
    Map<String, String> properties) {

  public ImapSettings {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("IMAP port out of range: " + port);
    }
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(quarantineFolder, "quarantineFolder");
    if (quarantineFolder.equals(folder) || quarantineFolder.equals(processedFolder)) {
      throw new IllegalArgumentException("the quarantine folder must be a folder of its own");
    }
    if (folder.equals(processedFolder)) {
      throw new IllegalArgumentException("the processed folder must differ from the folder read");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(idleRefresh, "idleRefresh");
    if (maxPerBatch < 1) {
      throw new IllegalArgumentException("maxPerBatch must be at least 1");
    }
    properties = Map.copyOf(properties);
  }

  public static Builder builder(String host, int port, String user, String password) {
    return new Builder(host, port, user, password);
  }

  @Override
  public String toString() {
    return "ImapSettings[host=%s, port=%d, user=%s, password=%s, tls=%s, folder=%s, processed=%s, quarantine=%s]"
        .formatted(
            host,
            port,
            user,
            password == null ? null : "******",
            tls,
            folder,
            processedFolder,
            quarantineFolder);
  }

  /**
   * Defaults: TLS, {@code INBOX}, processed to {@code Processed}, quarantine {@code Quarantine},
   * IDLE on, poll every minute, IDLE renewed every 9 minutes, 100 messages a round.
   */
  public static final class Builder {
    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private TlsMode tls = TlsMode.TLS;
    private String folder = "INBOX";
    private String processedFolder = "Processed";
    private String quarantineFolder = "Quarantine";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private boolean idle = true;
    private Duration pollInterval = Duration.ofMinutes(1);
    private Duration idleRefresh = Duration.ofMinutes(9);
    private int maxPerBatch = 100;
    private Map<String, String> properties = Map.of();

    private Builder(String host, int port, String user, String password) {
      this.host = host;
      this.port = port;
      this.user = user;
      this.password = password;
    }

    public Builder tls(TlsMode tls) {
      this.tls = tls;
      return this;
    }

    public Builder folder(String folder) {
      this.folder = folder;
      return this;
    }

    /** {@code null}: mark handled messages read instead of moving them. */
    public Builder processedFolder(String processedFolder) {
      this.processedFolder = processedFolder;
      return this;
    }

    public Builder quarantineFolder(String quarantineFolder) {
      this.quarantineFolder = quarantineFolder;
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

    public Builder idle(boolean idle) {
      this.idle = idle;
      return this;
    }

    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
      return this;
    }

    public Builder idleRefresh(Duration idleRefresh) {
      this.idleRefresh = idleRefresh;
      return this;
    }

    public Builder maxPerBatch(int maxPerBatch) {
      this.maxPerBatch = maxPerBatch;
      return this;
    }

    public Builder properties(Map<String, String> properties) {
      this.properties = properties;
      return this;
    }

    public ImapSettings build() {
      return new ImapSettings(
          host,
          port,
          user,
          password,
          tls,
          folder,
          processedFolder,
          quarantineFolder,
          connectTimeout,
          readTimeout,
          idle,
          pollInterval,
          idleRefresh,
          maxPerBatch,
          properties);
    }
  }
}
