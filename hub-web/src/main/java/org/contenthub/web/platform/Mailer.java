package org.contenthub.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.contenthub.mail.DeliveryResult;
import org.contenthub.mail.EmailAddress;
import org.contenthub.mail.FileOutboxTransport;
import org.contenthub.mail.MailComposer;
import org.contenthub.mail.MailTransport;
import org.contenthub.mail.OutboxFolder;
import org.contenthub.mail.OutgoingMail;
import org.contenthub.mail.RateLimiter;
import org.contenthub.mail.SmtpSettings;
import org.contenthub.mail.SmtpTransport;
import org.contenthub.mail.ThrottledTransport;

/**
 * The hub's way out for mail: the configured SMTP relay (pooled and throttled to its rate), or
 * without one the file outbox in the data directory. Features compose an {@link OutgoingMail} and
 * hand it here.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject MailSettings settings;
  @Inject HubSettings hub;

  private MailTransport transport;
  private MailComposer composer;

  /**
   * Jakarta Mail looks up its stream provider with a ServiceLoader for every body part it makes and
   * writes; inside Payara that scans the resources of every module's jar, which cost a newsletter
   * worker 14 % of its time (JFR, docs/BENCHMARKS.md). Naming the provider (the lookup's documented
   * system property) makes it a class lookup the class loader caches.
   */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static void nameStreamProvider() {
    String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
    if (System.getProperty(STREAM_PROVIDER) != null) {
      return;
    }
    try {
      Class.forName(angus, false, Thread.currentThread().getContextClassLoader());
      System.setProperty(STREAM_PROVIDER, angus);
    } catch (ClassNotFoundException e) {
      LOG.fine(() -> "Angus Mail's stream provider is not on the class path: " + e);
    }
  }

  @PostConstruct
  void open() {
    nameStreamProvider();
    EmailAddress from = EmailAddress.of(settings.from(), hub.branding().name());
    composer = new MailComposer(from, messageIdDomain());
    if (settings.usesSmtp()) {
      SmtpSettings.Builder smtp =
          SmtpSettings.builder(settings.host(), settings.port())
              .tls(MailboxSettings.tls(settings.tls()));
      settings.user().ifPresent(user -> smtp.auth(user, settings.password().orElse("")));
      transport =
          new ThrottledTransport(
              new SmtpTransport(smtp.build()), RateLimiter.perMinute(settings.ratePerMinute()));
      LOG.info(() -> "Mail goes through " + settings.host() + ":" + settings.port());
    } else {
      transport = new FileOutboxTransport(settings.outboxDirectory());
      LOG.info(
          () -> "No SMTP relay configured: mail goes to the outbox " + settings.outboxDirectory());
    }
  }

  @PreDestroy
  void close() {
    transport.close();
  }

  public DeliveryResult send(OutgoingMail mail) {
    return transport.send(composer.compose(mail));
  }

  /** The file outbox, when the hub writes mail there instead of sending it. */
  public Optional<OutboxFolder> outbox() {
    return settings.usesSmtp()
        ? Optional.empty()
        : Optional.of(new OutboxFolder(settings.outboxDirectory()));
  }

  public boolean usesSmtp() {
    return settings.usesSmtp();
  }

  private String messageIdDomain() {
    String host = URI.create(hub.baseUrl()).getHost();
    return host == null || host.isBlank() ? "contenthub.local" : host;
  }
}
