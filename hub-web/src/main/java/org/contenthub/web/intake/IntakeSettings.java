package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake's settings: the WhatsApp webhook's verify token (for the subscription handshake) and
 * the app secret its calls are signed with. Without them the webhook refuses every call.
 */
@ApplicationScoped
public class IntakeSettings {

  @Inject
  @ConfigProperty(name = "hub.intake.whatsapp.verify-token")
  Optional<String> verifyToken;

  @Inject
  @ConfigProperty(name = "hub.intake.whatsapp.app-secret")
  Optional<String> appSecret;

  /**
   * The intake mailbox from {@code hub.intake.imap.*}, or empty when {@code host} is unset (intake
   * by mail off).
   */
  public Optional<org.contenthub.mail.ImapSettings> imap() {
    org.eclipse.microprofile.config.Config config =
        org.eclipse.microprofile.config.ConfigProvider.getConfig();
    Optional<String> host =
        config.getOptionalValue("hub.intake.imap.host", String.class).filter(h -> !h.isBlank());
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String tls = config.getOptionalValue("hub.intake.imap.tls", String.class).orElse("tls");
    org.contenthub.mail.TlsMode mode =
        switch (tls.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "none", "off", "false" -> org.contenthub.mail.TlsMode.NONE;
          case "starttls" -> org.contenthub.mail.TlsMode.STARTTLS;
          default -> org.contenthub.mail.TlsMode.TLS;
        };
    return Optional.of(
        org.contenthub.mail.ImapSettings.builder(
                host.get(),
                config.getOptionalValue("hub.intake.imap.port", Integer.class).orElse(993),
                config.getOptionalValue("hub.intake.imap.user", String.class).orElse(""),
                config.getOptionalValue("hub.intake.imap.password", String.class).orElse(""))
            .tls(mode)
            .folder(config.getOptionalValue("hub.intake.imap.folder", String.class).orElse("INBOX"))
            .processedFolder(
                config
                    .getOptionalValue("hub.intake.imap.processed-folder", String.class)
                    .orElse("Verwerkt"))
            .quarantineFolder(
                config
                    .getOptionalValue("hub.intake.imap.quarantine-folder", String.class)
                    .orElse("Quarantaine"))
            .idle(config.getOptionalValue("hub.intake.imap.idle", Boolean.class).orElse(true))
            .pollInterval(
                java.time.Duration.ofSeconds(
                    config
                        .getOptionalValue("hub.intake.imap.poll-seconds", Integer.class)
                        .orElse(60)))
            .build());
  }

  public Optional<String> whatsAppVerifyToken() {
    return verifyToken.filter(t -> !t.isBlank());
  }

  public Optional<String> whatsAppAppSecret() {
    return appSecret.filter(s -> !s.isBlank());
  }
}
