package org.contenthub.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.analytics.AnalyticsRepository.Scope;
import org.contenthub.web.items.Channel;
import org.contenthub.web.items.Item;
import org.contenthub.web.items.ItemRepository;
import org.contenthub.web.items.ItemType;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The measurement queries and the privacy rules on both databases, against known shares, clicks and
 * conversions: persons and departments only with consent (a share still linked to someone who
 * withdrew counts anonymously), date ranges, reach and earned media value per network, and a
 * conversion's reference counted once.
 */
class AnalyticsRepositoryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void figuresFollowTheFactsAndThePrivacyRules(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    long[] ids =
        inTransaction(
            factory,
            em -> {
              AccountRepository accounts = new AccountRepository(em);
              long anna = accounts.save(account("anna", "Verkoop", true)).getId();
              long bob = accounts.save(account("bob", "Verkoop", false)).getId();
              for (int i = 1; i <= 4; i++) {
                accounts.save(account("verkoop" + i, "Verkoop", true));
              }
              long carl = accounts.save(account("carl", "IT", true)).getId();
              ItemRepository items = new ItemRepository(em);
              long a = items.save(item("=HYPERLINK(\"evil\")")).getId();
              long b = items.save(item("Houten bespaart")).getId();
              return new long[] {anna, bob, carl, a, b};
            });
    long anna = ids[0], bob = ids[1], carl = ids[2], itemA = ids[3], itemB = ids[4];
    inTransaction(
        factory,
        em -> {
          share(em, 1, itemA, anna, "linkedin", "annacode01", DAY, 400);
          share(em, 2, itemA, bob, "x", "bobcode001", DAY, 0); // bob withdrew: anonymous
          share(em, 3, itemB, null, "facebook", "anoncode01", DAY.plusDays(1), 0);
          share(em, 4, itemB, carl, "linkedin", "carlcode01", DAY.plusDays(1), 300);
          clicks(em, 1, DAY, false, 10);
          clicks(em, 1, DAY, true, 3);
          clicks(em, 1, DAY.plusDays(1), false, 2);
          clicks(em, 1, DAY.minusDays(10), false, 100); // outside the range
          clicks(em, 2, DAY, false, 5);
          clicks(em, 3, DAY.plusDays(1), false, 7);
          AnalyticsRepository repository = new AnalyticsRepository(em);
          Instant at = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);
          assertThat(repository.addConversion(1, "ORDER-1", new BigDecimal("49.95"), "server", at))
              .isPresent();
          assertThat(repository.addConversion(1, null, null, "browser", at)).isPresent();
          assertThat(repository.addConversion(3, null, null, "browser", at)).isPresent();
          assertThat(repository.addConversion(1, "ORDER-1", new BigDecimal("49.95"), "server", at))
              .as("a reference counts once")
              .isEmpty();
          assertThat(repository.conversionByReference("ORDER-1")).isPresent();
          return null;
        });

    EntityManager em = factory.createEntityManager();
    AnalyticsRepository repository = new AnalyticsRepository(em);
    Aggregation rollup = new Aggregation(Valuation.defaults("EUR"));
    List<Fact> all = repository.facts(Scope.ALL, DAY, DAY.plusDays(1));

    Figures total = rollup.total(all);
    assertThat(total.shares()).isEqualTo(4);
    assertThat(total.humanClicks()).isEqualTo(10 + 2 + 5 + 7);
    assertThat(total.botClicks()).isEqualTo(3);
    assertThat(total.reach()).isEqualTo(700);
    assertThat(total.conversions()).isEqualTo(3);
    assertThat(total.conversionValue()).isEqualByComparingTo("49.95");
    // linkedin: reach 700 × 0.2 = 140 impressions → 30 × 140 / 1000 + 5 × 12 clicks = 64.20
    // x: 1 × 5 clicks = 5.00; facebook: 1 × 7 clicks = 7.00
    assertThat(total.impressions()).isEqualTo(140);
    assertThat(total.earnedMediaValue()).isEqualByComparingTo("76.20");

    List<Row> people = rollup.people(all, 10);
    assertThat(people).extracting(Row::label).containsExactly("anna", "carl");
    assertThat(people.get(0).figures().humanClicks()).isEqualTo(12);
    assertThat(people.get(0).figures().conversions()).isEqualTo(2);
    assertThat(all.stream().filter(f -> f.personId() != null).map(Fact::personId))
        .as("bob withdrew his consent: nothing of his is personal any more")
        .doesNotContain(bob);

    Map<String, Long> consenting = repository.consentingPeople();
    assertThat(consenting).containsEntry("Verkoop", 5L).containsEntry("IT", 1L);
    List<Row> departments = rollup.departments(all, consenting, 5);
    assertThat(departments).extracting(Row::key).containsExactly("Verkoop");
    assertThat(departments.get(0).figures().humanClicks())
        .as("only consenting people's shares make a department's figures")
        .isEqualTo(12);

    assertThat(repository.facts(Scope.person(bob), DAY, DAY.plusDays(1))).isEmpty();
    assertThat(rollup.total(repository.facts(Scope.person(anna), DAY, DAY)).humanClicks())
        .isEqualTo(10);
    Figures second = rollup.total(repository.facts(Scope.item(ids[4]), DAY, DAY.plusDays(1)));
    assertThat(second.shares()).isEqualTo(2);
    assertThat(second.humanClicks()).isEqualTo(7);
    assertThat(second.reach()).isEqualTo(300);
    assertThat(
            rollup
                .total(repository.facts(Scope.department("Verkoop"), DAY, DAY.plusDays(1)))
                .shares())
        .isEqualTo(1);
    assertThat(
            rollup
                .total(repository.facts(Scope.ALL, DAY.minusDays(10), DAY.minusDays(10)))
                .humanClicks())
        .isEqualTo(100);
    assertThat(repository.consentingPerson(bob)).isEmpty();
    assertThat(repository.consentingPerson(anna)).isPresent();

    String csv =
        AnalyticsCsv.write(
            AnalyticsCsv.tables(
                AnalyticsViews.totalRow(total, Valuation.defaults("EUR").summary()),
                rollup.overTime(all, DAY, DAY.plusDays(1)),
                rollup.networks(all),
                rollup.items(all, 10),
                people,
                departments),
            "EUR",
            null);
    assertThat(csv)
        .contains("items," + itemA + ",\"'=HYPERLINK(\"\"evil\"\")\"")
        .doesNotContain(",\"=HYPERLINK");
    assertThat(csv).contains("time,2026-11-02,2026-11-02,2,15,3,400,80,3,49.95,");
    em.close();
    factory.close();
  }

  private static void share(
      EntityManager em,
      long id,
      long item,
      Long account,
      String network,
      String code,
      LocalDate day,
      int reach) {
    em.createNativeQuery(
            "insert into share (id, item_id, account_id, network, code, target_url, created_at, reach)"
                + " values (?, ?, cast(? as bigint), ?, ?, ?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, item)
        .setParameter(3, account)
        .setParameter(4, network)
        .setParameter(5, code)
        .setParameter(6, "https://polderlicht.example/?utm_content=" + code)
        .setParameter(7, day.atTime(9, 30).atOffset(ZoneOffset.UTC))
        .setParameter(8, reach)
        .executeUpdate();
  }

  private static void clicks(EntityManager em, long share, LocalDate day, boolean bot, long n) {
    em.createNativeQuery(
            "insert into share_click (share_id, click_day, bot, clicks) values (?, ?, ?, ?)")
        .setParameter(1, share)
        .setParameter(2, day)
        .setParameter(3, bot)
        .setParameter(4, n)
        .executeUpdate();
  }

  private static Account account(String username, String department, boolean consent) {
    Account account = new Account(username, username, "hash", Set.of(Roles.EMPLOYEE));
    account.setDepartment(department);
    account.setMeasurementConsent(consent);
    return account;
  }

  private static Item item(String title) {
    Item item = new Item(ItemType.PUBLICATION, title, Channel.BLOG, "nl", null);
    item.setPublishedAt(DAY.atStartOfDay().toInstant(ZoneOffset.UTC));
    item.setVisibility(org.contenthub.web.items.Visibility.PUBLIC);
    return item;
  }

  private static <T> T inTransaction(
      EntityManagerFactory factory, Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      em.close();
    }
  }
}
