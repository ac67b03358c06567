package org.contenthub.web.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.mail.ImapSettings;
import org.contenthub.mail.IncomingMail;
import org.contenthub.mail.MailHandler;
import org.contenthub.mail.MailboxReader;
import org.contenthub.mail.ProcessedMessageIds;

/**
 * Reads the hub's intake mailbox (IMAP) continuously when {@code hub.intake.imap.host} is set: IDLE
 * where the server supports it, polling otherwise (hub-mail's {@link MailboxReader}, on a managed
 * thread of its own). Each mail goes to {@link IntakeService#receiveMail} in a transaction of its
 * own; the reader then moves it to the processed folder, or to the quarantine folder when it could
 * not be read (recorded for editors by {@link QuarantineService}), and goes on. Each instance of a
 * cluster may read: the database keeps each Message-ID once.
 */
@ApplicationScoped
public class MailIntake {

  private static final Logger LOG = Logger.getLogger(MailIntake.class.getName());

  @Inject IntakeSettings settings;
  @Inject IntakeService intake;
  @Inject QuarantineService quarantine;
  @Resource ManagedThreadFactory threads;

  private MailboxReader reader;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    start();
  }

  public synchronized void start() {
    Optional<ImapSettings> imap = settings.imap();
    if (reader != null || imap.isEmpty()) {
      return;
    }
    reader = new MailboxReader(imap.get(), processedIds());
    MailHandler handler =
        new MailHandler() {
          @Override
          public void handle(IncomingMail mail) throws Exception {
            if (mail.duplicate()) {
              return; // handled before (a re-delivery, or a stop before the move): file it again
            }
            // the raw message too: a held mail keeps it for the editor who assigns it
            intake.receiveMail(
                mail.parse(), RawMail.of(mail.message(), settings.maxRawBytes()).bytes());
          }

          @Override
          public void quarantined(
              String messageId, jakarta.mail.internet.MimeMessage message, Exception cause) {
            LOG.log(
                Level.WARNING,
                "Intake mail "
                    + messageId
                    + " was quarantined for an editor: "
                    + cause.getMessage());
            try {
              quarantine.record(messageId, message, cause);
            } catch (RuntimeException e) {
              // the IMAP quarantine folder still has it; the reader goes on either way
              LOG.log(Level.WARNING, "Could not record quarantined mail " + messageId, e);
            }
          }
        };
    MailboxReader running = reader;
    Thread thread = threads.newThread(() -> running.run(handler));
    thread.setName("hub-intake-mail");
    thread.start();
    LOG.info(() -> "Reading the intake mailbox " + imap.get());
  }

  @PreDestroy
  synchronized void stop() {
    if (reader != null) {
      reader.stop();
      reader.close();
    }
  }

  /** Message-IDs already turned into submissions or held, from the database. */
  private ProcessedMessageIds processedIds() {
    return new ProcessedMessageIds() {
      @Override
      public boolean contains(String messageId) {
        return intake.mailSeen(messageId);
      }

      @Override
      public void add(String messageId) {
        // recorded by receiveMail in the same transaction as the submission
      }
    };
  }
}
