package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReceivedMailParserTest {

  final ReceivedMailParser parser = new ReceivedMailParser();

  static MimeMessage sample(String name) throws Exception {
    try (InputStream in = ReceivedMailParserTest.class.getResourceAsStream("/received/" + name)) {
      assertThat(in).as(name).isNotNull();
      MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
      return m;
    }
  }

  @Test
  void readsHtmlTextInlineImagesAndAttachmentsOfAComposedMail() throws Exception {
    MailComposer composer =
        new MailComposer(
            EmailAddress.of("jeroen@example.nl", "Jeroen van der Plaats"), "example.nl");
    MimeMessage sent = composer.compose(MailComposerTest.newsletter().build());
    ReceivedMail mail = parser.parse(MailComposerTest.roundTrip(sent));

    assertThat(mail.messageId()).isEqualTo(sent.getMessageID());
    assertThat(mail.fromAddress()).isEqualTo("jeroen@example.nl");
    assertThat(mail.fromName()).isEqualTo("Jeroen van der Plaats");
    assertThat(mail.to()).containsExactly("jeroen@example.nl");
    assertThat(mail.subject()).isEqualTo(MailComposerTest.SUBJECT);
    assertThat(mail.text()).startsWith("Beste Jeroen,").contains("€ 5");
    assertThat(mail.html()).contains("<img src=\"cid:logo\">");
    assertThat(mail.attachments()).hasSize(2);
    ReceivedAttachment logo = mail.attachments().get(0);
    assertThat(logo.contentId()).isEqualTo("logo");
    assertThat(logo.inline()).isTrue();
    assertThat(logo.contentType()).isEqualTo("image/png");
    assertThat(logo.data()).isEqualTo(MailComposerTest.PNG);
    ReceivedAttachment pdf = mail.attachments().get(1);
    assertThat(pdf.filename()).isEqualTo("Programma reünie.pdf");
    assertThat(pdf.inline()).isFalse();
    assertThat(new String(pdf.data())).isEqualTo("%PDF-1.4");
    assertThat(mail.images()).containsExactly(logo);
    assertThat(mail.forwarded()).isEmpty();
  }

  @Test
  void unpacksForwardedMessages() throws Exception {
    ReceivedMail mail = parser.parse(sample("forwarded-with-photo.eml"));
    assertThat(mail.subject()).isEqualTo("Fwd: Foto's van de open dag");
    assertThat(mail.text()).isEqualTo("Zie hieronder, mooi voor de hub!");
    assertThat(mail.html()).isNull();
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.forwarded()).hasSize(1);

    ReceivedMail original = mail.forwarded().get(0);
    assertThat(original.messageId()).isEqualTo("<orig-1234@mail.example.nl>");
    assertThat(original.fromName()).isEqualTo("Renée Hoekstra");
    assertThat(original.subject()).isEqualTo("Foto’s van de open dag €");
    assertThat(original.sentDate()).isEqualTo(Instant.parse("2025-03-24T16:40:00Z"));
    assertThat(original.text()).isEqualTo("Hoi Jeroen, hier de foto’s van zaterdag.");
    assertThat(original.html()).contains("<b>zaterdag</b>");
    assertThat(original.images())
        .singleElement()
        .satisfies(
            photo -> {
              assertThat(photo.filename()).isEqualTo("stand réception.jpg");
              assertThat(photo.contentType()).isEqualTo("image/jpeg");
              assertThat(photo.data()).startsWith((byte) 0xFF, (byte) 0xD8);
            });
  }

  @Test
  void survivesUnknownCharsetsEncodedFilenamesAndHostilePaths() throws Exception {
    ReceivedMail mail = parser.parse(sample("unknown-charset-outlook.eml"));
    assertThat(mail.subject()).isEqualTo("Idee: café-avond – € 5");
    assertThat(mail.fromName()).isEqualTo("Bakker, Sanne");
    assertThat(mail.text()).isEqualTo("Een café-avond voor iedereen.");
    assertThat(mail.attachments())
        .extracting(ReceivedAttachment::filename)
        .containsExactly("Begroting café.pdf", "evil.png");
    // No Message-ID: a stand-in made from the content, the same every time.
    assertThat(mail.messageId()).startsWith("<sha256-").endsWith("@content-hub.invalid>");
    assertThat(parser.parse(sample("unknown-charset-outlook.eml")).messageId())
        .isEqualTo(mail.messageId());
  }

  @Test
  void malformedStructureIsATypedException() {
    assertThatThrownBy(() -> parser.parse(sample("malformed-boundary.eml")))
        .isInstanceOf(MalformedMailException.class);
  }

  @Test
  void refusesMailsAboveTheSizeLimit() {
    ReceivedMailParser small = new ReceivedMailParser(10);
    assertThatThrownBy(() -> small.parse(sample("forwarded-with-photo.eml")))
        .isInstanceOf(MalformedMailException.class)
        .hasMessageContaining("larger than 10 bytes");
  }
}
