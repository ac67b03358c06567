package org.contenthub.web.newsletter;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.contenthub.mail.Bounce;
import org.contenthub.mail.BounceParser;
import org.contenthub.mail.ImapSettings;
import org.contenthub.mail.MailboxReader;
import org.contenthub.web.platform.MailboxSettings;

/**
 * Reads the bounce mailbox ({@code hub.bounce.imap.*}) when one is configured: every delivery
 * status notification marks the delivery it quotes as bounced, and hard bounces count against the
 * address until it gets no more newsletters. Mail that is no bounce is filed and ignored.
 *
 * <p>Each instance reads the mailbox; the reader moves what it handled out of the folder, so a
 * bounce is handled by one of them (and handling one twice only repeats an idempotent mark).
 */
@ApplicationScoped
public class BounceMonitor {

  private static final Logger LOG = Logger.getLogger(BounceMonitor.class.getName());

  @Inject NewsletterService newsletters;
  @Resource ManagedThreadFactory threads;

  private final BounceParser parser = new BounceParser();
  private MailboxReader reader;

  public synchronized void start() {
    Optional<ImapSettings> settings = MailboxSettings.of("hub.bounce.imap");
    if (reader != null || settings.isEmpty()) {
      return;
    }
    reader = new MailboxReader(settings.get());
    MailboxReader started = reader;
    Thread thread =
        threads.newThread(
            () ->
                started.run(
                    mail -> {
                      for (Bounce bounce : parser.parse(mail.message())) {
                        newsletters.recordBounce(bounce);
                      }
                    }));
    thread.setName("hub-bounce-reader");
    thread.start();
    LOG.info(() -> "Reading bounces from " + settings.get());
  }

  @PreDestroy
  synchronized void stop() {
    if (reader != null) {
      reader.stop();
      reader.close();
      reader = null;
    }
  }
}
