package org.contenthub.web.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.mail.EmailAddress;
import org.contenthub.mail.OutgoingMail;
import org.contenthub.web.platform.Mailer;
import org.contenthub.web.platform.Messages;

/**
 * Mails the writer of an assignment, in their language, once the assignment committed; and the
 * reminders of assignments ({@link AssignmentReminders}) once they were taken.
 */
@ApplicationScoped
public class AssignmentMails {

  private static final Logger LOG = Logger.getLogger(AssignmentMails.class.getName());

  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentMail mail) {
    Messages t = Messages.of(Locale.forLanguageTag(mail.language()));
    try {
      mailer.send(
          OutgoingMail.builder()
              .to(EmailAddress.of(mail.email(), mail.name()))
              .subject(t.t("assignment.mail.subject", mail.topic()))
              .text(
                  t.t("workflow.mail.greeting", mail.name())
                      + "\n\n"
                      + t.t("assignment.mail.text", mail.editor(), mail.topic())
                      + "\n\n"
                      + mail.frame()
                      + "\n\n"
                      + mail.link()
                      + "\n\n"
                      + t.t("workflow.mail.footer"))
              .autoSubmitted(true)
              .build());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mail the assignment to " + mail.email(), e);
    }
  }

  void remind(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentReminderMail mail) {
    Messages t = Messages.of(Locale.forLanguageTag(mail.language()));
    try {
      mailer.send(
          OutgoingMail.builder()
              .to(EmailAddress.of(mail.email(), mail.name()))
              .subject(mail.subject())
              .text(
                  t.t("workflow.mail.greeting", mail.name())
                      + "\n\n"
                      + mail.text()
                      + "\n\n"
                      + mail.link()
                      + "\n\n"
                      + t.t("workflow.mail.footer"))
              .autoSubmitted(true)
              .build());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mail an assignment reminder to " + mail.email(), e);
    }
  }
}
