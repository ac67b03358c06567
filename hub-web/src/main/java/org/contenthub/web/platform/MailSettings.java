package org.contenthub.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the hub sends mail: through the SMTP relay when {@code hub.smtp.host} is set, otherwise into
 * a file outbox of {@code .eml} files in the data directory that administrators can read.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "hub.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "hub.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "hub.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "hub.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "hub.smtp.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "hub.smtp.from", defaultValue = "hub@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "hub.smtp.rate-per-minute", defaultValue = "60")
  int ratePerMinute;

  @Inject
  @ConfigProperty(name = "hub.smtp.rate-per-day", defaultValue = "0")
  int ratePerDay;

  @Inject HubSettings hub;

  public boolean usesSmtp() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String host() {
    return host.orElse("");
  }

  public int port() {
    return port;
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  public Optional<String> password() {
    return password;
  }

  public String tls() {
    return tls;
  }

  public String from() {
    return from;
  }

  public int ratePerMinute() {
    return ratePerMinute;
  }

  /** The relay's limit per 24 hours (Exchange Online: 10,000 recipients), or 0 for none. */
  public int ratePerDay() {
    return Math.max(0, ratePerDay);
  }

  public Path outboxDirectory() {
    return hub.dataDirectory().resolve("mail-outbox");
  }
}
