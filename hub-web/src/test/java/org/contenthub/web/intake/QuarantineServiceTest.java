package org.contenthub.web.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.contenthub.mail.MalformedMailException;
import org.contenthub.mail.ReceivedMail;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.security.Viewer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quarantine's rules on H2 and PostgreSQL: what is recorded of a mail the reader gave up on,
 * handling it again (a success leaves the list, a renewed failure stays with its reason), the raw
 * cap, dismissing once. The intake itself is replaced by a recorder, so a retry's success is seen.
 */
class QuarantineServiceTest {

  private static final Viewer EVA =
      new Viewer(3L, "eva", "Eva de Redacteur", Set.of("editor"), null, "nl");

  private EntityManager em;
  private final List<ReceivedMail> handled = new ArrayList<>();
  private QuarantineService quarantine;

  private void open(TestDatabases database, long maxRaw) {
    EntityManagerFactory factory = database.migratedFactory();
    em = factory.createEntityManager();
    IntakeRepository repository = new IntakeRepository();
    repository.em = em;
    IntakeSettings settings = new IntakeSettings();
    settings.maxRawBytes = maxRaw;
    quarantine = new QuarantineService();
    quarantine.intake = repository;
    quarantine.settings = settings;
    quarantine.mails =
        new IntakeService() {
          @Override
          public MailOutcome receiveMail(ReceivedMail mail, byte[] raw) {
            handled.add(mail);
            return new MailOutcome("submitted", 4242L);
          }
        };
  }

  private <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
    }
  }

  private static MimeMessage mime(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  private static final String GOOD =
      """
      From: =?UTF-8?Q?Sanne_de_Vri=C3=ABs?= <sanne@polderlicht.example>
      Subject: Een goed verhaal
      Message-ID: <goed@polderlicht.example>
      Content-Type: text/plain; charset=UTF-8

      Dit had gewoon moeten lukken.
      """;

  private static final String BROKEN =
      """
      From: sanne@polderlicht.example
      Subject: Kapot
      Message-ID: <kapot@polderlicht.example>
      MIME-Version: 1.0
      Content-Type: multipart/mixed; boundary="bestaat-niet"

      Geen grens.
      """;

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void recordedListedRetriedAndDismissed(TestDatabases database) throws Exception {
    open(database, 1_000_000);
    long good =
        tx(
            () ->
                quarantine.record(
                    "<goed@polderlicht.example>",
                    unchecked(() -> mime(GOOD)),
                    new IllegalStateException("database weg")));
    long broken =
        tx(
            () ->
                quarantine.record(
                    "<kapot@polderlicht.example>",
                    unchecked(() -> mime(BROKEN)),
                    new MalformedMailException("unreadable mail structure")));

    List<IntakeRepository.Quarantined> open = tx(quarantine::open);
    assertThat(open).extracting(IntakeRepository.Quarantined::id).containsExactly(good, broken);
    IntakeRepository.Quarantined first = open.get(0);
    assertThat(first.sender()).isEqualTo("Sanne de Vriës <sanne@polderlicht.example>");
    assertThat(first.subject()).isEqualTo("Een goed verhaal");
    assertThat(first.reason()).isEqualTo("IllegalStateException: database weg");
    assertThat(first.rawKept()).isTrue();
    assertThat(first.size()).isPositive();
    assertThat(new String(tx(() -> quarantine.raw(good)).content(), StandardCharsets.UTF_8))
        .contains("Dit had gewoon moeten lukken.");

    // the cause is gone: handled again, it leaves the list
    QuarantineService.Retry retried = tx(() -> quarantine.retry(good, EVA));
    assertThat(retried.outcome()).isEqualTo("submitted");
    assertThat(retried.submissionId()).isEqualTo(4242L);
    assertThat(handled).extracting(ReceivedMail::subject).containsExactly("Een goed verhaal");
    assertThat(tx(quarantine::open))
        .extracting(IntakeRepository.Quarantined::id)
        .containsExactly(broken);
    assertThatThrownBy(() -> tx(() -> quarantine.retry(good, EVA)))
        .isInstanceOf(ClientErrorException.class)
        .hasMessageContaining("retried");

    // still broken: it stays, with the new reason, and nothing was handled
    QuarantineService.Retry failed = tx(() -> quarantine.retry(broken, EVA));
    assertThat(failed.outcome()).isEqualTo("failed");
    assertThat(failed.reason()).isNotBlank();
    assertThat(handled).hasSize(1);
    assertThat(tx(quarantine::open))
        .singleElement()
        .satisfies(q -> assertThat(q.reason()).isEqualTo(failed.reason()));

    tx(
        () -> {
          quarantine.dismiss(broken, EVA);
          return null;
        });
    assertThat(tx(quarantine::open)).isEmpty();
    assertThatThrownBy(
            () ->
                tx(
                    () -> {
                      quarantine.dismiss(broken, EVA);
                      return null;
                    }))
        .isInstanceOf(ClientErrorException.class)
        .hasMessageContaining("dismissed");
    assertThatThrownBy(() -> tx(() -> quarantine.raw(999_999)))
        .isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aMessageBeyondTheCapIsListedWithoutItsBytesAndAnUnreadableOneWithoutDetails(
      TestDatabases database) throws Exception {
    open(database, 100);
    long big =
        tx(
            () ->
                quarantine.record(
                    "<goed@polderlicht.example>",
                    unchecked(() -> mime(GOOD)),
                    new MalformedMailException("mail larger than 100 bytes")));
    long unreadable = tx(() -> quarantine.record(null, null, new RuntimeException("kapot")));
    List<IntakeRepository.Quarantined> open = tx(quarantine::open);
    assertThat(open.get(0).rawKept()).isFalse();
    assertThat(open.get(0).size()).isGreaterThan(100);
    assertThat(open.get(0).subject()).isEqualTo("Een goed verhaal");
    assertThat(open.get(1).id()).isEqualTo(unreadable);
    assertThat(open.get(1).sender()).isNull();
    assertThat(open.get(1).messageId()).isNull();
    assertThatThrownBy(() -> tx(() -> quarantine.raw(big)))
        .isInstanceOf(ClientErrorException.class)
        .hasMessageContaining("quarantine folder");
    assertThatThrownBy(() -> tx(() -> quarantine.retry(big, EVA)))
        .isInstanceOf(ClientErrorException.class);
    assertThat(handled).isEmpty();
  }

  private interface Call<T> {
    T call() throws Exception;
  }

  private static <T> T unchecked(Call<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
