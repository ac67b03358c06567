package org.contenthub.web.challenge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.contenthub.web.calendar.CalendarService;
import org.contenthub.web.calendar.SlotView;
import org.contenthub.web.challenge.ChallengeRepository.Participant;
import org.contenthub.web.challenge.ChallengeRules.Standing;
import org.contenthub.web.challenge.ChallengeRules.Totals;
import org.contenthub.web.challenge.ChallengeService.MailFacts;
import org.contenthub.web.newsletter.Block;
import org.contenthub.web.newsletter.NewsletterService;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.Messages;
import org.contenthub.web.platform.TimeAgo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weekly challenge mail ("we looked ahead, and back at the results"): while a challenge runs,
 * on {@code hub.challenge.mail.day} at {@code hub.challenge.mail.time} (Dutch time) its
 * participants get a mail with the posts planned in the content calendar for the coming seven days
 * and the standings so far (the top of the leaderboard and the totals), plus a line of their own on
 * their growth and place. It is a newsletter to the challenge's list, one per language of the
 * participants, so it goes through the same queue, throttle, unsubscribe and bounce handling as
 * every newsletter, marked as automatic mail. Every instance looks every {@code
 * hub.challenge.mail.check-seconds}; the unique (challenge, week, language) of the newsletter makes
 * one per week, however many try.
 */
@ApplicationScoped
public class ChallengeMails {

  private static final Logger LOG = Logger.getLogger(ChallengeMails.class.getName());

  /** How many of the leaderboard's top the mail and the results show. */
  static final int TOP = 5;

