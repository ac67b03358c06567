package org.contenthub.web.challenge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a challenge in one place, free of any framework: its weeks, growth, the ranking,
 * points and badges.
 *
 * <ul>
 *   <li>Weeks: week {@code n} is the seven days from {@code start + 7 (n - 1)}; the challenge runs
 *       from its start date to the end of its last week, then it is over.
 *   <li>Growth, per network a person reported: their latest count minus their first (the baseline),
 *       summed over the networks; the percentage is of the summed baselines (none when the baseline
 *       is 0).
 *   <li>Ranking: by absolute growth; a tie goes to the larger percentage (the same number of new
 *       contacts is more work for a smaller network), then to the one who reported more weeks.
 *       People equal on all three share their place (1, 2, 2, 4). Who has not reported yet has no
 *       place.
 *   <li>Points reward taking part, not only growing: {@value #POINTS_PER_REPORT} per week reported,
 *       {@value #POINTS_PER_SHARE} per share of a hub item during the challenge (at most {@value
 *       #MAX_SHARES_COUNTED} shares count, so sharing in bulk does not pay), {@value
 *       #POINTS_GROWTH_BONUS} for growing {@value #GROWTH_BADGE_PERCENT} % or more.
 *   <li>Badges: a first report, every week reported (from the second week on), {@value
 *       #GROWTH_BADGE_PERCENT} % growth, ambassador ({@value #AMBASSADOR_SHARES} shares or more),
 *       winner (first place when the challenge is announced).
 * </ul>
 */
public final class ChallengeRules {

  public static final int MIN_WEEKS = 1;
  public static final int MAX_WEEKS = 12;
  public static final int DEFAULT_WEEKS = 5;

  /** More contacts than any real person has; a typo, not a network. */
  public static final int MAX_CONTACTS = 10_000_000;

  public static final int POINTS_PER_REPORT = 10;
  public static final int POINTS_PER_SHARE = 5;
  public static final int MAX_SHARES_COUNTED = 20;
  public static final int POINTS_GROWTH_BONUS = 25;
  public static final int GROWTH_BADGE_PERCENT = 10;
  public static final int AMBASSADOR_SHARES = 3;

  private ChallengeRules() {}

  /** Where a challenge stands on a day. */
  public enum Phase {
    UPCOMING,
    RUNNING,
    OVER,
    ANNOUNCED
  }

  public enum Badge {
    FIRST_REPORT,
    EVERY_WEEK,
    GROWTH_10,
    AMBASSADOR,
    WINNER
  }

  // --- weeks

  /** The challenge week {@code day} falls in: 1 for the first; 0 or less before, above after. */
  public static int weekOf(LocalDate start, LocalDate day) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, day), 7) + 1;
  }

  public static LocalDate weekStart(LocalDate start, int week) {
    return start.plusWeeks(week - 1L);
  }

  /** The last day of the challenge. */
  public static LocalDate lastDay(LocalDate start, int weeks) {
    return start.plusWeeks(weeks).minusDays(1);
  }

  /** The whole weeks from {@code start} through {@code end} (both included), rounded up. */
  public static int weeksThrough(LocalDate start, LocalDate end) {
    return (int) ((ChronoUnit.DAYS.between(start, end) + 7) / 7);
  }

  /**
   * The challenge week whose weekly mail is due at {@code now}: the mail goes out on {@code day} at
   * {@code time} (Dutch time) of each calendar week, for the challenge week that moment falls in;
   * empty before that moment and for moments outside the challenge. Late (after a restart) it is
   * still due until the next calendar week.
   */
  public static java.util.Optional<Integer> mailWeek(
      LocalDate start,
      int weeks,
      java.time.ZonedDateTime now,
      java.time.DayOfWeek day,
      java.time.LocalTime time) {
    java.time.ZonedDateTime due =
        now.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
            .with(time);
    int week = weekOf(start, due.toLocalDate());
    return now.isBefore(due) || week < 1 || week > weeks
        ? java.util.Optional.empty()
        : java.util.Optional.of(week);
  }

  public static Phase phase(LocalDate start, int weeks, LocalDate today, boolean announced) {
    if (announced) {
      return Phase.ANNOUNCED;
    }
    int week = weekOf(start, today);
    return week < 1 ? Phase.UPCOMING : week <= weeks ? Phase.RUNNING : Phase.OVER;
  }

  /** The weeks that have begun (0 before the start, all of them once it is over). */
  public static int weeksSoFar(LocalDate start, int weeks, LocalDate today) {
    return Math.max(0, Math.min(weeks, weekOf(start, today)));
  }

  // --- growth

  /** One network's count in one week. */
  public record Report(int week, String network, int contacts) {}

  /** Growth over the networks reported; {@code percent} is null when the baseline is 0. */
  public record Growth(long baseline, long latest, long absolute, Double percent) {
    public static final Growth NONE = new Growth(0, 0, 0, null);
  }

  public static Growth growth(List<Report> reports) {
    Map<String, Report> first = new HashMap<>();
    Map<String, Report> last = new HashMap<>();
    for (Report r : reports) {
      first.merge(r.network(), r, (a, b) -> b.week() < a.week() ? b : a);
      last.merge(r.network(), r, (a, b) -> b.week() > a.week() ? b : a);
    }
    if (first.isEmpty()) {
      return Growth.NONE;
    }
    long baseline = first.values().stream().mapToLong(Report::contacts).sum();
    long latest = last.values().stream().mapToLong(Report::contacts).sum();
    long absolute = latest - baseline;
    return new Growth(baseline, latest, absolute, percent(absolute, baseline));
  }

  static Double percent(long absolute, long baseline) {
    return baseline == 0 ? null : Math.round(absolute * 1000.0 / baseline) / 10.0;
  }

  // --- ranking, points, badges

  /** A participant with what they reported and how often they shared during the challenge. */
  public record Entry(long accountId, String name, List<Report> reports, int shares) {}

  /** A participant's place ({@code rank} null: nothing reported yet). */
  public record Standing(
      Integer rank,
      long accountId,
      String name,
      Growth growth,
      int weeksReported,
      int shares,
      int points,
      Set<Badge> badges) {}

  public record Totals(int participants, int reporting, long growth, Double percent) {}

  /**
   * The leaderboard: ranked participants first (see the class comment), then those who have not
   * reported, by name.
   */
  public static List<Standing> rank(List<Entry> entries, int weeksSoFar, boolean announced) {
    record Scored(Entry entry, Growth growth, int weeks) {}
    List<Scored> scored = new ArrayList<>();
    for (Entry e : entries) {
      scored.add(
          new Scored(
              e,
              growth(e.reports()),
              new TreeSet<>(e.reports().stream().map(Report::week).toList()).size()));
    }
    Comparator<Scored> place =
        Comparator.<Scored>comparingLong(s -> s.growth().absolute())
            .thenComparingDouble(
                s -> s.growth().percent() == null ? Double.NEGATIVE_INFINITY : s.growth().percent())
            .thenComparingInt(Scored::weeks)
            .reversed();
    scored.sort(
        Comparator.<Scored, Boolean>comparing(s -> s.weeks() == 0)
            .thenComparing(place)
            .thenComparing(s -> s.entry().name(), String.CASE_INSENSITIVE_ORDER));
    List<Standing> standings = new ArrayList<>();
    Scored previous = null;
    int rank = 0;
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      Integer position = null;
      if (s.weeks() > 0) {
        if (previous == null || place.compare(previous, s) != 0) {
          rank = i + 1;
        }
        position = rank;
        previous = s;
      }
      Set<Badge> badges =
          badges(
              s.entry().reports(),
              s.growth(),
              s.entry().shares(),
              weeksSoFar,
              announced && position != null && position == 1);
      standings.add(
          new Standing(
              position,
              s.entry().accountId(),
              s.entry().name(),
              s.growth(),
              s.weeks(),
              s.entry().shares(),
              points(s.weeks(), s.entry().shares(), s.growth()),
              badges));
    }
    return standings;
  }

  public static int points(int weeksReported, int shares, Growth growth) {
    return weeksReported * POINTS_PER_REPORT
        + Math.min(shares, MAX_SHARES_COUNTED) * POINTS_PER_SHARE
        + (grewEnough(growth) ? POINTS_GROWTH_BONUS : 0);
  }

  public static Set<Badge> badges(
      List<Report> reports, Growth growth, int shares, int weeksSoFar, boolean winner) {
    Set<Badge> badges = EnumSet.noneOf(Badge.class);
    Set<Integer> weeks = new TreeSet<>(reports.stream().map(Report::week).toList());
    if (!weeks.isEmpty()) {
      badges.add(Badge.FIRST_REPORT);
    }
    if (weeksSoFar >= 2
        && java.util.stream.IntStream.rangeClosed(1, weeksSoFar).allMatch(weeks::contains)) {
      badges.add(Badge.EVERY_WEEK);
    }
    if (grewEnough(growth)) {
      badges.add(Badge.GROWTH_10);
    }
    if (shares >= AMBASSADOR_SHARES) {
      badges.add(Badge.AMBASSADOR);
    }
    if (winner) {
      badges.add(Badge.WINNER);
    }
    return badges;
  }

  private static boolean grewEnough(Growth growth) {
    return growth.percent() != null && growth.percent() >= GROWTH_BADGE_PERCENT;
  }

  public static Totals totals(List<Standing> standings) {
    long baseline = 0;
    long growth = 0;
    int reporting = 0;
    for (Standing s : standings) {
      if (s.weeksReported() > 0) {
        reporting++;
        baseline += s.growth().baseline();
        growth += s.growth().absolute();
      }
    }
    return new Totals(standings.size(), reporting, growth, percent(growth, baseline));
  }
}
