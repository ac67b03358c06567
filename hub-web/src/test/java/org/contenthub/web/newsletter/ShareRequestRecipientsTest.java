package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.contenthub.web.TestDatabases.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.contenthub.web.TestDatabases;
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
 * A share request's mails on both databases: the hub's own list from migration V11, each language's
 * mail to exactly the people asked who read it, unsubscribed people skipped, once per item.
 */
class ShareRequestRecipientsTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void eachLanguagesMailGoesToThoseAskedWhoReadItOncePerItem(TestDatabases database) {
    DataSource dataSource = database.migratedDataSource();
    EntityManagerFactory factory = TestDatabases.factoryOn(dataSource);
    long anna = account(factory, "anna", "Anna@Polderlicht.example", "nl", Roles.EMPLOYEE);
    long erik = account(factory, "erik", "erik@polderlicht.example", "en", Roles.EMPLOYEE);
    long gast = account(factory, "gast", "gast@extern.example", "nl", Roles.EXTERNAL_AMBASSADOR);
    long weg = account(factory, "weg", "weg@polderlicht.example", "nl", Roles.EMPLOYEE);
    account(factory, "niet", "niet@polderlicht.example", "nl", Roles.EMPLOYEE); // not asked
    long item =
        inTransaction(
            factory,
            em ->
                new ItemRepository(em)
                    .save(
                        new Item(ItemType.STORY, "Zonnepanelen", Channel.parse("blog"), "nl", null))
                    .getId());

    Map<String, Long> mails =
        inTransaction(
            factory,
            em -> {
              NewsletterRepository r = new NewsletterRepository(em);
              MailingList list = r.shareRequestList();
              assertThat(list.getKind()).isEqualTo(ListKind.SHARE_REQUESTS);
              assertThat(r.lists()).as("not offered to composers").doesNotContain(list);
              r.unsubscribe(list.getId(), "weg@polderlicht.example");
              r.saveShareRecipients(item, List.of(anna, erik, gast, weg));
              r.saveShareRecipients(item, List.of(anna)); // again: no double
              Map<String, Long> ids = new HashMap<>();
              for (String language : List.of("nl", "en")) {
                Newsletter n = new Newsletter(null);
                n.setShareItemId(item);
                n.setLanguage(language);
                n.setSubject("Deel dit");
                n.setBlocks(Blocks.toJson(List.of(Block.text("Deel dit"))));
                n.setListIds(Set.of(list.getId()));
                r.save(n);
                r.startSending(n.getId(), NewsletterStatus.DRAFT);
                r.materialise(n.getId(), List.of(list));
                ids.put(language, n.getId());
              }
              assertThat(r.hasShareRequest(item)).isTrue();
              return ids;
            });

    assertThat(statuses(factory, mails.get("nl")))
        .containsOnly(
            Map.entry("anna@polderlicht.example", "QUEUED"),
            Map.entry("gast@extern.example", "QUEUED"), // an invited guest is asked too
            Map.entry("weg@polderlicht.example", "SKIPPED"));
    assertThat(statuses(factory, mails.get("en")))
        .containsOnly(Map.entry("erik@polderlicht.example", "QUEUED"));

    assertThatThrownBy(
            () ->
                inTransaction(
                    factory,
                    em -> {
                      Newsletter again = new Newsletter(null);
                      again.setShareItemId(item);
                      again.setLanguage("nl");
                      again.setSubject("Nog een keer");
                      again.setBlocks("[]");
                      return new NewsletterRepository(em).save(again);
                    }))
        .as("one share request per item and language")
        .isInstanceOf(RuntimeException.class);
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
      EntityManagerFactory factory, String username, String email, String language, String role) {
    return inTransaction(
        factory,
        em -> {
          Account a = new Account(username, username, "hash", Set.of(role));
          a.setEmail(email);
          a.setLanguage(language);
          return new AccountRepository(em).save(a).getId();
        });
  }
}
