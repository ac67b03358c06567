package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contenthub.web.TestDatabases.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The delivery queue on both databases: materialising recipients, claiming without doubles under
 * concurrency, the rate budget, leases that run out, and finishing a newsletter.
 */
class DeliveryQueueTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void everyRecipientOnceWithUnsubscribedAndSuppressedSkipped(TestDatabases database) {
    DataSource dataSource = database.migratedDataSource();
    EntityManagerFactory factory = TestDatabases.factoryOn(dataSource);
    account(factory, "anna", "Anna@Polderlicht.example", "Marketing", true, Roles.EMPLOYEE);
    account(factory, "bram", "bram@polderlicht.example", "Sales", true, Roles.EMPLOYEE);
    account(factory, "cees", null, "Sales", true, Roles.EMPLOYEE); // no address
    account(factory, "dirk", "dirk@polderlicht.example", "Sales", false, Roles.EMPLOYEE); // left
    account(factory, "gast", "gast@extern.example", null, true, Roles.EXTERNAL_AMBASSADOR);

    long everyone = list(factory, "Iedereen", ListKind.EVERYONE, null);
    long custom = list(factory, "Klanten", ListKind.CUSTOM, null);
    long sales = list(factory, "Sales", ListKind.DEPARTMENT, "sales");
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          r.addMember(custom, "anna@polderlicht.example", "Anna (klant)", "en"); // on both lists
          r.addMember(custom, "klant@bedrijf.example", "Klant", "nl");
          r.addMember(custom, "weg@bedrijf.example", "Weg", "nl");
          r.addMember(custom, "stuk@bedrijf.example", "Stuk", "nl");
          r.unsubscribe(custom, "weg@bedrijf.example");
          r.recordHardBounce("stuk@bedrijf.example", "5.1.1 unknown", 2);
          r.recordHardBounce("stuk@bedrijf.example", "5.1.1 unknown", 2);
          assertThat(r.addMember(custom, "klant@bedrijf.example", null, null)).isFalse();
          assertThat(r.isSuppressed("stuk@bedrijf.example")).isTrue();
          assertThat(r.memberCount(r.findList(sales).orElseThrow())).isEqualTo(1); // bram
          return null;
        });

    long newsletterId = newsletter(factory);
    int materialised =
        inTransaction(
            factory,
            em -> {
              NewsletterRepository r = new NewsletterRepository(em);
              assertThat(r.startSending(newsletterId, NewsletterStatus.DRAFT)).isTrue();
              assertThat(r.startSending(newsletterId, NewsletterStatus.DRAFT)).isFalse();
              return r.materialise(
                  newsletterId,
                  List.of(r.findList(everyone).orElseThrow(), r.findList(custom).orElseThrow()));
            });

    // anna (once, though on two lists), bram, klant, weg (skipped), stuk (skipped)
    assertThat(materialised).isEqualTo(5);
    Map<String, String> status = statuses(factory, newsletterId);
    assertThat(status)
        .containsEntry("anna@polderlicht.example", "QUEUED")
        .containsEntry("bram@polderlicht.example", "QUEUED")
        .containsEntry("klant@bedrijf.example", "QUEUED")
        .containsEntry("weg@bedrijf.example", "SKIPPED")
        .containsEntry("stuk@bedrijf.example", "SKIPPED")
        .doesNotContainKeys("dirk@polderlicht.example", "gast@extern.example");

    DeliveryQueue queue = new DeliveryQueue(dataSource);
    List<ClaimedDelivery> first = queue.claim(2, RelayLimits.NONE, Duration.ofMinutes(5));
    List<ClaimedDelivery> second = queue.claim(10, RelayLimits.NONE, Duration.ofMinutes(5));
    assertThat(first).hasSize(2);
    assertThat(second).hasSize(1);
    assertThat(queue.claim(10, RelayLimits.NONE, Duration.ofMinutes(5))).isEmpty();
    List<ClaimedDelivery> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(all).extracting(ClaimedDelivery::attempts).containsOnly(1);

    queue.sent(all.get(0).id(), "<1@hub>");
    queue.sent(
        all.get(0).id(), "<1-again@hub>"); // a second worker after a lost lease: first stands
    assertThat(queue.foldSent(500)).isEqualTo(1);
    queue.finish(all.get(1).id(), DeliveryStatus.INVALID, "550 5.1.1 no such user");
    assertThat(queue.finishNewsletterIfDone(newsletterId)).isFalse();
    queue.retryAt(all.get(2).id(), java.time.Instant.now().minusSeconds(1), "451 try later");
    List<ClaimedDelivery> retried = queue.claim(10, RelayLimits.NONE, Duration.ofMinutes(5));
    assertThat(retried).extracting(ClaimedDelivery::id).containsExactly(all.get(2).id());
    assertThat(retried.get(0).attempts()).isEqualTo(2);
    queue.sent(retried.get(0).id(), "<2@hub>");
    // Not finished while the mark is not folded: the delivery still counts as open.
    assertThat(queue.finishNewsletterIfDone(newsletterId)).isFalse();
    assertThat(queue.foldSent(500)).isEqualTo(1);
    assertThat(queue.finishNewsletterIfDone(newsletterId)).isTrue();
    assertThat(queue.statusOf(newsletterId)).isEqualTo(NewsletterStatus.SENT);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void concurrentWorkersNeverClaimTheSameDeliveryAndLeasesRunOut(TestDatabases database)
      throws Exception {
    DataSource dataSource = database.migratedDataSource();
    EntityManagerFactory factory = TestDatabases.factoryOn(dataSource);
    long custom = list(factory, "Groot", ListKind.CUSTOM, null);
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          for (int i = 0; i < 300; i++) {
            r.addMember(custom, "p" + i + "@example.nl", null, null);
          }
          return null;
        });
    long newsletterId = sending(factory, custom);

    DeliveryQueue queue = new DeliveryQueue(dataSource);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<List<Long>>> workers = new ArrayList<>();
    for (int w = 0; w < 6; w++) {
      workers.add(
          pool.submit(
              () -> {
                List<Long> mine = new ArrayList<>();
                List<ClaimedDelivery> batch;
                while (!(batch = queue.claim(7, RelayLimits.NONE, Duration.ofMinutes(5)))
                    .isEmpty()) {
                  for (ClaimedDelivery d : batch) {
                    mine.add(d.id());
                    queue.sent(d.id(), "<" + d.id() + "@hub>");
                  }
                  queue.foldSent(500); // as workers do after each batch, concurrently
                }
                return mine;
              }));
    }
    List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
    for (Future<List<Long>> w : workers) {
      claimed.addAll(w.get());
    }
    pool.shutdown();
    assertThat(claimed).hasSize(300).doesNotHaveDuplicates();
    assertThat(queue.finishNewsletterIfDone(newsletterId)).isTrue();

    // A second newsletter: a worker dies after claiming six and sending the first (its sent mark
    // committed, not yet folded); its lease runs out and another takes over the other five.
    long second = sending(factory, custom);
    List<ClaimedDelivery> crashed = queue.claim(6, RelayLimits.NONE, Duration.ofMillis(1));
    queue.sent(crashed.get(0).id(), "<sent-before-the-crash@hub>");
    crashed = crashed.subList(1, 6);
    Thread.sleep(20);
    List<ClaimedDelivery> taken = queue.claim(5, RelayLimits.NONE, Duration.ofMinutes(5));
    assertThat(taken)
        .extracting(ClaimedDelivery::id)
        .containsExactlyElementsOf(crashed.stream().map(ClaimedDelivery::id).toList());
    assertThat(taken).extracting(ClaimedDelivery::attempts).containsOnly(2);

    // The rate budget counts every claim of the last minute (300 + 6 so far): 2 more fit in 308.
    assertThat(queue.claim(100, new RelayLimits(308, 0), Duration.ofMinutes(5))).hasSize(2);
    assertThat(queue.claim(100, new RelayLimits(308, 0), Duration.ofMinutes(5))).isEmpty();
    // The daily budget likewise counts the last 24 hours (308 claims): 2 more fit in 310, then
    // the progress can tell when the oldest of them leaves the window.
    RelayLimits daily = new RelayLimits(60_000, 310);
    assertThat(queue.dailyLimitReopensAt(daily)).isEmpty();
    assertThat(queue.claim(100, daily, Duration.ofMinutes(5))).hasSize(2);
    assertThat(queue.claim(100, daily, Duration.ofMinutes(5))).isEmpty();
    assertThat(queue.dailyLimitReopensAt(daily))
        .hasValueSatisfying(
            at ->
                assertThat(at)
                    .isBetween(
                        Instant.now().plus(Duration.ofHours(23)),
                        Instant.now().plus(Duration.ofDays(1))));

    // A released delivery (the relay was down) goes back without that attempt counting: the
    // crashed attempt counted, the released one not, so the next claim is its second attempt.
    queue.release(taken.get(0).id());
    assertThat(queue.claim(1, RelayLimits.NONE, Duration.ofMinutes(5)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(taken.get(0).id());
              assertThat(d.attempts()).isEqualTo(2);
            });
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aReadersClicksAreTheirsOnlyWhileTheyConsent(TestDatabases database) {
    DataSource dataSource = database.migratedDataSource();
    EntityManagerFactory factory = TestDatabases.factoryOn(dataSource);
    account(factory, "anna", "Anna@Polderlicht.example", "Sales", true, Roles.EMPLOYEE);
    account(factory, "bram", "bram@polderlicht.example", "Sales", true, Roles.EMPLOYEE);
    consent(factory, "anna", true);
    long newsletterId = sending(factory, list(factory, "Sales", ListKind.DEPARTMENT, "sales"));

    Map<String, ClaimedDelivery> claimed = new HashMap<>();
    for (ClaimedDelivery d :
        new DeliveryQueue(dataSource).claim(10, RelayLimits.NONE, Duration.ofMinutes(5))) {
      claimed.put(d.email(), d);
    }
    ClaimedDelivery anna = claimed.get("anna@polderlicht.example");
    ClaimedDelivery bram = claimed.get("bram@polderlicht.example");
    assertThat(anna.measured()).isTrue();
    assertThat(bram.measured()).isFalse();

    Instant now = Instant.now();
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          assertThat(r.readerClicked(newsletterId, anna.id(), now)).isTrue();
          assertThat(r.readerClicked(newsletterId, anna.id(), now.plusSeconds(60))).isTrue();
          assertThat(r.readerClicked(newsletterId, bram.id(), now)).isFalse(); // not measured
          assertThat(r.readerClicked(newsletterId + 1, anna.id(), now)).isFalse(); // other issue
          return null;
        });
    Map<String, Object> annaRow = row(factory, newsletterId, "anna@polderlicht.example");
    assertThat(((Number) annaRow.get("clicks")).intValue()).isEqualTo(2);
    assertThat(row(factory, newsletterId, "bram@polderlicht.example").get("clicks")).isNull();

    // Withdrawn: no longer counted as hers, nor shown; erased: forgotten.
    consent(factory, "anna", false);
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          assertThat(r.readerClicked(newsletterId, anna.id(), now)).isFalse();
          return null;
        });
    assertThat(row(factory, newsletterId, "anna@polderlicht.example").get("clicks")).isNull();
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          assertThat(r.readerClicksOf("anna@polderlicht.example")).hasSize(1);
          assertThat(r.forgetReaderClicks("Anna@Polderlicht.example")).isEqualTo(1);
          assertThat(r.readerClicksOf("anna@polderlicht.example")).isEmpty();
          return null;
        });
  }

  private static void consent(EntityManagerFactory factory, String username, boolean consent) {
    inTransaction(
        factory,
        em -> {
          new AccountRepository(em)
              .findByUsername(username)
              .orElseThrow()
              .setMeasurementConsent(consent);
          return null;
        });
  }

  /** The deliveries API's row of one address: its status and the reader's clicks, if shown. */
  private static Map<String, Object> row(
      EntityManagerFactory factory, long newsletterId, String email) {
    EntityManager em = factory.createEntityManager();
    try {
      for (Object[] r : new NewsletterRepository(em).deliveries(newsletterId, null, 0, 100)) {
        if (email.equals(r[1])) {
          Map<String, Object> row = new HashMap<>();
          row.put("status", r[2]);
          row.put("clicks", r[6]);
          return row;
        }
      }
      throw new AssertionError(email + " has no delivery");
    } finally {
      em.close();
    }
  }

  private static Map<String, String> statuses(EntityManagerFactory factory, long newsletterId) {
    EntityManager em = factory.createEntityManager();
    try {
      Map<String, String> result = new HashMap<>();
      for (Object[] row : new NewsletterRepository(em).deliveries(newsletterId, null, 0, 100)) {
        result.put((String) row[1], (String) row[2]);
      }
      return result;
    } finally {
      em.close();
    }
  }

  private static void account(
      EntityManagerFactory factory,
      String username,
      String email,
      String department,
      boolean active,
      String role) {
    inTransaction(
        factory,
        em -> {
          Account a = new Account(username, username, "hash", Set.of(role));
          a.setEmail(email);
          a.setDepartment(department);
          a.setActive(active);
          return new AccountRepository(em).save(a);
        });
  }

  private static long list(
      EntityManagerFactory factory, String name, ListKind kind, String criterion) {
    return inTransaction(
        factory,
        em ->
            new NewsletterRepository(em)
                .save(new MailingList(name, null, kind, criterion))
                .getId());
  }

  /** A new newsletter to one list, started and materialised. */
  private static long sending(EntityManagerFactory factory, long listId) {
    long id = newsletter(factory);
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          r.startSending(id, NewsletterStatus.DRAFT);
          return r.materialise(id, List.of(r.findList(listId).orElseThrow()));
        });
    return id;
  }

  private static long newsletter(EntityManagerFactory factory) {
    return inTransaction(
        factory,
        em -> {
          Newsletter n = new Newsletter(null);
          n.setSubject("Nieuws uit de polder");
          n.setLanguage("nl");
          n.setBlocks(Blocks.toJson(List.of(Block.heading("Welkom"))));
          return new NewsletterRepository(em).save(n).getId();
        });
  }
}
