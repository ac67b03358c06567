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
    send(
        mail.email(),
        mail.name(),
        t,
        t.t("assignment.mail.subject", mail.topic()),
        t.t("assignment.mail.text", mail.editor(), mail.topic()) + "\n\n" + mail.frame(),
        mail.link());
  }

  void remind(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentReminderMail mail) {
    Messages t = Messages.of(Locale.forLanguageTag(mail.language()));
    send(mail.email(), mail.name(), t, mail.subject(), mail.text(), mail.link());
  }

  /**
   * An automatic mail: greeting, text, the link, footer; a failing relay is logged, never thrown.
   */
  private void send(
      String email, String name, Messages t, String subject, String text, String link) {
    try {
      mailer.send(
          OutgoingMail.builder()
              .to(EmailAddress.of(email, name))
              .subject(subject)
              .text(
                  t.t("workflow.mail.greeting", name)
                      + "\n\n"
                      + text
                      + "\n\n"
                      + link
                      + "\n\n"
                      + t.t("workflow.mail.footer"))
              .autoSubmitted(true)
              .build());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mail " + email + " about " + link, e);
    }
  }
}
