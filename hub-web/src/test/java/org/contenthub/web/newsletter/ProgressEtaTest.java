package org.contenthub.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a send is done: at its pace, and later when the relay's daily limit holds the rest. */
class ProgressEtaTest {

  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  @Test
  void withoutADailyLimitThePaceDecides() {
    assertThat(NewsletterService.eta(NOW, 600, 60, Optional.empty(), new RelayLimits(60, 0)))
        .isEqualTo(DeliveryQueue.at(NOW.plus(Duration.ofMinutes(10))));
  }

  @Test
  void whatFitsInTodaysLimitIsDoneAtThePace() {
    assertThat(NewsletterService.eta(NOW, 600, 60, Optional.empty(), new RelayLimits(60, 10_000)))
        .isEqualTo(DeliveryQueue.at(NOW.plus(Duration.ofMinutes(10))));
  }

  @Test
  void aSpentLimitWaitsForTheWindowAndEachFurtherDayOfIt() {
    Instant reopens = NOW.plus(Duration.ofHours(5));
    // 25,000 left at 10,000 a day: two more full days after the window reopens, then 5,000.
    assertThat(
            NewsletterService.eta(
                NOW, 25_000, 1000, Optional.of(reopens), new RelayLimits(1000, 10_000)))
        .isEqualTo(DeliveryQueue.at(reopens.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(5))));
  }
}
