package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contenthub.web.TestDatabases.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.contenthub.web.TestDatabases;
import org.contenthub.web.challenge.Challenge;
import org.contenthub.web.challenge.ChallengeRepository;
import org.contenthub.web.security.Account;
import org.contenthub.web.security.AccountRepository;
import org.contenthub.web.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A challenge's participants list on both databases (migration V15): the list reaches exactly the
 * active participants with an address, an unsubscribed one is skipped, the weekly mail goes to
 * those who read its language, once per challenge week and language; reports are replaced within a
 * week, and leaving or forgetting a person takes their reports along.
 */
class ChallengeParticipantsListTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theListAndTheWeeklyMailReachExactlyTheParticipants(TestDatabases database) {
    EntityManagerFactory factory = database.migratedFactory();
    long anna = account(factory, "anna", "Anna@Polderlicht.example", "nl", true);
    long erik = account(factory, "erik", "erik@polderlicht.example", "en", true);
    long weg = account(factory, "weg", "weg@polderlicht.example", "nl", true);
    long oud = account(factory, "oud", "oud@polderlicht.example", "nl", false); // inactive
    account(factory, "niet", "niet@polderlicht.example", "nl", true); // not enrolled
    long other = account(factory, "ander", "ander@polderlicht.example", "nl", true);

    long[] ids =
        inTransaction(
            factory,
            em -> {
              ChallengeRepository challenges = new ChallengeRepository(em);
              Challenge c = challenge(challenges, "Vijf weken netwerken");
              Challenge elsewhere = challenge(challenges, "Een andere challenge");
              for (long id : List.of(anna, erik, weg, oud)) {
                assertThat(challenges.enrol(c.getId(), id)).isTrue();
              }
              assertThat(challenges.enrol(c.getId(), anna)).as("enrolled once").isFalse();
              challenges.enrol(elsewhere.getId(), other);
              NewsletterRepository r = new NewsletterRepository(em);
              MailingList list =
                  r.save(
                      new MailingList(
                          "Deelnemers",
                          null,
                          ListKind.CHALLENGE_PARTICIPANTS,
                          Long.toString(c.getId())));
              assertThat(r.challengeExists(c.getId())).isTrue();
              assertThat(r.challengeExists(c.getId() + 999)).isFalse();
              r.unsubscribe(list.getId(), "weg@polderlicht.example");
              return new long[] {c.getId(), list.getId()};
            });
    long challenge = ids[0];
    long listId = ids[1];

    Map<String, Boolean> members =
        inTransaction(
            factory,
            em -> {
              NewsletterRepository r = new NewsletterRepository(em);
              MailingList list = r.findList(listId).orElseThrow();
              assertThat(r.memberCount(list)).as("unsubscribed not counted").isEqualTo(2);
              Map<String, Boolean> found = new HashMap<>();
              for (Object[] row : r.members(list, 0, 100)) {
                found.put((String) row[0], ((Number) row[2]).intValue() == 1);
              }
              assertThat(r.listsOf("anna@polderlicht.example", null, Set.of(Roles.EMPLOYEE)))
                  .extracting(row -> ((MailingList) row[0]).getId())
                  .contains(listId);
              assertThat(r.listsOf("niet@polderlicht.example", null, Set.of(Roles.EMPLOYEE)))
                  .extracting(row -> ((MailingList) row[0]).getId())
                  .doesNotContain(listId);
              return found;
            });
    assertThat(members)
        .containsOnly(
            Map.entry("anna@polderlicht.example", false),
            Map.entry("erik@polderlicht.example", false),
            Map.entry("weg@polderlicht.example", true));

