package org.contenthub.web.calendar;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.contenthub.web.platform.Messages;

/**
 * The calendar as iCalendar (RFC 5545) with ical4j, for Outlook and other calendar apps: one event
 * of half an hour per slot, its channel in the summary, stable UIDs so updates replace events.
 */
final class CalendarIcs {

  private static final Duration LENGTH = Duration.ofMinutes(30);

  private CalendarIcs() {}

  static String of(List<SlotView> slots, String baseUrl, String calendarName, Messages t) {
    String host =
        URI.create(baseUrl).getHost() == null ? "contenthub.local" : URI.create(baseUrl).getHost();
    Calendar calendar =
        new Calendar()
            .withProdId(
                "-//Content Hub//Content calendar//" + t.language().toUpperCase(Locale.ROOT))
            .withDefaults()
            .withProperty(new XProperty("X-WR-CALNAME", calendarName))
            .getFluentTarget();
    for (SlotView slot : slots) {
      String channel = t.t("channel." + slot.channel());
      String what = slot.title() == null ? t.t("calendar.open-slot") : slot.title();
      VEvent event = new VEvent(slot.startsAt().toInstant(), LENGTH, "[" + channel + "] " + what);
      event.add(new Uid("slot-" + slot.id() + "@" + host));
      StringBuilder description = new StringBuilder(t.t("calendar.state." + slot.state()));
      if (slot.ownerName() != null) {
        description.append(" · ").append(slot.ownerName());
      }
      if (slot.note() != null) {
        description.append("\n").append(slot.note());
      }
      event.add(new Description(description.toString()));
      event.add(new Url(URI.create(baseUrl + "/calendar")));
      calendar.add(event);
    }
    return calendar.toString();
  }
}
