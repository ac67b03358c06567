package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contenthub.mail.DeliveryResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classification and connection reuse against a server that answers what the test wants. */
class SmtpTransportFailureTest {

  ScriptedSmtpServer server;
  final MailComposer composer =
      new MailComposer(EmailAddress.of("hub@example.nl", "Content Hub"), "hub.example.nl");

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedSmtpServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  MimeMessage mail(String to) {
    return composer.compose(
        OutgoingMail.builder()
            .to(EmailAddress.of(to, "Jeroen van der Plaats"))
            .subject("Nieuwsbrief")
            .text("Hallo")
            .build());
  }

  @Test
  void sentCarriesTheServerReplyAndTheMessageId() throws Exception {
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      MimeMessage m = mail("jeroen@example.nl");
      DeliveryResult r = smtp.send(m);
      assertThat(r.outcome()).isEqualTo(Outcome.SENT);
      assertThat(r.replyCode()).isEqualTo(250);
      assertThat(r.detail()).isEqualTo("250 2.0.0 Ok: queued as Q1");
      assertThat(r.enhancedStatus()).isEqualTo("2.0.0");
      assertThat(r.messageId()).isEqualTo(m.getMessageID()).endsWith("@hub.example.nl>");
      assertThat(server.messages.get(0)).contains("Message-ID: " + r.messageId());
    }
  }

  @Test
  void sendsManyMessagesOverOneConnection() {
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      for (int i = 0; i < 5; i++) {
        assertThat(smtp.send(mail("lezer" + i + "@example.nl")).isSent()).isTrue();
      }
      assertThat(server.messages).hasSize(5);
      assertThat(server.connections.get()).isEqualTo(1);
      assertThat(smtp.idleConnections()).isEqualTo(1);
    }
  }

  @Test
  void opensANewConnectionAfterTheConfiguredNumberOfMessages() {
    try (SmtpTransport smtp =
        new SmtpTransport(server.settings().maxMessagesPerConnection(2).build())) {
      for (int i = 0; i < 5; i++) {
        assertThat(smtp.send(mail("lezer" + i + "@example.nl")).isSent()).isTrue();
      }
      assertThat(server.connections.get()).isEqualTo(3);
    }
  }

  @Test
  void reconnectsWhenTheRelayHungUpBetweenMessages() {
    server.hangUpAfterMessages = 1;
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      for (int i = 0; i < 3; i++) {
        DeliveryResult r = smtp.send(mail("lezer" + i + "@example.nl"));
        assertThat(r.outcome()).as(r.toString()).isEqualTo(Outcome.SENT);
      }
      assertThat(server.messages).hasSize(3);
      assertThat(server.connections.get()).isEqualTo(3);
    }
  }

  @Test
  void poolBoundsConcurrentConnections() throws Exception {
    server.dataDelayMillis = 100;
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try (SmtpTransport smtp = new SmtpTransport(server.settings().poolSize(2).build())) {
      List<Future<DeliveryResult>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int n = i;
        results.add(workers.submit(() -> smtp.send(mail("lezer" + n + "@example.nl"))));
      }
      for (Future<DeliveryResult> f : results) {
        assertThat(f.get().isSent()).isTrue();
      }
      assertThat(server.messages).hasSize(8);
      assertThat(server.maxOpen.get()).isLessThanOrEqualTo(2);
      assertThat(server.connections.get()).isEqualTo(2);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void unknownRecipientIsAnInvalidAddressAndTheConnectionStaysUsable() {
    server.onRcpt =
        rcpt ->
            rcpt.contains("weg@")
                ? "550 5.1.1 <weg@example.nl>: Recipient address rejected: User unknown"
                : "250 2.1.5 Ok";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("weg@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.INVALID_ADDRESS);
      assertThat(r.replyCode()).isEqualTo(550);
      assertThat(r.enhancedStatus()).isEqualTo("5.1.1");
      assertThat(r.failedRecipients()).containsExactly("weg@example.nl");
      assertThat(r.isRetryable()).isFalse();

      assertThat(smtp.send(mail("er@example.nl")).isSent()).isTrue();
      assertThat(server.connections.get()).isEqualTo(1);
    }
  }

  @Test
  void greylistingAtRcptIsTemporary() {
    server.onRcpt = rcpt -> "451 4.7.1 Greylisted, please try again later";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.TEMPORARY_FAILURE);
      assertThat(r.replyCode()).isEqualTo(451);
      assertThat(r.isRetryable()).isTrue();
    }
  }

  @Test
  void policyRejectionAtRcptIsPermanentNotInvalid() {
    server.onRcpt = rcpt -> "550 5.7.1 Relaying denied";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      assertThat(smtp.send(mail("jeroen@example.nl")).outcome())
          .isEqualTo(Outcome.PERMANENT_FAILURE);
    }
  }

  @Test
  void contentRejectedAfterDataIsPermanent() {
    server.onData = n -> "554 5.7.1 Message rejected as spam";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
      assertThat(r.replyCode()).isEqualTo(554);
      assertThat(r.detail()).contains("spam");
    }
  }

  @Test
  void temporaryFailureAfterDataIsTemporary() {
    server.onData = n -> "451 4.3.0 Local error in processing";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.TEMPORARY_FAILURE);
      assertThat(r.replyCode()).isEqualTo(451);
    }
  }

  @Test
  void rejectedSenderIsPermanent() {
    server.onMail = from -> "553 5.7.1 Sender address rejected: not owned by user";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
      assertThat(r.replyCode()).isEqualTo(553);
    }
  }

  @Test
  void busyGreetingIsTemporary() {
    server.greeting = "421 4.3.2 Service not available, too many connections";
    try (SmtpTransport smtp = new SmtpTransport(server.settings().build())) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.TEMPORARY_FAILURE);
      assertThat(r.replyCode()).isEqualTo(421);
    }
  }

  @Test
  void refusedConnectionIsTemporary() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    SmtpSettings settings =
        SmtpSettings.builder("127.0.0.1", port)
            .tls(TlsMode.NONE)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    try (SmtpTransport smtp = new SmtpTransport(settings)) {
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.TEMPORARY_FAILURE);
      assertThat(r.replyCode()).isZero();
    }
  }

  @Test
  void silentServerTimesOutAsTemporary() {
    server.silent = true;
    try (SmtpTransport smtp =
        new SmtpTransport(server.settings().readTimeout(Duration.ofMillis(300)).build())) {
      long start = System.nanoTime();
      DeliveryResult r = smtp.send(mail("jeroen@example.nl"));
      assertThat(r.outcome()).isEqualTo(Outcome.TEMPORARY_FAILURE);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void settingsNeverPrintThePassword() {
    SmtpSettings s = server.settings().auth("hub", "geheim-wachtwoord").build();
    assertThat(s.toString()).doesNotContain("geheim").contains("******");
  }
}
