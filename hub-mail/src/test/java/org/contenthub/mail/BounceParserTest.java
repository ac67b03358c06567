package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.contenthub.mail.Bounce.Type;
import org.junit.jupiter.api.Test;

class BounceParserTest {

  final BounceParser parser = new BounceParser();

  List<Bounce> parse(String sample) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/bounces/" + sample)) {
      assertThat(in).as(sample).isNotNull();
      return parser.parse(in);
    }
  }

  @Test
  void postfixUserUnknownIsHard() throws Exception {
    List<Bounce> bounces = parse("postfix-user-unknown.eml");
    assertThat(bounces).hasSize(1);
    Bounce b = bounces.get(0);
    assertThat(b.recipient()).isEqualTo("p.jansen@voorbeeld-zorg.nl");
    assertThat(b.action()).isEqualTo("failed");
    assertThat(b.status()).isEqualTo("5.1.1");
    assertThat(b.type()).isEqualTo(Type.HARD);
    assertThat(b.diagnostic())
        .isEqualTo(
            "550 5.1.1 <p.jansen@voorbeeld-zorg.nl>: Recipient address rejected: User unknown in"
                + " virtual mailbox table");
    assertThat(b.originalMessageId())
        .isEqualTo("<m88ku7k0.930826ff9eddaabca565aa4c@hub.example.nl>");
  }

  @Test
  void exchangeOnlineDutchNdrWithHeadersOnly() throws Exception {
    List<Bounce> bounces = parse("exchange-online-ndr-nl.eml");
    assertThat(bounces)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.recipient()).isEqualTo("jan.de.vries@contoso.nl");
              assertThat(b.status()).isEqualTo("5.1.10");
              assertThat(b.isHard()).isTrue();
              assertThat(b.diagnostic()).startsWith("550 5.1.10 RESOLVER.ADR.RecipientNotFound");
              assertThat(b.originalMessageId())
                  .isEqualTo("<m8cq0h2a.7d1e0a55b3f94e2a01c6aa10@hub.contoso.nl>");
            });
  }

  @Test
  void gmailFullInboxIsSoft() throws Exception {
    Bounce b = parse("gmail-over-quota.eml").get(0);
    assertThat(b.recipient()).isEqualTo("marieke.bakker@gmail.com");
    assertThat(b.status()).isEqualTo("5.2.2");
    assertThat(b.type()).isEqualTo(Type.SOFT);
    assertThat(b.diagnostic()).contains("out of storage space");
    assertThat(b.originalMessageId())
        .isEqualTo("<m8dx91qq.5b0e8c7a11d24f9f8e2b77c1@hub.example.nl>");
  }

  @Test
  void delayWarningIsSoft() throws Exception {
    Bounce b = parse("postfix-delayed.eml").get(0);
    assertThat(b.recipient()).isEqualTo("k.de.boer@traag-bedrijf.nl");
    assertThat(b.action()).isEqualTo("delayed");
    assertThat(b.status()).isEqualTo("4.4.1");
    assertThat(b.type()).isEqualTo(Type.SOFT);
    assertThat(b.diagnostic()).contains("Connection timed out");
    assertThat(b.originalMessageId())
        .isEqualTo("<m8fa2c11.0c77e2a1f6b94d5e8a3c1b20@hub.example.nl>");
  }

  @Test
  void qmailProseBounce() throws Exception {
    Bounce b = parse("qmail-prose.eml").get(0);
    assertThat(b.recipient()).isEqualTo("henk@oud-hosting.nl");
    assertThat(b.status()).isEqualTo("5.1.1");
    assertThat(b.type()).isEqualTo(Type.HARD);
    assertThat(b.diagnostic()).contains("550 5.1.1").contains("No such user");
    assertThat(b.originalMessageId())
        .isEqualTo("<m8gb7d2e.31f0aa9c5e2b4c7d9e1f0a22@hub.example.nl>");
  }

  @Test
  void eximWithFailedRecipientsHeader() throws Exception {
    List<Bounce> bounces = parse("exim-failed-recipients.eml");
    assertThat(bounces)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.recipient()).isEqualTo("sanne@klein-bureau.nl");
              assertThat(b.status()).isEqualTo("5.2.1");
              assertThat(b.type()).isEqualTo(Type.HARD);
              assertThat(b.diagnostic()).isEqualTo("550 5.2.1 Mailbox disabled for this recipient");
              assertThat(b.originalMessageId())
                  .isEqualTo("<m8hc0e9f.8a2b3c4d5e6f708192a3b4c5@hub.example.nl>");
            });
  }

  @Test
  void legacyExchangeDutchProseOnly() throws Exception {
    Bounce b = parse("exchange-legacy-prose-nl.eml").get(0);
    assertThat(b.recipient()).isEqualTo("a.visser@gemeente-voorbeeld.nl");
    assertThat(b.status()).isEqualTo("5.1.1");
    assertThat(b.isHard()).isTrue();
    assertThat(b.originalMessageId())
        .isEqualTo("<m8k1f0aa.44e1c2d3b4a5968778695a4b@hub.example.nl>");
  }

  @Test
  void dsnWithSeveralRecipientsReportsOnlyFailures() {
    String dsn =
        """
        From: MAILER-DAEMON@mx.example.nl
        To: bounces@hub.example.nl
        Subject: Delivery Status Notification
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b"

        --b
        Content-Type: text/plain

        Some recipients failed.
        --b
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.example.nl

        Final-Recipient: rfc822; ok@example.nl
        Action: delivered
        Status: 2.0.0

        Final-Recipient: rfc822; Weg@Example.NL
        Action: failed
        Status: 5.1.1 (user unknown)

        Final-Recipient: rfc822; vol@example.nl
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
        --b--
        """
            .replace("\n", "\r\n");
    List<Bounce> bounces = parser.parse(stream(dsn));
    assertThat(bounces)
        .extracting(Bounce::recipient)
        .containsExactly("weg@example.nl", "vol@example.nl");
    assertThat(bounces).extracting(Bounce::type).containsExactly(Type.HARD, Type.SOFT);
    assertThat(bounces.get(0).status()).isEqualTo("5.1.1");
    assertThat(bounces.get(0).originalMessageId()).isNull();
  }

  @Test
  void outOfOfficeIsNoBounce() throws Exception {
    assertThat(parse("out-of-office-nl.eml")).isEmpty();
  }

  @Test
  void junkNeverThrows() throws Exception {
    assertThat(parse("junk.eml")).isEmpty();
    assertThat(parse("broken-multipart.eml")).isEmpty();
    assertThat(parser.parse(stream(""))).isEmpty();
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      assertThat(parser.parse(new ByteArrayInputStream(bytes))).isNotNull();
    }
    // A mangled DSN: right structure, nonsense inside.
    String mangled =
        "Subject: Undeliverable\r\nContent-Type: multipart/report; boundary=x\r\n\r\n"
            + "--x\r\nContent-Type: message/delivery-status\r\n\r\n:::\r\nAction\r\n\r\n--x";
    assertThat(parser.parse(stream(mangled))).isEmpty();
  }

  static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
