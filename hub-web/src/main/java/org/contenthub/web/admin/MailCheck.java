package org.contenthub.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.mail.EmailAddress;
import org.contenthub.mail.MalformedMailException;
import org.contenthub.mail.OutboxEntry;
import org.contenthub.mail.OutgoingMail;
import org.contenthub.mail.ReceivedMail;
import org.contenthub.mail.ReceivedMailParser;
import org.contenthub.web.platform.HtmlSanitizer;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Mailer;
import org.contenthub.web.security.AccountService;
import org.contenthub.web.security.CurrentViewer;

/** The rules behind the mail page: reading the outbox and sending a test mail. */
@ApplicationScoped
public class MailCheck {

  private static final Logger LOG = Logger.getLogger(MailCheck.class.getName());
  private static final int LISTED = 200;

  @Inject Mailer mailer;
  @Inject HubSettings settings;
  @Inject AccountService accounts;
  @Inject CurrentViewer viewer;

  public boolean usesSmtp() {
    return mailer.usesSmtp();
  }

  public List<OutboxEntry> outboxEntries() {
    return mailer.outbox().map(outbox -> outbox.list(LISTED)).orElse(List.of());
  }

  public Optional<ReceivedMail> read(String name) {
    Optional<MimeMessage> message;
    try {
      message = mailer.outbox().flatMap(outbox -> outbox.read(name));
    } catch (IllegalArgumentException notAName) {
      return Optional.empty(); // e.g. ../ in the name: nothing to show, nothing revealed
    }
    return message.map(this::parse);
  }

  /** The HTML part as it may be shown inside the hub: sanitised, never as it came. */
  public String safeHtml(ReceivedMail mail) {
    return mail.html() == null ? null : HtmlSanitizer.sanitize(mail.html());
  }

  public String ownAddress() {
    String username = viewer.get().username();
    return username == null ? "" : accounts.findActive(username).map(a -> a.getEmail()).orElse("");
  }

  public Outcome sendTest(String to) {
    EmailAddress recipient;
    try {
      recipient = EmailAddress.of(to == null ? "" : to.strip());
    } catch (IllegalArgumentException e) {
      return new Outcome(false, "admin.mail.invalid-address", e.getMessage());
    }
    OutgoingMail mail =
        OutgoingMail.builder()
            .to(recipient)
            .subject("Testbericht van " + settings.branding().name() + " / Test message")
            .text(
                "Dit is een testbericht: de e-mailinstellingen van de hub werken.\n\n"
                    + "This is a test message: the hub's mail settings work.\n\n"
                    + settings.baseUrl()
                    + "/")
            .autoSubmitted(true)
            .build();
    DeliveryResult result = mailer.send(mail);
    return result.isSent()
        ? new Outcome(true, "admin.mail.sent", recipient.address())
        : new Outcome(false, "admin.mail.failed", result.detail());
  }

  private ReceivedMail parse(MimeMessage message) {
    try {
      return new ReceivedMailParser().parse(message);
    } catch (MalformedMailException e) {
      LOG.log(Level.WARNING, "Unreadable message in the outbox", e);
      return null;
    }
  }

  /** What happened to a test mail, as a message key and its argument. */
  public record Outcome(boolean ok, String messageKey, String detail) {}
}
