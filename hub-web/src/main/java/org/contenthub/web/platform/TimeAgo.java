package org.contenthub.web.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** "5 minutes ago", "3 days ago", or a date once it is older than a month. */
public final class TimeAgo {

  /** The organisation's time zone for dates shown to people. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private TimeAgo() {}

  public static String format(Instant when, Instant now, Messages messages) {
    Duration age = Duration.between(when, now);
    if (age.isNegative() || age.toMinutes() < 1) {
      return messages.t("time.now");
    }
    if (age.toHours() < 1) {
      return messages.t("time.minutes", age.toMinutes());
    }
    if (age.toDays() < 1) {
      return messages.t("time.hours", age.toHours());
    }
    if (age.toDays() < 31) {
      return messages.t("time.days", age.toDays());
    }
    return date(when, messages);
  }

  public static String date(Instant when, Messages messages) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(messages.locale())
        .format(when.atZone(ZONE));
  }
}
