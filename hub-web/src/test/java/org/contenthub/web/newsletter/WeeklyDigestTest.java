package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When the weekly digest is due, and which week it belongs to, in Dutch time. */
class WeeklyDigestTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void dueOnTheConfiguredDayOfTheCurrentIsoWeek() {
    // Wednesday 25 November 2026: Monday's digest was due two days ago, Friday's is still to come
    ZonedDateTime wednesday = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, AMSTERDAM);
    assertThat(WeeklyDigest.dueInWeekOf(wednesday, DayOfWeek.MONDAY, LocalTime.of(8, 0)))
        .isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, AMSTERDAM));
    assertThat(WeeklyDigest.dueInWeekOf(wednesday, DayOfWeek.FRIDAY, LocalTime.of(16, 30)))
        .isEqualTo(ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, AMSTERDAM));
    // a Sunday belongs to the week that began on the Monday before
    ZonedDateTime sunday = ZonedDateTime.of(2026, 11, 29, 23, 0, 0, 0, AMSTERDAM);
    assertThat(WeeklyDigest.dueInWeekOf(sunday, DayOfWeek.MONDAY, LocalTime.of(8, 0)))
        .isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, AMSTERDAM));
    assertThat(WeeklyDigest.isoWeek(sunday)).isEqualTo("2026-W48");
    // the last days of December can belong to week 1 of the next year
    assertThat(WeeklyDigest.isoWeek(ZonedDateTime.of(2026, 12, 31, 12, 0, 0, 0, AMSTERDAM)))
        .isEqualTo("2026-W53");
    assertThat(WeeklyDigest.isoWeek(ZonedDateTime.of(2025, 12, 30, 12, 0, 0, 0, AMSTERDAM)))
        .isEqualTo("2026-W01");
  }
}
