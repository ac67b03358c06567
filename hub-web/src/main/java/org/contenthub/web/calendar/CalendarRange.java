package org.contenthub.web.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.contenthub.web.platform.FieldProblem;
import org.contenthub.web.platform.TimeAgo;

/**
 * A period of the calendar from query parameters: ISO dates (midnight, Dutch time) or date-times
 * with offset; without them, the current week from Monday.
 */
record CalendarRange(Instant from, Instant to) {

  static CalendarRange parse(String from, String to) {
    LocalDate monday =
        LocalDate.now(TimeAgo.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant start = from == null || from.isBlank() ? midnight(monday) : instant("from", from);
    Instant end =
        to == null || to.isBlank()
            ? start
                .atZone(TimeAgo.ZONE)
                .toLocalDate()
                .plusDays(7)
                .atStartOfDay(TimeAgo.ZONE)
                .toInstant()
            : instant("to", to);
    return new CalendarRange(start, end);
  }

  static Instant midnight(LocalDate day) {
    return day.atStartOfDay(TimeAgo.ZONE).toInstant();
  }

  private static Instant instant(String field, String value) {
    String text = value.strip();
    try {
      return text.length() <= 10
          ? midnight(LocalDate.parse(text))
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new FieldProblem(field, "must be a date (2026-03-02) or a date-time with offset");
    }
  }
}
