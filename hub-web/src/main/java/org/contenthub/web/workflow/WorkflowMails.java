package org.contenthub.web.workflow;

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
 * Mails the people concerned by a step of the workflow, after the step committed (a rolled-back
 * step mails nobody), each in their own language. A failing relay never undoes the step: the notice
 * in the hub is there anyway.
 */
@ApplicationScoped
public class WorkflowMails {

  private static final Logger LOG = Logger.getLogger(WorkflowMails.class.getName());

  @Inject Mailer mailer;

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkflowMail mail) {
    for (WorkflowMail.Recipient recipient : mail.recipients()) {
      try {
        mailer.send(compose(mail, recipient));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not mail " + recipient.email() + " about " + mail.link(), e);
      }
    }
  }

  static OutgoingMail compose(WorkflowMail mail, WorkflowMail.Recipient recipient) {
    Messages t = Messages.of(Locale.forLanguageTag(recipient.language()));
    String key = "workflow.mail." + mail.action().id();
    StringBuilder text = new StringBuilder();
    text.append(t.t("workflow.mail.greeting", recipient.name())).append("\n\n");
    text.append(t.t(key + ".text", mail.title(), mail.actorName())).append("\n");
    if (mail.comment() != null) {
      text.append("\n").append(t.t("workflow.mail.comment")).append("\n").append(mail.comment());
      text.append("\n");
    }
    text.append("\n").append(mail.link()).append("\n\n").append(t.t("workflow.mail.footer"));
    return OutgoingMail.builder()
        .to(EmailAddress.of(recipient.email(), recipient.name()))
        .subject(t.t(key + ".subject", mail.title()))
        .text(text.toString())
        .autoSubmitted(true)
        .build();
  }
}
