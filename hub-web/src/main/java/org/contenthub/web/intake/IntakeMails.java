package org.contenthub.web.intake;

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

/** Confirms to the sender that their mail arrived, with a link, after the submission committed. */
@ApplicationScoped
public class IntakeMails {

  private static final Logger LOG = Logger.getLogger(IntakeMails.class.getName());

  @Inject Mailer mailer;

  void confirm(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntakeConfirmation confirmation) {
    Messages t = Messages.of(Locale.forLanguageTag(confirmation.language()));
    try {
      mailer.send(
          OutgoingMail.builder()
              .to(EmailAddress.of(confirmation.email(), confirmation.name()))
              .subject(t.t("intake.mail.subject", confirmation.title()))
              .text(
                  t.t("workflow.mail.greeting", confirmation.name())
                      + "\n\n"
                      + t.t("intake.mail.text", confirmation.title())
                      + "\n\n"
                      + confirmation.link()
                      + "\n\n"
                      + t.t("workflow.mail.footer"))
              .autoSubmitted(true)
              .build());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not confirm intake to " + confirmation.email(), e);
    }
  }
}
