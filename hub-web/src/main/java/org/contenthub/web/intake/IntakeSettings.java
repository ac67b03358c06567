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

  @Inject
  @ConfigProperty(name = "hub.intake.zip.max-entries", defaultValue = "500")
  int zipMaxEntries;

  @Inject
  @ConfigProperty(name = "hub.intake.zip.max-bytes", defaultValue = "104857600")
  long zipMaxBytes;

  @Inject
  @ConfigProperty(name = "hub.intake.zip.max-ratio", defaultValue = "100")
  int zipMaxRatio;

  @Inject
  @ConfigProperty(name = "hub.intake.mail.max-raw-bytes", defaultValue = "41943040")
  long maxRawBytes;

  /** How far a zipped chat export is unpacked (in memory): files, bytes, and inflation ratio. */
  public SafeZip zip() {
    return new SafeZip(zipMaxEntries, zipMaxBytes, zipMaxRatio);
  }

  /**
   * The largest raw message kept in the database for a held or quarantined mail (40 MB by default,
   * above the 25 MB the reader accepts, base64 included); a larger one stays only in the IMAP
   * folders.
   */
  public long maxRawBytes() {
    return maxRawBytes;
  }

  public Optional<String> whatsAppVerifyToken() {
    return verifyToken.filter(t -> !t.isBlank());
  }

  public Optional<String> whatsAppAppSecret() {
    return appSecret.filter(s -> !s.isBlank());
  }
}
