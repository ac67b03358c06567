package org.contenthub.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.items.Channel;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workflow's queries and native statements on H2 and a real PostgreSQL: lists without others'
 * drafts, the photo's bytes, versions, and a scheduled submission taken by exactly one of several
 * instances at once.
 */
class SubmissionRepositoryTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void queriesPhotoVersionsAndScheduledPublishingOnce(TestDatabases database) throws Exception {
    EntityManagerFactory factory = database.migratedFactory();
    String tag = Long.toString(System.nanoTime(), 36);
    Account sanne =
        inTransaction(
            factory,
            em ->
                new AccountRepository(em)
                    .save(new Account("s" + tag, "Sanne", "hash", Set.of(Roles.EMPLOYEE))));
    Account daan =
        inTransaction(
            factory,
            em ->
                new AccountRepository(em)
                    .save(new Account("d" + tag, "Daan", "hash", Set.of(Roles.EMPLOYEE))));

    long draft = save(factory, "Concept " + tag, sanne, SubmissionState.DRAFT, null);
    long handedIn = save(factory, "Ingediend " + tag, sanne, SubmissionState.SUBMITTED, null);
    long due =
        save(
            factory,
            "Gepland " + tag,
            daan,
            SubmissionState.SCHEDULED,
            Instant.now().minusSeconds(5));
    long later =
        save(
            factory,
            "Later " + tag,
            daan,
            SubmissionState.SCHEDULED,
            Instant.now().plusSeconds(3600));

    EntityManager em = factory.createEntityManager();
    SubmissionRepository repository = new SubmissionRepository(em);
    List<Long> queue =
        repository
            .find(new SubmissionRepository.Filter(null, null, null, daan.getId(), 1, 100))
            .submissions()
            .stream()
            .map(Submission::getId)
            .toList();
    assertThat(queue).contains(handedIn, due, later).doesNotContain(draft);
    assertThat(
            repository
                .find(
                    new SubmissionRepository.Filter(
                        null, Channel.INTERNAL, sanne.getId(), sanne.getId(), 1, 100))
                .submissions())
        .extracting(Submission::getId)
        .containsExactlyInAnyOrder(draft, handedIn);
    assertThat(
            repository
                .find(
                    new SubmissionRepository.Filter(
                        SubmissionState.SCHEDULED, null, null, null, 1, 1))
                .total())
        .isGreaterThanOrEqualTo(2);
    assertThat(repository.dueIds(Instant.now())).contains(due).doesNotContain(later, handedIn);
    em.close();

    byte[] photo = new byte[70_000];
    new java.util.Random(7).nextBytes(photo);
    inTransaction(
        factory,
        e -> {
          SubmissionRepository r = new SubmissionRepository(e);
          r.saveImage(draft, new SubmissionRepository.Image("zon.png", "image/png", photo));
          r.saveVersion(
              new SubmissionVersion(draft, 2, "Tweede", "<p>b</p>", sanne.getId(), "Sanne", false));
          r.saveVersion(
              new SubmissionVersion(draft, 3, "Botsing", "<p>c</p>", daan.getId(), "Daan", true));
          r.saveEvent(
              new SubmissionEvent(
                  draft,
                  sanne.getId(),
                  "Sanne",
                  "edit",
                  SubmissionState.DRAFT,
                  SubmissionState.DRAFT,
                  null));
          return null;
        });
    EntityManager check = factory.createEntityManager();
    SubmissionRepository read = new SubmissionRepository(check);
    assertThat(read.image(draft)).hasValueSatisfying(i -> assertThat(i.content()).isEqualTo(photo));
    assertThat(read.hasImage(draft)).isTrue();
    assertThat(read.hasImage(handedIn)).isFalse();
    assertThat(read.lastVersionNumber(draft)).isEqualTo(3);
    assertThat(read.lastVersionNumber(handedIn)).isZero();
    assertThat(read.version(draft, 3)).hasValueSatisfying(v -> assertThat(v.isConflict()).isTrue());
    assertThat(read.events(draft)).extracting(SubmissionEvent::getAction).containsExactly("edit");
    check.close();

    // four instances find the due submission at once: exactly one takes it
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> takes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Callable<Boolean> take =
          () -> {
            start.await();
            return inTransaction(
                factory, e -> new SubmissionRepository(e).takeDue(due, Instant.now()));
          };
      takes.add(pool.submit(take));
    }
    start.countDown();
    int taken = 0;
    for (Future<Boolean> take : takes) {
      taken += take.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(taken).isEqualTo(1);
    boolean early =
        inTransaction(factory, e -> new SubmissionRepository(e).takeDue(later, Instant.now()));
    assertThat(early).as("not before its time").isFalse();
    EntityManager after = factory.createEntityManager();
    assertThat(new SubmissionRepository(after).findById(due).orElseThrow().getState())
        .isEqualTo(SubmissionState.PUBLISHED);
    after.close();
    factory.close();
  }

  private static long save(
      EntityManagerFactory factory,
      String title,
      Account author,
      SubmissionState state,
      Instant at) {
    return inTransaction(
        factory,
        em -> {
          Submission submission =
              new Submission(
                  title, "<p>tekst</p>", SubmissionKind.STORY, Channel.INTERNAL, List.of(), author);
          submission.setState(state);
          submission.setScheduledAt(at);
          return new SubmissionRepository(em).save(submission).getId();
        });
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
