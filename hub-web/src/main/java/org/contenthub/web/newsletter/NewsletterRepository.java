package org.contenthub.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lists, members, newsletters and the set-based side of deliveries (materialising, counting,
 * listing). Recipients are selected and inserted by one {@code INSERT … SELECT}, so a list of
 * 100,000 never passes through the hub's memory.
 */
@ApplicationScoped
public class NewsletterRepository {

  @PersistenceContext(unitName = "hub")
  EntityManager em;

  protected NewsletterRepository() {}

  /** For tests outside the container. */
  public NewsletterRepository(EntityManager em) {
    this.em = em;
  }

  // --- lists

  public MailingList save(MailingList list) {
    em.persist(list);
    em.flush();
    return list;
  }

  public Optional<MailingList> findList(long id) {
    return Optional.ofNullable(em.find(MailingList.class, id));
  }

  /** The lists composers send to (the hub's own share request list is not one of them). */
  public List<MailingList> lists() {
    return em.createQuery(
            "select l from MailingList l where l.kind <> :system order by l.name",
            MailingList.class)
        .setParameter("system", ListKind.SHARE_REQUESTS)
        .getResultList();
  }

  /** The hub's own list behind share requests (made by the migration V11). */
  public MailingList shareRequestList() {
    return em.createQuery("select l from MailingList l where l.kind = :system", MailingList.class)
        .setParameter("system", ListKind.SHARE_REQUESTS)
        .getSingleResult();
  }

  /** Adds a member unless the address is on the list already; true when added. */
  public boolean addMember(long listId, String email, String name, String language) {
    return em.createNativeQuery(
                "insert into mailing_list_member (list_id, email, display_name, language, added_at)"
                    + " select ?, ?, ?, ?, ? where not exists (select 1 from mailing_list_member"
                    + " where list_id = ? and email = ?)")
            .setParameter(1, listId)
            .setParameter(2, email)
            .setParameter(3, name)
            .setParameter(4, language)
            .setParameter(5, DeliveryQueue.at(Instant.now()))
            .setParameter(6, listId)
            .setParameter(7, email)
            .executeUpdate()
        == 1;
  }

  public boolean removeMember(long listId, String email) {
    return em.createNativeQuery("delete from mailing_list_member where list_id = ? and email = ?")
            .setParameter(1, listId)
            .setParameter(2, email)
            .executeUpdate()
        == 1;
  }

  /** How many people a list reaches right now (unsubscribed ones not counted). */
  public long memberCount(MailingList list) {
    Recipients r = Recipients.of(list);
    Query q = em.createNativeQuery("select count(*) from (" + r.sql() + ") m where m.unsub = 0");
    bind(q, r.params(), 1);
    return ((Number) q.getSingleResult()).longValue();
  }

