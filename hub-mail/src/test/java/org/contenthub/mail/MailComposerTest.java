package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailComposerTest {

  static final String SUBJECT = "Nieuwsbrief: café-reünie ’24 – kaartjes € 5";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

  final MailComposer composer =
      new MailComposer(
          EmailAddress.of("hub@example.nl", "Content Hub"),
          "hub.example.nl",
          Clock.fixed(Instant.parse("2025-03-14T09:30:00Z"), ZoneOffset.UTC));

  static OutgoingMail.Builder newsletter() {
    return OutgoingMail.builder()
        .to("jeroen@example.nl", "Jeroen van der Plaats")
        .subject(SUBJECT)
        .text("Beste Jeroen,\n\nDe reünie is op 3 mei. Kaartjes kosten € 5.\n")
        .html("<p>Beste Jeroen,</p><p>De reünie is op 3 mei. <img src=\"cid:logo\"></p>")
        .inlineImage(new InlineImage("logo", "logo.png", "image/png", PNG))
        .attachment(
            new Attachment("Programma reünie.pdf", "application/pdf", "%PDF-1.4".getBytes()))
        .listId(new ListId("nieuwsbrief.example.nl", "Nieuwsbrief Één"))
        .listUnsubscribe(
            ListUnsubscribe.oneClick(
                URI.create("https://hub.example.nl/uitschrijven/abc123"),
                URI.create("mailto:uitschrijven@example.nl?subject=abc123")))
        .header("X-Hub-Newsletter", "42");
  }

  static MimeMessage roundTrip(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return new MimeMessage(
        Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
  }

  static String raw(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void buildsMixedAlternativeRelatedStructure() throws Exception {
    MimeMessage m = roundTrip(composer.compose(newsletter().build()));

    assertThat(m.getContentType()).startsWith("multipart/mixed");
    MimeMultipart mixed = (MimeMultipart) m.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);

    BodyPart content = mixed.getBodyPart(0);
    assertThat(content.getContentType()).startsWith("multipart/alternative");
    MimeMultipart alternative = (MimeMultipart) content.getContent();
    assertThat(alternative.getCount()).isEqualTo(2);
    MimeBodyPart text = (MimeBodyPart) alternative.getBodyPart(0);
    assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(text.getEncoding()).isEqualTo("quoted-printable");
    assertThat((String) text.getContent()).contains("reünie", "€ 5");

    BodyPart relatedPart = alternative.getBodyPart(1);
    assertThat(relatedPart.getContentType()).startsWith("multipart/related");
    MimeMultipart related = (MimeMultipart) relatedPart.getContent();
    MimeBodyPart html = (MimeBodyPart) related.getBodyPart(0);
    assertThat(html.getContentType()).startsWith("text/html");
    assertThat(html.getEncoding()).isEqualTo("quoted-printable");
    assertThat((String) html.getContent()).contains("cid:logo", "reünie");
    MimeBodyPart logo = (MimeBodyPart) related.getBodyPart(1);
    assertThat(logo.getContentID()).isEqualTo("<logo>");
    assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
    assertThat(logo.getInputStream().readAllBytes()).isEqualTo(PNG);

    MimeBodyPart pdf = (MimeBodyPart) mixed.getBodyPart(1);
    assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(pdf.getFileName()).isEqualTo("Programma reünie.pdf");
    assertThat(pdf.getEncoding()).isEqualTo("base64");
  }

  @Test
  void writesHeadersEncodedAndDecodable() throws Exception {
    MimeMessage composed = composer.compose(newsletter().build());
    String raw = raw(composed);
    String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
    // Only ASCII in the headers: non-ASCII text travels as RFC 2047 encoded-words.
    assertThat(headers.chars().allMatch(c -> c < 128)).isTrue();
    assertThat(headers).contains("Subject: =?UTF-8?");
    assertThat(headers).contains("To: Jeroen van der Plaats <jeroen@example.nl>");
    assertThat(headers).contains("From: Content Hub <hub@example.nl>");

    MimeMessage m = roundTrip(composed);
    assertThat(m.getSubject()).isEqualTo(SUBJECT);
    assertThat(m.getMessageID()).matches("<[0-9a-z]+\\.[0-9a-f]{24}@hub\\.example\\.nl>");
    assertThat(m.getSentDate().toInstant()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
    assertThat(m.getHeader("List-Unsubscribe", null))
        .isEqualTo(
            "<https://hub.example.nl/uitschrijven/abc123>,"
                + " <mailto:uitschrijven@example.nl?subject=abc123>");
    assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    assertThat(m.getHeader("List-Id", null)).endsWith(" <nieuwsbrief.example.nl>");
    assertThat(jakarta.mail.internet.MimeUtility.decodeText(m.getHeader("List-Id", null)))
        .isEqualTo("Nieuwsbrief Één <nieuwsbrief.example.nl>");
    assertThat(m.getHeader("X-Hub-Newsletter", null)).isEqualTo("42");
    assertThat(m.getHeader("Auto-Submitted")).isNull();
  }

  @Test
  void messageIdSurvivesSaveChanges() throws Exception {
    MimeMessage m = composer.compose(newsletter().build());
    String id = m.getMessageID();
    m.saveChanges();
    assertThat(m.getMessageID()).isEqualTo(id);
    assertThat(composer.compose(newsletter().build()).getMessageID()).isNotEqualTo(id);
  }

  @Test
  void automaticMailIsMarkedAutoSubmittedAndPlainTextStaysSinglePart() throws Exception {
    MimeMessage m =
        roundTrip(
            composer.compose(
                OutgoingMail.builder()
                    .to(EmailAddress.of("a@example.nl"))
                    .subject("Deelverzoek: nieuw bericht")
                    .text("Wil je dit delen?")
                    .autoSubmitted(true)
                    .build()));
    assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(m.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("OOF, AutoReply");
    assertThat(m.getContentType()).startsWith("text/plain");
    assertThat(m.getEncoding()).isEqualTo("quoted-printable");
    assertThat(m.getContent()).isEqualTo("Wil je dit delen?");
  }

  @Test
  void refusesHeaderInjection() {
    assertThatThrownBy(() -> newsletter().subject("Hoi\r\nBcc: victim@example.com").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> newsletter().subject("Hoi\nBcc: victim@example.com").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> newsletter().header("X-Tag", "a\r\nBcc: victim@example.com").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> newsletter().header("Bcc", "victim@example.com").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> newsletter().header("X-A: b\r\nX-C", "d").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attachment("a\r\n.pdf", "application/pdf", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attachment("a.pdf", "application/pdf\r\nBcc: x", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InlineImage("lo>go", "l.png", "image/png", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListId("nieuws\r\n.example.nl", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListId("nieuws.example.nl", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ListUnsubscribe.oneClick(URI.create("https://hub.example.nl/u/a%0D%0A>,<x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesIncompleteMails() {
    assertThatThrownBy(() -> OutgoingMail.builder().subject("x").text("y").build())
        .hasMessageContaining("recipient");
    assertThatThrownBy(
            () -> OutgoingMail.builder().to(EmailAddress.of("a@example.nl")).subject("x").build())
        .hasMessageContaining("body");
    assertThatThrownBy(() -> ListUnsubscribe.oneClick(URI.create("http://insecure.example.nl/u")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListUnsubscribe(URI.create("mailto:u@example.nl"), null, true))
        .hasMessageContaining("https");
  }
}
