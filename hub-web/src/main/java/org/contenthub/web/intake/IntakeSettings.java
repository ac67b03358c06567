package org.contenthub.web.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.contenthub.web.platform.MailboxSettings;
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
    return MailboxSettings.of("hub.intake.imap", "Verwerkt", "Quarantaine");
  }

  public Optional<String> whatsAppVerifyToken() {
    return verifyToken.filter(t -> !t.isBlank());
  }

  public Optional<String> whatsAppAppSecret() {
    return appSecret.filter(s -> !s.isBlank());
  }
}
