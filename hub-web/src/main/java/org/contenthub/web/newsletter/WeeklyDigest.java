package org.contenthub.web.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.contenthub.web.items.Item;
import org.contenthub.web.platform.HubSettings;
import org.contenthub.web.platform.TimeAgo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weekly "new on the hub" digest: at the configured day and time (Dutch time) it composes
 * itself from the week's most liked items and goes to the first everyone-list, as a draft that a
 * communicator approves by sending it, or straight out when {@code hub.newsletter.digest.auto-send}
 * is on. The unique {@code digest_week} makes one per week, however many instances try.
 */
@ApplicationScoped
public class WeeklyDigest {

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest.day", defaultValue = "MONDAY")
  String day;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest.time", defaultValue = "08:00")
  String time;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest.auto-send", defaultValue = "false")
  boolean autoSend;

  @Inject
  @ConfigProperty(name = "hub.newsletter.digest.items", defaultValue = "6")
  int itemCount;

  @Inject NewsletterRepository repository;
  @Inject NewsletterRenderer renderer;
  @Inject NewsletterService newsletters;
  @Inject HubSettings settings;

  /**
   * After a due check that found nothing to compose (no everyone-list, nothing new yet), the next
   * one waits this long: the check runs every few seconds and reads the week's items.
   */
  static final Duration NOTHING_TO_COMPOSE_PAUSE = Duration.ofMinutes(10);

  private volatile Instant quietUntil = Instant.MIN;

  /** The moment this week's digest is due, in the week of {@code now} (Dutch time). */
  static ZonedDateTime dueInWeekOf(ZonedDateTime now, DayOfWeek day, LocalTime time) {
    return now.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .with(TemporalAdjusters.nextOrSame(day))
        .with(time);
  }

  static String isoWeek(ZonedDateTime when) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        when.get(IsoFields.WEEK_BASED_YEAR),
        when.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Composes this week's digest if it is due and not there yet; called every few seconds. */
  @Transactional
  public Optional<Long> composeIfDue(Instant now) {
    if (!enabled) {
      return Optional.empty();
    }
    ZonedDateTime here = now.atZone(TimeAgo.ZONE);
    ZonedDateTime due =
        dueInWeekOf(
            here,
            DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)),
            LocalTime.parse(time.strip()));
    if (here.isBefore(due) || now.isBefore(quietUntil) || repository.hasDigest(isoWeek(here))) {
      return Optional.empty();
    }
    Optional<Long> composed = compose(now);
    if (composed.isEmpty()) {
      quietUntil = now.plus(NOTHING_TO_COMPOSE_PAUSE);
    }
    return composed;
  }

  /**
   * This week's digest now (a communicator's "compose it now"): empty when there is no list for
   * everyone, nothing new this week, or this week's digest exists already.
   */
  @Transactional
  public Optional<Long> compose(Instant now) {
    String week = isoWeek(now.atZone(TimeAgo.ZONE));
    Optional<MailingList> everyone =
        repository.lists().stream().filter(l -> l.getKind() == ListKind.EVERYONE).findFirst();
    if (everyone.isEmpty() || repository.hasDigest(week)) {
      return Optional.empty();
    }
    List<Item> top = renderer.topItemsSince(now.minus(Duration.ofDays(7)), itemCount);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    NewsletterInput input = new NewsletterInput();
    input.subject = "Nieuw op de hub — week " + week.substring(week.indexOf('W') + 1);
    input.preheader = top.get(0).getTitle();
    input.language = "nl";
    input.listIds = List.of(everyone.get().getId());
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.heading("Het meest gewaardeerd deze week"));
    top.forEach(item -> blocks.add(Block.item(item.getId())));
    blocks.add(Block.button("Meer op de hub", settings.baseUrl() + "/"));
    input.blocks = blocks;
    long id = newsletters.createDigest(input, week);
    if (autoSend) {
      newsletters.send(id, null);
    }
    return Optional.of(id);
  }
}
