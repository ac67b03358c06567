package org.contenthub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.contenthub.web.platform.Messages;
import org.junit.jupiter.api.Test;

/** The feed as a calendar app reads it: parsed back with ical4j's own parser. */
class CalendarIcsTest {

  @Test
  void everySlotIsAnEventWithAStableUidAndItsChannel() throws Exception {
    OffsetDateTime nine = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    List<SlotView> slots =
        List.of(
            new SlotView(
                7,
                nine,
                "linkedin",
                "Klantcase Houten; met “citaat”, komma",
                "Foto van Daan",
                "planned",
                "eva",
                "Eva Bakker",
                null,
                null,
                null,
                null,
                null,
                0),
            new SlotView(
                8,
                nine.plusDays(1),
                "internal",
                null,
                null,
                "open",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0));
    String ics =
        CalendarIcs.of(
            slots,
            "https://hub.polderlicht.example",
            "Contentkalender Polderlicht",
            Messages.of(Locale.forLanguageTag("nl")));

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    assertThat(calendar.<Property>getProperty("X-WR-CALNAME").map(Property::getValue))
        .contains("Contentkalender Polderlicht");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(2);
    VEvent first = events.get(0);
    assertThat(first.getUid().map(Property::getValue)).contains("slot-7@hub.polderlicht.example");
    assertThat(first.getSummary().getValue())
        .isEqualTo("[LinkedIn] Klantcase Houten; met “citaat”, komma");
    assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(nine.toInstant());
    assertThat(first.<Property>getProperty("DURATION").map(Property::getValue)).contains("PT30M");
    assertThat(first.getDescription().getValue())
        .contains("Gepland", "Eva Bakker", "Foto van Daan");
    assertThat(events.get(1).getSummary().getValue())
        .isEqualTo("[Intern verhaal] Open plek: heb je een idee?");
  }
}
