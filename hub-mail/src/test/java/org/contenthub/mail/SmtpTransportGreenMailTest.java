package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real messages through a real (local) SMTP server, read back as the recipient gets them. */
class SmtpTransportGreenMailTest {

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(
          ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS}));

  final MailComposer composer =
      new MailComposer(EmailAddress.of("hub@example.nl", "Content Hub"), "hub.example.nl");

  SmtpSettings plain() {
    return SmtpSettings.builder("127.0.0.1", greenMail.getSmtp().getPort())
        .tls(TlsMode.NONE)
        .envelopeFrom(EmailAddress.of("bounces@example.nl"))
        .readTimeout(Duration.ofSeconds(5))
        .build();
  }

  @Test
  void deliversNewsletterWithStructureAndHeadersIntact() throws Exception {
    MimeMessage composed =
        composer.compose(
            MailComposerTest.newsletter()
                .bcc(EmailAddress.of("archief@example.nl", "Archief Één"))
                .build());
    String messageId = composed.getMessageID();

    try (SmtpTransport smtp = new SmtpTransport(plain())) {
      DeliveryResult r = smtp.send(composed);
      assertThat(r.isSent()).as(r.toString()).isTrue();
      assertThat(r.messageId()).isEqualTo(messageId);
    }

    assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.nl");
    assertThat(received).hasSize(2); // Jeroen and the Bcc archive
    MimeMessage m = received[0];
    String headers = GreenMailUtil.getHeaders(m);

    assertThat(m.getMessageID()).isEqualTo(messageId);
    assertThat(m.getSubject()).isEqualTo(MailComposerTest.SUBJECT);
    assertThat(headers).contains("Subject: =?UTF-8?");
    assertThat(headers).contains("Jeroen van der Plaats <jeroen@example.nl>");
    assertThat(headers).doesNotContain("archief@example.nl").doesNotContainIgnoringCase("Bcc:");
    assertThat(m.getHeader("List-Unsubscribe", null))
        .contains("<https://hub.example.nl/uitschrijven/abc123>")
        .contains("<mailto:uitschrijven@example.nl?subject=abc123>");
    assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(m.getHeader("Return-Path", null)).contains("bounces@example.nl");

    MimeMultipart mixed = (MimeMultipart) m.getContent();
    MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
    MimeBodyPart text = (MimeBodyPart) alternative.getBodyPart(0);
    assertThat(text.getEncoding()).isEqualTo("quoted-printable");
    assertThat((String) text.getContent()).contains("De reünie is op 3 mei. Kaartjes kosten € 5.");
    MimeMultipart related = (MimeMultipart) alternative.getBodyPart(1).getContent();
    assertThat(related.getBodyPart(1).getHeader("Content-ID")[0]).isEqualTo("<logo>");
    assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("Programma reünie.pdf");

    assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("Jeroen van der Plaats <jeroen@example.nl>");
  }

  @Test
  void deliversSeveralMessagesThroughOneTransport() throws Exception {
    try (SmtpTransport smtp = new SmtpTransport(plain())) {
      for (int i = 0; i < 10; i++) {
        MimeMessage m =
            composer.compose(
                OutgoingMail.builder()
                    .to(EmailAddress.of("lezer" + i + "@example.nl"))
                    .subject("Deelverzoek " + i)
                    .text("Wil je dit delen?")
                    .autoSubmitted(true)
                    .build());
        assertThat(smtp.send(m).isSent()).isTrue();
      }
      assertThat(smtp.idleConnections()).isEqualTo(1);
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(10);
    assertThat(greenMail.getReceivedMessages()[3].getHeader("Auto-Submitted", null))
        .isEqualTo("auto-generated");
  }

  @Test
  void sendsOverImplicitTlsWithLogin() throws Exception {
    greenMail.setUser("hub@example.nl", "hub", "geheim");
    SmtpSettings tls =
        SmtpSettings.builder("127.0.0.1", greenMail.getSmtps().getPort())
            .tls(TlsMode.TLS)
            .auth("hub", "geheim")
            // GreenMail's certificate is self-signed and not for 127.0.0.1.
            .properties(
                Map.of("mail.smtp.ssl.trust", "*", "mail.smtp.ssl.checkserveridentity", "false"))
            .build();
    try (SmtpTransport smtp = new SmtpTransport(tls)) {
      MimeMessage m =
          composer.compose(
              OutgoingMail.builder()
                  .to(EmailAddress.of("jeroen@example.nl"))
                  .subject("Via TLS")
                  .text("Versleuteld")
                  .build());
      DeliveryResult r = smtp.send(m);
      assertThat(r.isSent()).as(r.toString()).isTrue();
    }
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }
}