  @Inject
  @ConfigProperty(name = "hub.challenge.mail.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "hub.challenge.mail.day", defaultValue = "MONDAY")
  String day;

  @Inject
  @ConfigProperty(name = "hub.challenge.mail.time", defaultValue = "08:00")
  String time;

  @Inject
  @ConfigProperty(name = "hub.challenge.mail.check-seconds", defaultValue = "60")
  int intervalSeconds;

  @Inject ChallengeService challenges;
  @Inject NewsletterService newsletters;
  @Inject CalendarService calendar;
  @Inject HubSettings settings;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (enabled) {
      // fail at start on a misspelt day or time rather than silently never sending
      dayOfWeek();
      localTime();
      int interval = Math.max(1, intervalSeconds);
      task =
          scheduler.scheduleWithFixedDelay(
              this::sendDue, 2L * interval, interval, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void sendDue() {
    try {
      ZonedDateTime now = Instant.now().atZone(TimeAgo.ZONE);
      for (long id : challenges.runningIds()) {
        try {
          Optional<MailFacts> facts = challenges.mailFacts(id);
          Optional<Integer> week =
              facts.flatMap(
                  f ->
                      ChallengeRules.mailWeek(
                          f.challenge().getStartDate(),
                          f.challenge().getWeeks(),
                          now,
                          dayOfWeek(),
                          localTime()));
          if (week.isPresent() && !unsentLanguages(id, week.get(), facts.get()).isEmpty()) {
            send(id, week.get());
          }
        } catch (RuntimeException e) {
          // another instance may have composed it first (the unique key), or the database is away
          LOG.log(
              Level.WARNING,
              "Weekly mail of challenge " + id + " not sent now; looking again later: " + e);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for weekly challenge mails failed; trying again", e);
    }
  }

  /** This week's mail now (a communicator's "send it now"); 409 if it went out already. */
  @Transactional
  public List<Long> sendNow(long id) {
    MailFacts facts =
        challenges
            .mailFacts(id)
            .orElseThrow(
                () ->
                    new ClientErrorException(
                        "The weekly mail goes out while the challenge runs.",
                        Response.Status.CONFLICT));
    if (!facts.participants().isEmpty() && unsentLanguages(id, facts.week(), facts).isEmpty()) {
      throw new ClientErrorException(
          "This week's challenge mail has been sent already.", Response.Status.CONFLICT);
    }
    return send(id, facts.week());
  }

  /**
   * One newsletter per language of the participants: in the caller's transaction when there is one
   * ({@link #sendNow}), otherwise each language in its own.
   */
  @Transactional
  List<Long> send(long id, int week) {
    MailFacts facts = challenges.mailFacts(id).orElseThrow();
    if (facts.participants().isEmpty()) {
      throw new ClientErrorException(
          "The challenge has no participants to write to yet.", Response.Status.CONFLICT);
    }
    if (facts.challenge().getListId() == null) {
      throw new ClientErrorException(
          "The challenge's mailing list was removed; there is nothing to send the mail to.",
          Response.Status.CONFLICT);
    }
    Instant now = Instant.now();
    List<SlotView> planned = calendar.between(now, now.plus(Duration.ofDays(7)));
    Map<Long, Standing> byAccount = new LinkedHashMap<>();
    facts.standings().forEach(s -> byAccount.put(s.accountId(), s));
    Totals totals = ChallengeRules.totals(facts.standings());
    List<Long> ids = new ArrayList<>();
    for (String language : unsentLanguages(id, week, facts)) {
      Messages t = Messages.of(Messages.supported(language));
      Map<String, String> notes = new LinkedHashMap<>();
      for (Participant p : facts.participants()) {
        if (p.email() != null
            && !p.email().isBlank()
            && Messages.supported(p.language()).getLanguage().equals(language)) {
          notes.put(
              p.email().strip().toLowerCase(Locale.ROOT),
              note(byAccount.get(p.accountId()), totals, t));
        }
      }
      ids.add(
          newsletters.sendChallengeMail(
              id,
              week,
              facts.challenge().getListId(),
              letter(facts, week, planned, totals, t),
              language,
              notes));
    }
    return ids;
  }

  /**
   * The participants' languages without this week's mail yet. On the timer each language's mail
   * commits on its own, so one that failed is tried again on the next look, and only that one.
   */
  private List<String> unsentLanguages(long id, int week, MailFacts facts) {
    return ChallengeService.languages(facts.participants()).stream()
        .filter(language -> !newsletters.challengeMailSent(id, week, language))
        .toList();
  }

  private NewsletterService.Letter letter(
      MailFacts facts, int week, List<SlotView> planned, Totals totals, Messages t) {
    Challenge c = facts.challenge();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.heading(t.t("challenge.mail.heading", c.getTitle(), week, c.getWeeks())));
    blocks.add(Block.text(t.t("challenge.mail.intro")));
    blocks.add(Block.heading(t.t("challenge.mail.planned")));
    List<String> lines = new ArrayList<>();
    for (SlotView s : planned) {
      if (s.title() == null) {
        continue; // open slots are for ideas, not posts to share
      }
      ZonedDateTime at = s.startsAt().atZoneSameInstant(TimeAgo.ZONE);
      lines.add(
          t.t("calendar.day." + at.getDayOfWeek().getValue())
              + " "
              + TimeAgo.date(at.toInstant(), t)
              + " "
              + at.toLocalTime()
              + " · "
              + t.t("channel." + s.channel())
              + " · "
              + s.title());
    }
    blocks.add(
        Block.text(
            lines.isEmpty() ? t.t("challenge.mail.nothing-planned") : String.join("\n\n", lines)));
    planned.stream()
        .filter(s -> s.itemId() != null)
        .limit(3)
        .forEach(s -> blocks.add(Block.item(s.itemId())));
    blocks.add(Block.divider());
    blocks.add(Block.heading(t.t("challenge.mail.results")));
    List<String> results = new ArrayList<>();
    results.add(
        t.t(
            "challenge.results.totals",
            totals.participants(),
            totals.reporting(),
            ChallengeService.signed(totals.growth()),
            ChallengeService.percent(totals.percent(), t)));
    for (Standing s : facts.standings()) {
      if (s.rank() != null && s.rank() <= TOP) {
        results.add(
            t.t(
                "challenge.results.line",
                s.rank(),
                s.name(),
                ChallengeService.signed(s.growth().absolute()),
                ChallengeService.percent(s.growth().percent(), t)));
      }
    }
    blocks.add(Block.text(String.join("\n\n", results)));
    blocks.add(
        Block.button(
            t.t("challenge.mail.report"), settings.baseUrl() + "/challenges/" + c.getId()));
    return new NewsletterService.Letter(
        t.t("challenge.mail.subject", c.getTitle(), week, c.getWeeks()),
        t.t("challenge.mail.preheader"),
        blocks);
  }

  /** The reader's own line: growth, place and points, or a nudge to report. */
  private static String note(Standing s, Totals totals, Messages t) {
    if (s == null || s.rank() == null) {
      return t.t("challenge.mail.note-none");
    }
    return t.t(
        "challenge.mail.note",
        ChallengeService.signed(s.growth().absolute()),
        ChallengeService.percent(s.growth().percent(), t),
        s.rank(),
        totals.reporting(),
        s.points());
  }

  private DayOfWeek dayOfWeek() {
    return DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT));
  }

  private LocalTime localTime() {
    return LocalTime.parse(time.strip());
  }
}