  /** A page of a list's members: address, name. */
  @SuppressWarnings("unchecked")
  public List<Object[]> members(MailingList list, int offset, int limit) {
    Recipients r = Recipients.of(list);
    Query q =
        em.createNativeQuery(
            "select m.email, m.display_name, m.unsub from (" + r.sql() + ") m order by m.email");
    bind(q, r.params(), 1);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** The lists an address is on, with whether it unsubscribed from each. */
  @SuppressWarnings("unchecked")
  public List<Object[]> listsOf(String email, String department, Collection<String> roles) {
    List<Object[]> found = new ArrayList<>();
    List<MailingList> all = new ArrayList<>(lists());
    all.add(shareRequestList());
    for (MailingList list : all) {
      boolean member =
          switch (list.getKind()) {
            case SHARE_REQUESTS ->
                roles.contains("EMPLOYEE") || roles.contains("EXTERNAL_AMBASSADOR");
            case EVERYONE -> roles.contains("EMPLOYEE");
            case DEPARTMENT -> list.getCriterion().equalsIgnoreCase(String.valueOf(department));
            case ROLE -> roles.contains(list.getCriterion());
            case CUSTOM ->
                !em.createNativeQuery(
                        "select 1 from mailing_list_member where list_id = ? and email = ?")
                    .setParameter(1, list.getId())
                    .setParameter(2, email)
                    .getResultList()
                    .isEmpty();
            case CHALLENGE_PARTICIPANTS ->
                !em.createNativeQuery(
                        "select 1 from challenge_participant p join account a on a.id = p.account_id"
                            + " where p.challenge_id = ? and lower(a.email) = ?")
                    .setParameter(1, Long.parseLong(list.getCriterion()))
                    .setParameter(2, email)
                    .getResultList()
                    .isEmpty();
          };
      if (member) {
        found.add(new Object[] {list, isUnsubscribed(list.getId(), email)});
      }
    }
    return found;
  }

  // --- subscriptions and suppression

  public boolean isUnsubscribed(long listId, String email) {
    return !em.createNativeQuery(
            "select 1 from list_unsubscription where list_id = ? and email = ?")
        .setParameter(1, listId)
        .setParameter(2, email)
        .getResultList()
        .isEmpty();
  }

  public void unsubscribe(long listId, String email) {
    em.createNativeQuery(
            "insert into list_unsubscription (list_id, email, at) select ?, ?, ?"
                + " where not exists (select 1 from list_unsubscription where list_id = ? and email = ?)")
        .setParameter(1, listId)
        .setParameter(2, email)
        .setParameter(3, DeliveryQueue.at(Instant.now()))
        .setParameter(4, listId)
        .setParameter(5, email)
        .executeUpdate();
  }

  public void resubscribe(long listId, String email) {
    em.createNativeQuery("delete from list_unsubscription where list_id = ? and email = ?")
        .setParameter(1, listId)
        .setParameter(2, email)
        .executeUpdate();
  }

  /** Counts a hard bounce; the address is suppressed once it reached {@code limit}. */
  public void recordHardBounce(String email, String reason, int limit) {
    Instant now = Instant.now();
    int updated =
        em.createNativeQuery(
                "update mail_suppression set hard_bounces = hard_bounces + 1, reason = ?,"
                    + " updated_at = ?, suppressed = (hard_bounces + 1 >= ?) where email = ?")
            .setParameter(1, reason)
            .setParameter(2, DeliveryQueue.at(now))
            .setParameter(3, limit)
            .setParameter(4, email)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into mail_suppression (email, hard_bounces, suppressed, reason, updated_at)"
                  + " values (?, 1, ?, ?, ?)")
          .setParameter(1, email)
          .setParameter(2, limit <= 1)
          .setParameter(3, reason)
          .setParameter(4, DeliveryQueue.at(now))
          .executeUpdate();
    }
  }

  /** The delivery with this Message-ID bounced after the relay had accepted it. */
  public void markBounced(String messageId, String detail) {
    em.createNativeQuery(
            "update delivery set status = 'BOUNCED', last_error = ? where message_id = ?"
                + " and status = 'SENT'")
        .setParameter(1, detail)
        .setParameter(2, messageId)
        .executeUpdate();
  }

  public boolean isSuppressed(String email) {
    return !em.createNativeQuery(
            "select 1 from mail_suppression where email = ? and suppressed = true")
        .setParameter(1, email)
        .getResultList()
        .isEmpty();
  }

  // --- newsletters

  public Newsletter save(Newsletter newsletter) {
    em.persist(newsletter);
    em.flush();
    return newsletter;
  }

  public Optional<Newsletter> findNewsletter(long id) {
    return Optional.ofNullable(em.find(Newsletter.class, id));
  }

  public List<Newsletter> newsletters(int offset, int limit) {
    return em.createQuery(
            "select n from Newsletter n order by n.createdAt desc, n.id desc", Newsletter.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long newsletterCount() {
    return em.createQuery("select count(n) from Newsletter n", Long.class).getSingleResult();
  }

  /** Sent newsletters, newest first, for the archive everyone may read (no share requests). */
  public List<Newsletter> sent(int limit) {
    return em.createQuery(
            "select n from Newsletter n where n.status = :sent and n.shareItemId is null"
                + " and n.challengeId is null order by n.finishedAt desc",
            Newsletter.class)
        .setParameter("sent", NewsletterStatus.SENT)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Whether the challenge exists, for a list of its participants. */
  public boolean challengeExists(long challengeId) {
    return !em.createNativeQuery("select 1 from challenge where id = ?")
        .setParameter(1, challengeId)
        .getResultList()
        .isEmpty();
  }

  public boolean hasChallengeMail(long challengeId, int week, String language) {
    return !em.createQuery(
            "select n.id from Newsletter n where n.challengeId = :challenge"
                + " and n.challengeWeek = :week and n.language = :language",
            Long.class)
        .setParameter("challenge", challengeId)
        .setParameter("week", week)
        .setParameter("language", language)
        .getResultList()
        .isEmpty();
  }

  /** A line the newsletter carries for one recipient alone. */
  public void saveNote(long newsletterId, String email, String note) {
    em.createNativeQuery(
            "insert into newsletter_note (newsletter_id, email, note) values (?, ?, ?)")
        .setParameter(1, newsletterId)
        .setParameter(2, email)
        .setParameter(3, note)
        .executeUpdate();
  }

  /**
   * The line for one recipient. Workers build mails outside any transaction, and an entity manager
   * used there without one is closed under them; this read brings its own.
   */
  @jakarta.transaction.Transactional
  public Optional<String> note(long newsletterId, String email) {
    @SuppressWarnings("unchecked")
    List<Object> notes =
        em.createNativeQuery(
                "select note from newsletter_note where newsletter_id = ? and email = ?")
            .setParameter(1, newsletterId)
            .setParameter(2, email)
            .getResultList();
    return notes.stream().findFirst().map(String.class::cast);
  }

  public boolean hasDigest(String week) {
    return !em.createQuery("select n.id from Newsletter n where n.digestWeek = :week", Long.class)
        .setParameter("week", week)
        .getResultList()
        .isEmpty();
  }

  // --- share requests

  public boolean hasShareRequest(long itemId) {
    return !em.createQuery("select n.id from Newsletter n where n.shareItemId = :item", Long.class)
        .setParameter("item", itemId)
        .getResultList()
        .isEmpty();
  }

  /** Records who is asked to share the item; the mails' recipients are read from it. */
  public void saveShareRecipients(long itemId, Collection<Long> accountIds) {
    for (Long accountId : accountIds) {
      em.createNativeQuery(
              "insert into share_request_recipient (item_id, account_id) select ?, ?"
                  + " where not exists (select 1 from share_request_recipient"
                  + " where item_id = ? and account_id = ?)")
          .setParameter(1, itemId)
          .setParameter(2, accountId)
          .setParameter(3, itemId)
          .setParameter(4, accountId)
          .executeUpdate();
    }
  }

  /** Scheduled newsletters whose time has come. */
  public List<Long> due(Instant now) {
    return em.createQuery(
            "select n.id from Newsletter n where n.status = :scheduled and n.sendAt <= :now",
            Long.class)
        .setParameter("scheduled", NewsletterStatus.SCHEDULED)
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * Moves the newsletter from {@code from} to sending in one conditional update: of several
   * instances (or a double click) exactly one wins, and only the winner materialises deliveries.
   */
  public boolean startSending(long id, NewsletterStatus from) {
    return em.createNativeQuery(
                "update newsletter set status = 'SENDING', started_at = ?, version = version + 1"
                    + " where id = ? and status = ?")
            .setParameter(1, DeliveryQueue.at(Instant.now()))
            .setParameter(2, id)
            .setParameter(3, from.name())
            .executeUpdate()
        == 1;
  }

  /**
   * One delivery per distinct address of the lists, in one statement; addresses that unsubscribed
   * from every list they are on, or that bounced for good, are recorded as skipped.
   */
  public int materialise(long newsletterId, List<MailingList> lists) {
    return materialise(newsletterId, lists, null);
  }

  /**
   * As {@link #materialise(long, List)}, but only to the recipients of the lists who read {@code
   * language} (an account without a language reads Dutch): the weekly challenge mail is one
   * newsletter per language of the participants.
   */
  public int materialise(long newsletterId, List<MailingList> lists, String language) {
    StringBuilder union = new StringBuilder();
    List<Object> params = new ArrayList<>();
    params.add(newsletterId);
    for (MailingList list : lists) {
      Recipients r =
          list.getKind() == ListKind.SHARE_REQUESTS
              ? Recipients.askedToShare(list, newsletterId)
              : Recipients.of(list);
      if (language != null) {
        r = r.inLanguage(language);
      }
      if (!union.isEmpty()) {
        union.append(" union all ");
      }
      union.append(r.sql());
      params.addAll(r.params());
    }
    Query insert =
        em.createNativeQuery(
            "insert into delivery (newsletter_id, email, display_name, language, status,"
                + " attempts, last_error) select cast(? as bigint), r.email, min(r.display_name),"
                + " min(r.language), case when min(r.unsub) = 1 then 'SKIPPED' else 'QUEUED' end,"
                + " 0, case when min(r.unsub) = 1 then 'unsubscribed' else null end"
                + " from ("
                + union
                + ") r group by r.email");
    bind(insert, params, 1);
    int count = insert.executeUpdate();
    em.createNativeQuery(
            "update delivery set status = 'SKIPPED', last_error = 'suppressed after bounces'"
                + " where newsletter_id = ? and status = 'QUEUED' and email in"
                + " (select email from mail_suppression where suppressed = true)")
        .setParameter(1, newsletterId)
        .executeUpdate();
    em.createNativeQuery(
            "update delivery set measured = true where newsletter_id = ? and status = 'QUEUED'"
                + " and email in ("
                + CONSENTING
                + ")")
        .setParameter(1, newsletterId)
        .executeUpdate();
    em.createNativeQuery("update newsletter set recipients = ? where id = ?")
        .setParameter(1, count)
        .setParameter(2, newsletterId)
        .executeUpdate();
    return count;
  }

  // --- tracked links

  /** Numbers the newsletter's links once, when it starts sending. */
  public void saveLinks(long newsletterId, List<String> urls) {
    for (int i = 0; i < urls.size(); i++) {
      em.createNativeQuery(
              "insert into newsletter_link (newsletter_id, position, url) values (?, ?, ?)")
          .setParameter(1, newsletterId)
          .setParameter(2, i)
          .setParameter(3, urls.get(i))
          .executeUpdate();
    }
  }

  /** The newsletter's links in order: position, address, human clicks, bot clicks. */
  @SuppressWarnings("unchecked")
  public List<Object[]> links(long newsletterId) {
    return em.createNativeQuery(
            "select position, url, clicks, bot_clicks from newsletter_link"
                + " where newsletter_id = ? order by position")
        .setParameter(1, newsletterId)
        .getResultList();
  }

  /** Counts a click atomically, so instances counting at once lose none. */
  public Optional<String> click(long newsletterId, int position, boolean bot) {
    @SuppressWarnings("unchecked")
    List<Object> url =
        em.createNativeQuery(
                "select url from newsletter_link where newsletter_id = ? and position = ?")
            .setParameter(1, newsletterId)
            .setParameter(2, position)
            .getResultList();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "update newsletter_link set "
                + (bot ? "bot_clicks = bot_clicks + 1" : "clicks = clicks + 1")
                + " where newsletter_id = ? and position = ?")
        .setParameter(1, newsletterId)
        .setParameter(2, position)
        .executeUpdate();
    return Optional.of((String) url.get(0));
  }

  /** The addresses of the active colleagues who consent to measurement right now. */
  private static final String CONSENTING =
      "select lower(a.email) from account a where a.active = true"
          + " and a.measurement_consent = true and a.email is not null";

  /**
   * A click by a reader whose mail was made for measurement, counted as theirs if they still
   * consent; returns whether it was.
   */
  public boolean readerClicked(long newsletterId, long deliveryId, Instant at) {
    return em.createNativeQuery(
                "update delivery set reader_clicks = reader_clicks + 1,"
                    + " first_clicked_at = coalesce(first_clicked_at, ?)"
                    + " where id = ? and newsletter_id = ? and measured = true and email in ("
                    + CONSENTING
                    + ")")
            .setParameter(1, DeliveryQueue.at(at))
            .setParameter(2, deliveryId)
            .setParameter(3, newsletterId)
            .executeUpdate()
        == 1;
  }

  /**
   * The newsletters a consenting reader clicked in: subject, when it was sent to them, their clicks
   * and the first one.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> readerClicksOf(String email) {
    return em.createNativeQuery(
            "select n.subject, d.sent_at, d.reader_clicks, d.first_clicked_at from delivery d"
                + " join newsletter n on n.id = d.newsletter_id"
                + " where d.email = ? and d.reader_clicks > 0 order by d.sent_at desc")
        .setParameter(1, email.toLowerCase(java.util.Locale.ROOT))
        .getResultList();
  }

  /** Forgets which newsletter links the reader clicked; the anonymous counts stay. */
  public int forgetReaderClicks(String email) {
    return em.createNativeQuery(
            "update delivery set reader_clicks = 0, first_clicked_at = null, measured = false"
                + " where email = ? and (measured = true or reader_clicks > 0)")
        .setParameter(1, email.toLowerCase(java.util.Locale.ROOT))
        .executeUpdate();
  }

  /** Open deliveries become skipped: the newsletter was cancelled. */
  public int skipOpen(long newsletterId, String reason) {
    return em.createNativeQuery(
            "update delivery set status = 'SKIPPED', last_error = ?, claim_token = null"
                + " where newsletter_id = ? and status in ('QUEUED', 'RETRY')")
        .setParameter(1, reason)
        .setParameter(2, newsletterId)
        .executeUpdate();
  }

  public Map<DeliveryStatus, Long> countsByStatus(long newsletterId) {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus s : DeliveryStatus.values()) {
      counts.put(s, 0L);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select status, count(*) from delivery where newsletter_id = ? group by status")
            .setParameter(1, newsletterId)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(DeliveryStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  public long sentSince(long newsletterId, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from delivery where newsletter_id = ? and status = 'SENT'"
                        + " and sent_at >= ?")
                .setParameter(1, newsletterId)
                .setParameter(2, DeliveryQueue.at(since))
                .getSingleResult())
        .longValue();
  }

  /** A page of deliveries: id, email, status, attempts, sent at, last error. */
  @SuppressWarnings("unchecked")
  public List<Object[]> deliveries(
      long newsletterId, DeliveryStatus status, int offset, int limit) {
    Query q =
        em.createNativeQuery(
            "select id, email, status, attempts, sent_at, last_error,"
                + " case when measured = true and email in ("
                + CONSENTING
                + ") then reader_clicks end from delivery"
                + " where newsletter_id = ?"
                + (status == null ? "" : " and status = ?")
                + " order by id");
    q.setParameter(1, newsletterId);
    if (status != null) {
      q.setParameter(2, status.name());
    }
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long deliveryCount(long newsletterId, DeliveryStatus status) {
    Query q =
        em.createNativeQuery(
            "select count(*) from delivery where newsletter_id = ?"
                + (status == null ? "" : " and status = ?"));
    q.setParameter(1, newsletterId);
    if (status != null) {
      q.setParameter(2, status.name());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** The newsletter and address of a delivery, for unsubscribe links. */
  public Optional<Object[]> delivery(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select newsletter_id, email from delivery where id = ?")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst();
  }

  private static void bind(Query q, List<Object> params, int first) {
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(first + i, params.get(i));
    }
  }

  /** The SQL that selects a list's recipients: {@code email, display_name, language, unsub}. */
  record Recipients(String sql, List<Object> params) {

    static Recipients of(MailingList list) {
      long id = list.getId();
      String unsub =
          "case when exists (select 1 from list_unsubscription u where u.list_id = ?"
              + " and u.email = %s) then 1 else 0 end as unsub";
      if (list.getKind() == ListKind.CUSTOM) {
        return new Recipients(
            "select m.email as email, m.display_name as display_name, m.language as language, "
                + unsub.formatted("m.email")
                + " from mailing_list_member m where m.list_id = ?",
            List.of(id, id));
      }
      String base =
          "select lower(a.email) as email, a.display_name as display_name,"
              + " a.language as language, "
              + unsub.formatted("lower(a.email)")
              + " from account a where a.active = true and a.email is not null and a.email <> ''";
      return switch (list.getKind()) {
        case EVERYONE ->
            new Recipients(
                base
                    + " and exists (select 1 from account_role r where r.account_id = a.id"
                    + " and r.role = 'EMPLOYEE')",
                List.of(id));
        case DEPARTMENT ->
            new Recipients(
                base + " and lower(a.department) = ?",
                List.of(id, list.getCriterion().toLowerCase(Locale.ROOT)));
        case ROLE ->
            new Recipients(
                base
                    + " and exists (select 1 from account_role r where r.account_id = a.id"
                    + " and r.role = ?)",
                List.of(id, list.getCriterion()));
        case SHARE_REQUESTS -> new Recipients(base + MAY_BE_ASKED, List.of(id));
        case CHALLENGE_PARTICIPANTS ->
            new Recipients(
                base
                    + " and exists (select 1 from challenge_participant p"
                    + " where p.account_id = a.id and p.challenge_id = ?)",
                List.of(id, Long.parseLong(list.getCriterion())));
        case CUSTOM -> throw new IllegalStateException();
      };
    }

    /** Only those who read {@code language} (an account without one reads Dutch). */
    Recipients inLanguage(String language) {
      List<Object> more = new ArrayList<>(params);
      more.add(language);
      return sql.contains(" from mailing_list_member m ")
          ? new Recipients(sql + " and coalesce(m.language, 'nl') = ?", more)
          : new Recipients(sql + " and coalesce(a.language, 'nl') = ?", more);
    }

    /**
     * The recipients of one share request mail: those asked for its item who read its language (an
     * account without a language reads Dutch, the hub's first language).
     */
    static Recipients askedToShare(MailingList list, long newsletterId) {
      Recipients all = of(list);
      return new Recipients(
          all.sql()
              + " and exists (select 1 from share_request_recipient s join newsletter n"
              + " on n.share_item_id = s.item_id where n.id = ? and s.account_id = a.id"
              + " and coalesce(a.language, 'nl') = n.language)",
          List.of(list.getId(), newsletterId));
    }

    private static final String MAY_BE_ASKED =
        " and exists (select 1 from account_role r where r.account_id = a.id"
            + " and r.role in ('EMPLOYEE', 'EXTERNAL_AMBASSADOR'))";
  }
}
