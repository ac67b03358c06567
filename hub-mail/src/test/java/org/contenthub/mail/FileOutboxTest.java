package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutboxTest {

  @TempDir Path dir;

  final MailComposer composer =
      new MailComposer(EmailAddress.of("hub@example.nl", "Content Hub"), "hub.example.nl");

  MimeMessage mail(String subject) {
    return composer.compose(
        OutgoingMail.builder()
            .to("jeroen@example.nl", "Jeroen van der Plaats")
            .subject(subject)
            .text("Hallo")
            .html("<p>Hallo</p>")
            .build());
  }

  @Test
  void writesEmlFilesAndListsThemNewestFirst() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-14T09:30:00Z"));
    FileOutboxTransport outbox = new FileOutboxTransport(dir.resolve("outbox"), clock);

    DeliveryResult first = outbox.send(mail("Eerste bericht"));
    clock.advanceMillis(1500);
    DeliveryResult second = outbox.send(mail("Tweede: café ’€"));

    assertThat(first.isSent()).isTrue();
    assertThat(first.messageId()).endsWith("@hub.example.nl>");
    assertThat(second.detail()).startsWith("written to outbox as 20250314T093001500Z-");

    OutboxFolder folder = new OutboxFolder(dir.resolve("outbox"));
    List<OutboxEntry> entries = folder.list();
    assertThat(entries)
        .extracting(OutboxEntry::subject)
        .containsExactly("Tweede: café ’€", "Eerste bericht");
    OutboxEntry newest = entries.get(0);
    assertThat(newest.to()).isEqualTo("Jeroen van der Plaats <jeroen@example.nl>");
    assertThat(newest.from()).isEqualTo("Content Hub <hub@example.nl>");
    assertThat(newest.size()).isPositive();
    assertThat(folder.list(1)).hasSize(1);

    MimeMessage read = folder.read(newest.name()).orElseThrow();
    assertThat(read.getSubject()).isEqualTo("Tweede: café ’€");
    assertThat(read.getMessageID()).isEqualTo(second.messageId());
    assertThat(folder.readRaw(newest.name()).orElseThrow()).isNotEmpty();

    // No temporary files are left behind.
    try (var files = Files.list(dir.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.endsWith(".eml") && !n.startsWith("."));
    }

    assertThat(folder.delete(newest.name())).isTrue();
    assertThat(folder.read(newest.name())).isEmpty();
  }

  @Test
  void namesAreUniqueUnderConcurrencyAtTheSameMillisecond() throws Exception {
    Clock frozen = Clock.fixed(Instant.parse("2025-03-14T09:30:00Z"), ZoneOffset.UTC);
    FileOutboxTransport outbox = new FileOutboxTransport(dir, frozen);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    var results = ConcurrentHashMap.<DeliveryResult>newKeySet();
    for (int i = 0; i < 40; i++) {
      int n = i;
      pool.submit(() -> results.add(outbox.send(mail("Bericht " + n))));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(results).hasSize(40).allMatch(DeliveryResult::isSent);
    assertThat(new OutboxFolder(dir).list()).hasSize(40);
  }

  @Test
  void refusesPathTraversalAndForeignNames() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "geheim");
    Path inner = Files.createDirectories(dir.resolve("outbox"));
    OutboxFolder folder = new OutboxFolder(inner);
    List<String> attacks =
        new ArrayList<>(
            List.of(
                "../secret.txt",
                "..%2Fsecret.txt",
                "../x.eml",
                "..\\x.eml",
                "/etc/passwd",
                "sub/x.eml",
                ".hidden.eml",
                "x.eml\u0000.txt",
                ""));
    attacks.add(null);
    for (String name : attacks) {
      assertThatThrownBy(() -> folder.read(name))
          .as(String.valueOf(name))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> folder.delete(name)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(folder.read("20250101T000000000Z-000001-abcdef.eml")).isEmpty();
  }

  @Test
  void missingDirectoryListsEmpty() {
    assertThat(new OutboxFolder(dir.resolve("nope")).list()).isEmpty();
  }
}
