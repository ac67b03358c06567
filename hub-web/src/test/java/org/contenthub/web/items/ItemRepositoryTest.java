package org.contenthub.web.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contenthub.web.TestDatabases.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.contenthub.web.security.Viewer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations, the entity mappings and the repositories' queries on both supported databases:
 * what runs on the embedded H2 must run unchanged on PostgreSQL.
 */
class ItemRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:15:30.123456Z");

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void storesAndReadsAnItemWithAllItsFields(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    Account author =
        inTransaction(
            factory,
            em -> new AccountRepository(em).save(account("eva", "Communicatie", Roles.EDITOR)));
    long id =
        inTransaction(
            factory,
            em -> {
              Item item =
                  item("Zo bespaart Houten 40%", Channel.BLOG, Visibility.PUBLIC, null, NOW);
              item.setTags(Set.of("duurzaamheid", "klantcase"));
              item.setBody("<p>Één <strong>lange</strong> tekst</p>".repeat(2000));
              return new ItemRepository(em).save(item).getId();
            });

    EntityManager em = factory.createEntityManager();
    Item read = new ItemRepository(em).findById(id).orElseThrow();
    assertThat(read.getTitle()).isEqualTo("Zo bespaart Houten 40%");
    assertThat(read.getTags()).containsExactlyInAnyOrder("duurzaamheid", "klantcase");
    assertThat(read.getBody()).hasSize("<p>Één <strong>lange</strong> tekst</p>".length() * 2000);
    assertThat(read.getPublishedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
    assertThat(read.getChannel()).isEqualTo(Channel.BLOG);
    assertThat(author.getId()).isPositive();
    em.close();
    factory.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void everyViewerSeesExactlyWhatTheRulesAllow(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    inTransaction(
        factory,
        em -> {
          ItemRepository items = new ItemRepository(em);
          items.save(item("public", Channel.BLOG, Visibility.PUBLIC, null, NOW.minusSeconds(50)));
          items.save(
              item("internal", Channel.INTERNAL, Visibility.INTERNAL, null, NOW.minusSeconds(40)));
          Item shareable =
              item(
                  "internal shareable",
                  Channel.LINKEDIN,
                  Visibility.INTERNAL,
                  null,
                  NOW.minusSeconds(30));
          shareable.setShareable(true);
          items.save(shareable);
          items.save(
              item(
                  "techniek only",
                  Channel.INTERNAL,
                  Visibility.DEPARTMENT,
                  "Techniek",
                  NOW.minusSeconds(20)));
          items.save(item("draft", Channel.BLOG, Visibility.EDITORIAL, null, NOW.minusSeconds(10)));
          return null;
        });
    EntityManager em = factory.createEntityManager();
    ItemRepository items = new ItemRepository(em);

    assertThat(titles(items, viewer(Set.of(), null, true))).containsExactly("public");
    assertThat(titles(items, viewer(Set.of(Roles.EXTERNAL_AMBASSADOR), null, false)))
        .containsExactly("internal shareable", "public");
    assertThat(titles(items, viewer(Set.of(Roles.EMPLOYEE), "Verkoop", false)))
        .containsExactly("internal shareable", "internal", "public");
    assertThat(titles(items, viewer(Set.of(Roles.EMPLOYEE, Roles.EXPERT), "techniek", false)))
        .containsExactly("techniek only", "internal shareable", "internal", "public");
    assertThat(titles(items, viewer(Set.of(Roles.EMPLOYEE, Roles.EDITOR), "Communicatie", false)))
        .containsExactly("draft", "techniek only", "internal shareable", "internal", "public");

    // the single-item check agrees with the list query for every item and viewer
    for (Item item :
        items.find(ItemFilter.all(1, 100), viewer(Set.of(Roles.ADMIN), null, false)).items()) {
      for (Viewer v :
          List.of(
              viewer(Set.of(), null, true),
              viewer(Set.of(Roles.EXTERNAL_AMBASSADOR), null, false),
              viewer(Set.of(Roles.EMPLOYEE), "Verkoop", false),
              viewer(Set.of(Roles.EMPLOYEE), "Techniek", false))) {
        assertThat(ItemVisibility.canSee(v, item))
            .as("%s sees %s", v.roles(), item.getTitle())
            .isEqualTo(titles(items, v).contains(item.getTitle()));
      }
    }
    em.close();
    factory.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void filtersAndPagesTheFeed(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    inTransaction(
        factory,
        em -> {
          ItemRepository items = new ItemRepository(em);
          for (int i = 0; i < 25; i++) {
            Item item =
                item(
                    "blog " + i,
                    i % 2 == 0 ? Channel.BLOG : Channel.LINKEDIN,
                    Visibility.INTERNAL,
                    i % 5 == 0 ? "Verkoop" : "IT",
                    NOW.minusSeconds(i));
            item.setTags(i % 3 == 0 ? Set.of("innovatie") : Set.of("planning"));
            item.setLanguage(i < 20 ? "nl" : "en");
            items.save(item);
          }
          return null;
        });
    EntityManager em = factory.createEntityManager();
    ItemRepository items = new ItemRepository(em);
    Viewer colleague = viewer(Set.of(Roles.EMPLOYEE), "IT", false);

    ItemRepository.Slice page2 =
        items.find(new ItemFilter(null, null, null, null, null, 2, 10), colleague);
    assertThat(page2.total()).isEqualTo(25);
    assertThat(page2.items()).extracting(Item::getTitle).first().isEqualTo("blog 10");
    assertThat(page2.items()).hasSize(10);

    assertThat(
            items
                .find(new ItemFilter(Channel.BLOG, null, null, null, null, 1, 100), colleague)
                .total())
        .isEqualTo(13);
    assertThat(
            items
                .find(new ItemFilter(null, "Innovatie ", null, null, null, 1, 100), colleague)
                .total())
        .isEqualTo(9);
    assertThat(
            items
                .find(new ItemFilter(null, null, "verkoop", null, null, 1, 100), colleague)
                .total())
        .isEqualTo(5);
    assertThat(items.find(new ItemFilter(null, null, null, "en", null, 1, 100), colleague).total())
        .isEqualTo(5);
    assertThat(
            items
                .find(
                    new ItemFilter(Channel.LINKEDIN, "innovatie", "IT", "nl", null, 1, 100),
                    colleague)
                .items())
        .extracting(Item::getTitle)
        .containsExactly("blog 3", "blog 9");
    assertThat(
            items
                .find(new ItemFilter(null, "no such tag", null, null, null, 1, 100), colleague)
                .items())
        .isEmpty();
    assertThat(items.departments()).containsExactly("IT", "Verkoop");
    em.close();
    factory.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theWeeksMostLikedAreThatWeeksItemsEvenWhenOlderOnesAreLikedMore(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    inTransaction(
        factory,
        em -> {
          // more well-liked old items than a feed page holds, which once hid the week's items
          for (int i = 0; i < ItemFilter.MAX_SIZE + 20; i++) {
            saveLiked(em, "old " + i, Visibility.INTERNAL, null, 30 + i, 50);
          }
          saveLiked(em, "this week, 2 likes", Visibility.INTERNAL, null, 2, 2);
          saveLiked(em, "this week, 5 likes", Visibility.INTERNAL, null, 3, 5);
          saveLiked(em, "this week, none", Visibility.INTERNAL, null, 1, 0);
          saveLiked(em, "this week, Techniek only", Visibility.DEPARTMENT, "Techniek", 1, 9);
          saveLiked(em, "eight days ago", Visibility.INTERNAL, null, 8, 40);
          return null;
        });
    EntityManager em = factory.createEntityManager();
    ItemRepository items = new ItemRepository(em);
    Instant weekAgo = NOW.minus(7, ChronoUnit.DAYS);

    assertThat(items.mostLikedSince(weekAgo, 6, viewer(Set.of(Roles.EMPLOYEE), "IT", false)))
        .extracting(Item::getTitle)
        .containsExactly("this week, 5 likes", "this week, 2 likes", "this week, none");
    assertThat(items.mostLikedSince(weekAgo, 2, viewer(Set.of(Roles.EMPLOYEE), "Techniek", false)))
        .extracting(Item::getTitle)
        .containsExactly("this week, Techniek only", "this week, 5 likes");
    em.close();
    factory.close();
  }

  /** An item published {@code daysAgo} with the like count {@link FavouriteRepository} keeps. */
  private static void saveLiked(
      EntityManager em,
      String title,
      Visibility visibility,
      String department,
      int daysAgo,
      int likes) {
    Item item =
        new ItemRepository(em)
            .save(
                item(
                    title,
                    Channel.BLOG,
                    visibility,
                    department,
                    NOW.minus(daysAgo, ChronoUnit.DAYS)));
    em.flush();
    em.createNativeQuery("update item set favourite_count = ? where id = ?")
        .setParameter(1, likes)
        .setParameter(2, item.getId())
        .executeUpdate();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aStaleWriteIsRefusedInsteadOfOverwriting(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    long id =
        inTransaction(
            factory,
            em ->
                new ItemRepository(em)
                    .save(item("v1", Channel.BLOG, Visibility.PUBLIC, null, NOW))
                    .getId());

    EntityManager first = factory.createEntityManager();
    EntityManager second = factory.createEntityManager();
    Item mine = first.find(Item.class, id);
    Item theirs = second.find(Item.class, id);
    long versionRead = mine.getVersion();

    second.getTransaction().begin();
    theirs.setTitle("their change");
    second.getTransaction().commit();

    first.getTransaction().begin();
    mine.setTitle("my change");
    assertThatThrownBy(() -> first.getTransaction().commit()).isInstanceOf(RollbackException.class);

    EntityManager check = factory.createEntityManager();
    assertThat(check.find(Item.class, id).getTitle()).isEqualTo("their change");
    assertThat(check.find(Item.class, id).getVersion()).isEqualTo(versionRead + 1);
    factory.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void accountsKeepTheirRolesAndAreFoundByName(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    inTransaction(
        factory,
        em -> new AccountRepository(em).save(account("pieter", "Directie", Roles.SUPERVISOR)));
    EntityManager em = factory.createEntityManager();
    AccountRepository accounts = new AccountRepository(em);
    assertThat(accounts.findByUsername("pieter").orElseThrow().getRoles())
        .containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.SUPERVISOR);
    assertThat(accounts.findByUsername("nobody")).isEmpty();
    assertThat(accounts.hasRole(Roles.SUPERVISOR)).isTrue();
    assertThat(accounts.hasRole(Roles.ADMIN)).isFalse();
    assertThat(accounts.count()).isEqualTo(1);
    em.close();
    factory.close();
  }

  private static List<String> titles(ItemRepository items, Viewer viewer) {
    return items.find(ItemFilter.all(1, 100), viewer).items().stream().map(Item::getTitle).toList();
  }

  private static Viewer viewer(Set<String> roles, String department, boolean anonymous) {
    return new Viewer(
        anonymous ? null : 42L, anonymous ? null : "someone", "Someone", roles, department, "nl");
  }

  private static Item item(
      String title, Channel channel, Visibility visibility, String department, Instant published) {
    Item item = new Item(ItemType.PUBLICATION, title, channel, "nl", null);
    item.setVisibility(visibility);
    item.setDepartment(department);
    item.setPublishedAt(published);
    return item;
  }

  private static Account account(String username, String department, String role) {
    Account account = new Account(username, username, "hash", Set.of(Roles.EMPLOYEE, role));
    account.setDepartment(department);
    return account;
  }
}
