package org.contenthub.web.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.contenthub.web.challenge.ChallengeRules.Badge;
import org.contenthub.web.challenge.ChallengeRules.Entry;
import org.contenthub.web.challenge.ChallengeRules.Growth;
import org.contenthub.web.challenge.ChallengeRules.Phase;
import org.contenthub.web.challenge.ChallengeRules.Report;
import org.contenthub.web.challenge.ChallengeRules.Standing;
import org.junit.jupiter.api.Test;

/** The rules of a challenge against hand-worked examples. */
class ChallengeRulesTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  // a Wednesday, so challenge weeks do not coincide with calendar weeks
  private static final LocalDate START = LocalDate.of(2026, 12, 2);

  @Test
  void weeksAreSevenDaysFromTheFirstDay() {
    assertThat(ChallengeRules.weekOf(START, START.minusDays(1))).isZero();
    assertThat(ChallengeRules.weekOf(START, START.minusDays(8))).isEqualTo(-1);
    assertThat(ChallengeRules.weekOf(START, START)).isEqualTo(1);
    assertThat(ChallengeRules.weekOf(START, START.plusDays(6))).isEqualTo(1);
    assertThat(ChallengeRules.weekOf(START, START.plusDays(7))).isEqualTo(2);
    assertThat(ChallengeRules.weekStart(START, 3)).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(ChallengeRules.lastDay(START, 5)).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(ChallengeRules.weeksThrough(START, START.plusDays(6))).isEqualTo(1);
    assertThat(ChallengeRules.weeksThrough(START, START.plusDays(7))).isEqualTo(2);
    assertThat(ChallengeRules.weeksThrough(START, LocalDate.of(2027, 1, 5))).isEqualTo(5);
  }

  @Test
  void phasesAndWeeksSoFar() {
    assertThat(ChallengeRules.phase(START, 5, START.minusDays(1), false)).isEqualTo(Phase.UPCOMING);
    assertThat(ChallengeRules.phase(START, 5, START, false)).isEqualTo(Phase.RUNNING);
    assertThat(ChallengeRules.phase(START, 5, LocalDate.of(2027, 1, 5), false))
        .isEqualTo(Phase.RUNNING);
    assertThat(ChallengeRules.phase(START, 5, LocalDate.of(2027, 1, 6), false))
        .isEqualTo(Phase.OVER);
    assertThat(ChallengeRules.phase(START, 5, START, true)).isEqualTo(Phase.ANNOUNCED);
    assertThat(ChallengeRules.weeksSoFar(START, 5, START.minusDays(3))).isZero();
    assertThat(ChallengeRules.weeksSoFar(START, 5, START.plusDays(15))).isEqualTo(3);
    assertThat(ChallengeRules.weeksSoFar(START, 5, START.plusYears(1))).isEqualTo(5);
  }

  @Test
  void theWeeklyMailIsDueOnItsDayForTheChallengeWeekThatMomentFallsIn() {
    DayOfWeek monday = DayOfWeek.MONDAY;
    LocalTime eight = LocalTime.of(8, 0);
    // Monday 30 Nov is before the start: nothing that calendar week
    assertThat(ChallengeRules.mailWeek(START, 5, at(2026, 12, 4, 12), monday, eight)).isEmpty();
    // Monday 7 Dec is in week 1: due from 08:00, still due later that calendar week
    assertThat(ChallengeRules.mailWeek(START, 5, at(2026, 12, 7, 7), monday, eight)).isEmpty();
    assertThat(ChallengeRules.mailWeek(START, 5, at(2026, 12, 7, 8), monday, eight)).contains(1);
    assertThat(ChallengeRules.mailWeek(START, 5, at(2026, 12, 10, 9), monday, eight)).contains(1);
    assertThat(ChallengeRules.mailWeek(START, 5, at(2026, 12, 14, 9), monday, eight)).contains(2);
    // Monday 4 Jan is in week 5, the last; Monday 11 Jan is after the end
    assertThat(ChallengeRules.mailWeek(START, 5, at(2027, 1, 4, 9), monday, eight)).contains(5);
    assertThat(ChallengeRules.mailWeek(START, 5, at(2027, 1, 11, 9), monday, eight)).isEmpty();
    // another day: Friday 4 Dec 16:00 is in week 1
    assertThat(
            ChallengeRules.mailWeek(
                START, 5, at(2026, 12, 4, 16), DayOfWeek.FRIDAY, LocalTime.of(16, 0)))
        .contains(1);
  }

  @Test
  void growthIsLatestMinusFirstPerNetworkSummed() {
    Growth g =
        ChallengeRules.growth(
            List.of(
                new Report(2, "linkedin", 420),
                new Report(1, "linkedin", 400),
                new Report(3, "linkedin", 450),
                new Report(2, "x", 100), // x first reported in week 2: its own baseline
                new Report(3, "x", 90)));
    assertThat(g.baseline()).isEqualTo(500);
    assertThat(g.latest()).isEqualTo(540);
    assertThat(g.absolute()).isEqualTo(40);
    assertThat(g.percent()).isEqualTo(8.0);
    assertThat(ChallengeRules.growth(List.of(new Report(1, "x", 0), new Report(2, "x", 12))))
        .isEqualTo(new Growth(0, 12, 12, null));
    assertThat(ChallengeRules.growth(List.of())).isEqualTo(Growth.NONE);
    assertThat(ChallengeRules.growth(List.of(new Report(1, "x", 300))).absolute()).isZero();
  }

  @Test
  void rankingByGrowthThenPercentThenWeeksWithSharedPlaces() {
    List<Standing> board =
        ChallengeRules.rank(
            List.of(
                entry(1, "Anna", 0, report(1, 1000), report(3, 1050)), // +50, 5 %
                entry(2, "Bram", 0, report(1, 200), report(2, 220), report(3, 250)), // +50, 25 %
                entry(3, "Cees", 0, report(1, 100), report(2, 180)), // +80, 80 %
                entry(4, "Dirk", 0), // nothing reported
                entry(5, "Els", 0, report(1, 200), report(2, 230), report(3, 250)), // as Bram
                entry(6, "Fien", 0, report(2, 200), report(3, 250)), // as Bram, one week less
                entry(7, "Gijs", 0, report(1, 500), report(3, 480))), // shrank
            3,
            false);
    assertThat(board)
        .extracting(Standing::name)
        .containsExactly("Cees", "Bram", "Els", "Fien", "Anna", "Gijs", "Dirk");
    assertThat(board).extracting(Standing::rank).containsExactly(1, 2, 2, 4, 5, 6, null);
    assertThat(board.get(5).growth().absolute()).isEqualTo(-20);
  }

  @Test
  void pointsRewardReportingSharingAndGrowth() {
    Growth small = new Growth(1000, 1050, 50, 5.0);
    Growth big = new Growth(100, 120, 20, 20.0);
    assertThat(ChallengeRules.points(0, 0, Growth.NONE)).isZero();
    assertThat(ChallengeRules.points(3, 0, small)).isEqualTo(30);
    assertThat(ChallengeRules.points(3, 2, small)).isEqualTo(40);
    assertThat(ChallengeRules.points(3, 200, small)).as("at most 20 shares count").isEqualTo(130);
    assertThat(ChallengeRules.points(1, 0, big)).isEqualTo(10 + 25);
  }

  @Test
  void badges() {
    List<Report> everyWeek = List.of(report(1, 100), report(2, 105), report(3, 111));
    assertThat(ChallengeRules.badges(everyWeek, ChallengeRules.growth(everyWeek), 3, 3, false))
        .containsExactlyInAnyOrder(
            Badge.FIRST_REPORT, Badge.EVERY_WEEK, Badge.GROWTH_10, Badge.AMBASSADOR);
    List<Report> missedOne = List.of(report(1, 100), report(3, 105));
    assertThat(ChallengeRules.badges(missedOne, ChallengeRules.growth(missedOne), 2, 3, false))
        .containsExactly(Badge.FIRST_REPORT);
    assertThat(ChallengeRules.badges(List.of(report(1, 100)), Growth.NONE, 0, 1, false))
        .as("every week only from the second week on")
        .containsExactly(Badge.FIRST_REPORT);
    assertThat(ChallengeRules.badges(List.of(), Growth.NONE, 0, 3, false)).isEmpty();

    List<Standing> announced =
        ChallengeRules.rank(
            List.of(
                entry(1, "Anna", 0, report(1, 100), report(2, 110)),
                entry(2, "Bram", 0, report(1, 100), report(2, 110)),
                entry(3, "Cees", 0, report(1, 100), report(2, 101))),
            2,
            true);
    assertThat(announced.get(0).badges()).contains(Badge.WINNER);
    assertThat(announced.get(1).badges()).as("a tie for first: both win").contains(Badge.WINNER);
    assertThat(announced.get(2).badges()).doesNotContain(Badge.WINNER);
  }

  @Test
  void totalsCountEveryoneButAddUpOnlyWhoReported() {
    List<Standing> board =
        ChallengeRules.rank(
            List.of(
                entry(1, "Anna", 0, report(1, 1000), report(2, 1050)),
                entry(2, "Bram", 0, report(1, 1000), report(2, 1050)),
                entry(3, "Cees", 0)),
            2,
            false);
    ChallengeRules.Totals totals = ChallengeRules.totals(board);
    assertThat(totals.participants()).isEqualTo(3);
    assertThat(totals.reporting()).isEqualTo(2);
    assertThat(totals.growth()).isEqualTo(100);
    assertThat(totals.percent()).isEqualTo(5.0);
    assertThat(board.get(0).points()).isEqualTo(20);
    assertThat(board.get(0).badges()).isEqualTo(Set.of(Badge.FIRST_REPORT, Badge.EVERY_WEEK));
  }

  private static Report report(int week, int linkedin) {
    return new Report(week, "linkedin", linkedin);
  }

  private static Entry entry(long id, String name, int shares, Report... reports) {
    return new Entry(id, name, List.of(reports), shares);
  }

  private static ZonedDateTime at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).atZone(AMSTERDAM);
  }
}
