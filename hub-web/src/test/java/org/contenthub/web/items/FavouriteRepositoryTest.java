package org.contenthub.web.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contenthub.web.TestDatabases.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Favourites count exactly, also when many people (or one impatient person) click at once. */
class FavouriteRepositoryTest {

  private static final int PEOPLE = 16;

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void concurrentClicksCountExactly(TestDatabases database) throws Exception {
    EntityManagerFactory factory = database.migratedFactory();
    long itemId =
        inTransaction(
            factory,
            em ->
                new ItemRepository(em)
                    .save(new Item(ItemType.STORY, "Populair", Channel.INTERNAL, "nl", null))
                    .getId());
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      int n = i;
      people.add(
          inTransaction(
              factory,
              em ->
                  new AccountRepository(em)
                      .save(new Account("p" + n, "P" + n, "hash", Set.of(Roles.EMPLOYEE)))
                      .getId()));
    }

    // everyone clicks twice at the same moment: the second click of a person changes nothing
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> clicks = new ArrayList<>();
    for (long person : people) {
      for (int click = 0; click < 2; click++) {
        Callable<Boolean> task =
            () -> {
              start.await();
              return inTransaction(factory, em -> new FavouriteRepository(em).add(person, itemId));
            };
        clicks.add(pool.submit(task));
      }
    }
    start.countDown();
    int added = 0;
    for (Future<Boolean> click : clicks) {
      added += click.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(added).isEqualTo(PEOPLE);
    EntityManager em = factory.createEntityManager();
    FavouriteRepository favourites = new FavouriteRepository(em);
    assertThat(favourites.countFor(itemId)).isEqualTo(PEOPLE);
    assertThat(favourites.isFavourite(people.get(0), itemId)).isTrue();
    assertThat(favourites.of(people.get(0), 0, 10))
        .extracting(Item::getTitle)
        .containsExactly("Populair");
    assertThat(favourites.favouritesAmong(people.get(0), List.of(itemId, 999L)))
        .containsExactly(itemId);
    em.close();

    boolean removed =
        inTransaction(factory, e -> new FavouriteRepository(e).remove(people.get(0), itemId));
    boolean removedAgain =
        inTransaction(factory, e -> new FavouriteRepository(e).remove(people.get(0), itemId));
    assertThat(removed).isTrue();
    assertThat(removedAgain).isFalse();
    EntityManager check = factory.createEntityManager();
    assertThat(new FavouriteRepository(check).countFor(itemId)).isEqualTo(PEOPLE - 1);
    check.close();
    factory.close();
  }
}
