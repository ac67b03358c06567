package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reading a real (local) IMAP mailbox. */
class MailboxReaderTest {

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP}));

  GreenMailUser intake;
  final MailComposer composer =
      new MailComposer(EmailAddress.of("jeroen@example.nl", "Jeroen van der Plaats"), "example.nl");

  @BeforeEach
  void mailbox() {
    intake = greenMail.setUser("redactie@hub.example.nl", "redactie", "geheim");
  }

  ImapSettings.Builder settings() {
    return ImapSettings.builder("127.0.0.1", greenMail.getImap().getPort(), "redactie", "geheim")
        .tls(TlsMode.NONE)
        .readTimeout(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100));
  }

  MimeMessage idea(String subject) {
    return composer.compose(
        OutgoingMail.builder()
            .to(EmailAddress.of("redactie@hub.example.nl"))
            .subject(subject)
            .text("Een idee voor de hub: " + subject)
            .html("<p>Een idee voor de hub: <b>" + subject + "</b></p>")
            .build());
  }

  void deliver(MimeMessage m) throws Exception {
    intake.deliver(MailComposerTest.roundTrip(m));
  }

  /** Subjects of the messages in a folder, read with a separate connection. */
  List<String> subjectsIn(String folderName) throws Exception {
    Properties p = new Properties();
    Store store = Session.getInstance(p).getStore("imap");
    store.connect("127.0.0.1", greenMail.getImap().getPort(), "redactie", "geheim");
    try {
      Folder f = store.getFolder(folderName);
      if (!f.exists()) {
        return List.of();
      }
      f.open(Folder.READ_ONLY);
      List<String> subjects = new ArrayList<>();
      for (Message m : f.getMessages()) {
        subjects.add(m.getSubject() + (m.isSet(Flags.Flag.SEEN) ? " [seen]" : ""));
      }
      f.close(false);
      return subjects;
    } finally {
      store.close();
    }
  }

  @Test
  void handsEveryMessageToTheHandlerAndFilesItAsProcessed() throws Exception {
    deliver(idea("Café-avond"));
    intake.deliver(ReceivedMailParserTest.sample("forwarded-with-photo.eml"));

    List<ReceivedMail> received = new ArrayList<>();
    try (MailboxReader reader = new MailboxReader(settings().build())) {
      ReadResult result = reader.processNew(mail -> received.add(mail.parse()));
      assertThat(result).isEqualTo(new ReadResult(2, 0, 0));
      assertThat(reader.processNew(mail -> received.add(mail.parse())).total()).isZero();
    }

    assertThat(received)
        .extracting(ReceivedMail::subject)
        .containsExactly("Café-avond", "Fwd: Foto's van de open dag");
    assertThat(received.get(0).html()).contains("<b>Café-avond</b>");
    assertThat(received.get(0).fromName()).isEqualTo("Jeroen van der Plaats");
    assertThat(received.get(1).forwarded().get(0).images()).hasSize(1);
    assertThat(subjectsIn("INBOX")).isEmpty();
    assertThat(subjectsIn("Processed")).hasSize(2);
  }

  @Test
  void handlerFailureQuarantinesTheMessageAndGoesOn() throws Exception {
    deliver(idea("Eerste"));
    deliver(idea("Gaat mis"));
    deliver(idea("Derde"));
    List<String> quarantinedIds = new ArrayList<>();
    List<String> handled = new ArrayList<>();
    MailHandler handler =
        new MailHandler() {
          @Override
          public void handle(IncomingMail mail) throws Exception {
            if (mail.message().getSubject().equals("Gaat mis")) {
              throw new IllegalStateException("database weg");
            }
            handled.add(mail.message().getSubject());
          }

          @Override
          public void quarantined(String messageId, Exception cause) {
            quarantinedIds.add(messageId);
          }
        };
    try (MailboxReader reader = new MailboxReader(settings().build())) {
      assertThat(reader.processNew(handler)).isEqualTo(new ReadResult(2, 0, 1));
    }
    assertThat(handled).containsExactly("Eerste", "Derde");
    assertThat(quarantinedIds).hasSize(1).allMatch(id -> id.endsWith("@example.nl>"));
    assertThat(subjectsIn("Quarantine")).containsExactly("Gaat mis [seen]");
    assertThat(subjectsIn("Processed")).hasSize(2);
    assertThat(subjectsIn("INBOX")).isEmpty();
  }

  @Test
  void malformedMailIsQuarantined() throws Exception {
    intake.deliver(ReceivedMailParserTest.sample("malformed-boundary.eml"));
    deliver(idea("Heel"));
    List<Exception> causes = new ArrayList<>();
    MailHandler handler =
        new MailHandler() {
          @Override
          public void handle(IncomingMail mail) throws Exception {
            mail.parse();
          }

          @Override
          public void quarantined(String messageId, Exception cause) {
            causes.add(cause);
          }
        };
    try (MailboxReader reader = new MailboxReader(settings().build())) {
      assertThat(reader.processNew(handler)).isEqualTo(new ReadResult(1, 0, 1));
    }
    assertThat(causes).singleElement().isInstanceOf(MalformedMailException.class);
    assertThat(subjectsIn("Quarantine")).containsExactly("Kapotte mail [seen]");
  }

  @Test
  void duplicateMessageIdIsReported() throws Exception {
    MimeMessage m = idea("Twee keer");
    deliver(m);
    deliver(m);
    List<Boolean> duplicates = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (MailboxReader reader = new MailboxReader(settings().build())) {
      ReadResult result =
          reader.processNew(
              mail -> {
                duplicates.add(mail.duplicate());
                ids.add(mail.messageId());
              });
      assertThat(result).isEqualTo(new ReadResult(2, 1, 0));
    }
    assertThat(duplicates).containsExactly(false, true);
    assertThat(ids).containsOnly(m.getMessageID());
    assertThat(subjectsIn("Processed")).hasSize(2);
  }

  @Test
  void withoutProcessedFolderMessagesAreMarkedReadAndLeftInPlace() throws Exception {
    deliver(idea("Blijft staan"));
    List<String> handled = new ArrayList<>();
    try (MailboxReader reader = new MailboxReader(settings().processedFolder(null).build())) {
      assertThat(reader.processNew(mail -> handled.add(mail.messageId())).handled()).isEqualTo(1);
      assertThat(reader.processNew(mail -> handled.add(mail.messageId())).handled()).isZero();
    }
    assertThat(handled).hasSize(1);
    assertThat(subjectsIn("INBOX")).containsExactly("Blijft staan [seen]");
  }

  @Test
  void loopWithIdleHandlesNewMailAndStops() throws Exception {
    runLoop(settings().idle(true).idleRefresh(Duration.ofSeconds(30)).build());
  }

  @Test
  void loopWithPollingHandlesNewMailAndStops() throws Exception {
    runLoop(settings().idle(false).build());
  }

  /**
   * Mail that arrives while a batch is being handled is handled right after it, not at the next
   * poll or IDLE renewal (both 60 s here, far beyond the test's patience).
   */
  @Test
  void mailArrivingDuringABatchIsHandledWithoutWaitingWithIdle() throws Exception {
    mailDuringABatch(
        settings()
            .idle(true)
            .idleRefresh(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(60))
            .build());
  }

  @Test
  void mailArrivingDuringABatchIsHandledWithoutWaitingWhenPolling() throws Exception {
    mailDuringABatch(settings().idle(false).pollInterval(Duration.ofSeconds(60)).build());
  }

  private void mailDuringABatch(ImapSettings settings) throws Exception {
    deliver(idea("Eerste van de batch"));
    CountDownLatch both = new CountDownLatch(2);
    List<String> subjects = Collections.synchronizedList(new ArrayList<>());
    MailboxReader reader = new MailboxReader(settings);
    Thread loop =
        new Thread(
            () ->
                reader.run(
                    mail -> {
                      String subject = mail.message().getSubject();
                      if (subjects.isEmpty()) {
                        // arrives while this one is being handled
                        deliver(idea("Tijdens de batch"));
                      }
                      subjects.add(subject);
                      both.countDown();
                    }),
            "test-mailbox-batch");
    loop.start();
    try {
      assertThat(both.await(10, TimeUnit.SECONDS))
          .as("the second mail handled without waiting for the next poll: %s", subjects)
          .isTrue();
      assertThat(subjects).containsExactly("Eerste van de batch", "Tijdens de batch");
    } finally {
      reader.stop();
      loop.join(10_000);
      reader.close();
    }
  }

  private void runLoop(ImapSettings settings) throws Exception {
    deliver(idea("Al aanwezig"));
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(2);
    List<String> subjects = Collections.synchronizedList(new ArrayList<>());
    MailboxReader reader = new MailboxReader(settings);
    Thread loop =
        new Thread(
            () ->
                reader.run(
                    mail -> {
                      subjects.add(mail.message().getSubject());
                      first.countDown();
                      second.countDown();
                    }),
            "test-mailbox-loop");
    loop.start();
    assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200); // let the loop reach IDLE or its pause
    deliver(idea("Nieuw binnen"));
    assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    reader.stop();
    loop.join(10_000);
    assertThat(loop.isAlive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(subjects).containsExactly("Al aanwezig", "Nieuw binnen");
    reader.close();
  }
}