    // the weekly mail: one newsletter per language, each to the participants who read it
    Map<String, Long> mails =
        inTransaction(
            factory,
            em -> {
              NewsletterRepository r = new NewsletterRepository(em);
              MailingList list = r.findList(listId).orElseThrow();
              Map<String, Long> byLanguage = new HashMap<>();
              for (String language : List.of("nl", "en")) {
                Newsletter n = weeklyMail(challenge, 2, language, listId);
                r.save(n);
                r.saveNote(n.getId(), "anna@polderlicht.example", "Jouw netwerk groeide met +12");
                r.startSending(n.getId(), NewsletterStatus.DRAFT);
                r.materialise(n.getId(), List.of(list), language);
                byLanguage.put(language, n.getId());
              }
              assertThat(r.hasChallengeMail(challenge, 2, "nl")).isTrue();
              assertThat(r.hasChallengeMail(challenge, 2, "en")).isTrue();
              assertThat(r.hasChallengeMail(challenge, 2, "de")).isFalse();
              assertThat(r.hasChallengeMail(challenge, 3, "nl")).isFalse();
              assertThat(r.note(byLanguage.get("nl"), "anna@polderlicht.example"))
                  .contains("Jouw netwerk groeide met +12");
              assertThat(r.note(byLanguage.get("nl"), "erik@polderlicht.example")).isEmpty();
              return byLanguage;
            });
    assertThat(statuses(factory, mails.get("nl")))
        .containsOnly(
            Map.entry("anna@polderlicht.example", "QUEUED"),
            Map.entry("weg@polderlicht.example", "SKIPPED"));
    assertThat(statuses(factory, mails.get("en")))
        .containsOnly(Map.entry("erik@polderlicht.example", "QUEUED"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    factory,
                    em ->
                        new NewsletterRepository(em).save(weeklyMail(challenge, 2, "nl", listId))))
        .as("one weekly mail per challenge, week and language")
        .isInstanceOf(RuntimeException.class);
    inTransaction(
        factory,
        em -> {
          NewsletterRepository r = new NewsletterRepository(em);
          assertThat(r.sent(100)).as("challenge mails are not in the archive").isEmpty();
          return null;
        });

    // reports: replaced within a week; leaving and forgetting take them along
    inTransaction(
        factory,
        em -> {
          ChallengeRepository challenges = new ChallengeRepository(em);
          assertThat(challenges.lockParticipant(challenge, anna)).isTrue();
          assertThat(challenges.lockParticipant(challenge, other)).isFalse();
          challenges.report(challenge, anna, 1, Map.of("linkedin", 400, "x", 80));
          challenges.report(challenge, anna, 1, Map.of("linkedin", 410));
          challenges.report(challenge, erik, 1, Map.of("linkedin", 90));
          challenges.report(challenge, erik, 2, Map.of("linkedin", 95));
          assertThat(challenges.reports(challenge))
              .extracting(row -> row[0] + "/" + row[1] + "/" + row[2] + "=" + row[3])
              .as("a second report replaces the week's report, every network of it")
              .containsExactlyInAnyOrder(
                  anna + "/1/linkedin=410", erik + "/1/linkedin=90", erik + "/2/linkedin=95");
          assertThat(challenges.leave(challenge, erik)).isTrue();
          assertThat(challenges.leave(challenge, erik)).isFalse();
          assertThat(challenges.forget(anna)).isEqualTo(1);
          assertThat(challenges.reports(challenge)).isEmpty();
          assertThat(challenges.participants(challenge))
              .extracting(ChallengeRepository.Participant::name)
              .containsExactly("oud", "weg");
          return null;
        });
  }

  private static Challenge challenge(ChallengeRepository challenges, String title) {
    Challenge c = new Challenge(null);
    c.setTitle(title);
    c.setStartDate(LocalDate.of(2026, 11, 30));
    c.setWeeks(5);
    c.setNetworks(List.of("linkedin", "x"));
    return challenges.save(c);
  }

  private static Newsletter weeklyMail(long challenge, int week, String language, long listId) {
    Newsletter n = new Newsletter(null);
    n.setChallengeWeek(challenge, week);
    n.setLanguage(language);
    n.setSubject("Week " + week);
    n.setBlocks(Blocks.toJson(List.of(Block.text("De stand"))));
    n.setListIds(Set.of(listId));
    n.setStatus(NewsletterStatus.DRAFT);
    return n;
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

  private static long account(
      EntityManagerFactory factory,
      String username,
      String email,
      String language,
      boolean active) {
    return inTransaction(
        factory,
        em -> {
          Account a = new Account(username, username, "hash", Set.of(Roles.EMPLOYEE));
          a.setEmail(email);
          a.setLanguage(language);
          a.setActive(active);
          return new AccountRepository(em).save(a).getId();
        });
  }
}
