package org.contenthub.web.analytics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.contenthub.web.platform.FieldProblem;

/** A date range, both days included (UTC): the last 30 days unless {@code from}/{@code to}. */
public record Period(LocalDate from, LocalDate to) {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 3660;

  public static Period of(String from, String to) {
    LocalDate end = parse("to", to, LocalDate.now(ZoneOffset.UTC));
    LocalDate start = parse("from", from, end.minusDays(DEFAULT_DAYS - 1));
    if (start.isAfter(end)) {
      throw new FieldProblem("from", "must be on or before to (" + end + ")");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new FieldProblem("from", "a range covers at most " + MAX_DAYS + " days");
    }
    return new Period(start, end);
  }

  private static LocalDate parse(String field, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new FieldProblem(field, "must be a date like 2026-01-31");
    }
  }
}
