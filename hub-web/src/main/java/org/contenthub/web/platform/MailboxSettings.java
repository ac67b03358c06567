package org.contenthub.web.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.contenthub.mail.ImapSettings;
import org.contenthub.mail.TlsMode;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A mailbox the hub reads, configured like the SMTP relay under one prefix ({@code hub.bounce.imap}
 * for bounces, {@code hub.intake.imap} for the editorial mailbox): {@code .host} (unset: not read),
 * {@code .port} (993), {@code .user}, {@code .password}, {@code .tls} ({@code tls}, {@code
 * starttls} or {@code none}), {@code .folder} ({@code INBOX}), {@code .processed-folder}, {@code
 * .quarantine-folder}, {@code .poll-seconds} (60; IDLE wakes the reader sooner where the server
 * supports it) and {@code .idle-refresh-seconds} (540: how long one IDLE lasts before it is renewed
 * with a fresh look, the bound on a notification the server failed to send).
 */
public final class MailboxSettings {

  private MailboxSettings() {}

  public static Optional<ImapSettings> of(String prefix) {
    return of(prefix, "Processed", "Quarantine");
  }

  /** As {@link #of(String)}, with the folders' default names (an editorial mailbox is Dutch). */
  public static Optional<ImapSettings> of(
      String prefix, String processedFolder, String quarantineFolder) {
    Config config = ConfigProvider.getConfig();
    Optional<String> host =
        config.getOptionalValue(prefix + ".host", String.class).filter(h -> !h.isBlank());
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ImapSettings.builder(
                host.get().strip(),
                config.getOptionalValue(prefix + ".port", Integer.class).orElse(993),
                config.getOptionalValue(prefix + ".user", String.class).orElse(""),
                config.getOptionalValue(prefix + ".password", String.class).orElse(""))
            .tls(tls(config.getOptionalValue(prefix + ".tls", String.class).orElse("tls")))
            .folder(config.getOptionalValue(prefix + ".folder", String.class).orElse("INBOX"))
            .processedFolder(
                config
                    .getOptionalValue(prefix + ".processed-folder", String.class)
                    .orElse(processedFolder))
            .quarantineFolder(
                config
                    .getOptionalValue(prefix + ".quarantine-folder", String.class)
                    .orElse(quarantineFolder))
            .idle(config.getOptionalValue(prefix + ".idle", Boolean.class).orElse(true))
            .pollInterval(
                Duration.ofSeconds(
                    Math.max(
                        1,
                        config
                            .getOptionalValue(prefix + ".poll-seconds", Integer.class)
                            .orElse(60))))
            .idleRefresh(
                Duration.ofSeconds(
                    Math.max(
                        5,
                        config
                            .getOptionalValue(prefix + ".idle-refresh-seconds", Integer.class)
                            .orElse(540))))
            .build());
  }

  /** The TLS setting as people write it, shared by SMTP and IMAP. */
  public static TlsMode tls(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "none", "off", "false" -> TlsMode.NONE;
      case "tls", "ssl", "smtps", "imaps" -> TlsMode.TLS;
      default -> TlsMode.STARTTLS;
    };
  }
}
