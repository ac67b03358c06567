package org.contenthub.web.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClickBufferTest {

  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final ClickBuffer buffer =
      new ClickBuffer(clock, day -> ("salt-" + day).getBytes(), 10, 1.0);

  @Test
  void aVisitorsRepeatsWithinHalfAnHourCountOnce() {
    assertThat(buffer.record(1, "192.0.2.1", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);
    clock.advance(Duration.ofMinutes(29));
    assertThat(buffer.record(1, "192.0.2.1", BROWSER)).isEqualTo(ClickBuffer.Outcome.REPEAT);
    assertThat(buffer.record(2, "192.0.2.1", BROWSER))
        .as("another link is another click")
        .isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(buffer.record(1, "192.0.2.1", BROWSER + " other"))
        .as("another browser on the same address is another visitor")
        .isEqualTo(ClickBuffer.Outcome.HUMAN);
    clock.advance(Duration.ofMinutes(2));
    assertThat(buffer.record(1, "192.0.2.1", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);

    ClickBuffer.Batch batch = buffer.drain();
    assertThat(batch.visits()).hasSize(4);
    assertThat(batch.botClicks()).isEmpty();
    assertThat(buffer.drain().isEmpty()).as("drained").isTrue();
  }

  @Test
  void botsAreCountedApartAndEveryFetchCounts() {
    buffer.record(7, "192.0.2.9", "LinkedInBot/1.0");
    buffer.record(7, "192.0.2.9", "LinkedInBot/1.0");
    buffer.record(7, "192.0.2.10", "Slackbot-LinkExpanding 1.0");
    ClickBuffer.Batch batch = buffer.drain();
    assertThat(batch.visits()).isEmpty();
    assertThat(batch.botClicks())
        .isEqualTo(Map.of(new ClickBuffer.BotKey(7, LocalDate.of(2026, 11, 23)), 3L));
  }

  @Test
  void noAddressIsKeptOnlyHashes() {
    buffer.record(1, "192.0.2.77", BROWSER);
    ClickBuffer.Visit visit = buffer.drain().visits().get(0);
    assertThat(visit.visitorHash()).matches("[0-9a-f]{64}").doesNotContain("192");
    String tomorrow =
        ClickBuffer.hash(("salt-" + LocalDate.of(2026, 11, 24)).getBytes(), "visitor", "x");
    String today =
        ClickBuffer.hash(("salt-" + LocalDate.of(2026, 11, 23)).getBytes(), "visitor", "x");
    assertThat(today).as("the salt rotates daily").isNotEqualTo(tomorrow);
  }

  @Test
  void aFloodFromOneAddressStopsCountingWithoutLosingOthers() {
    int counted = 0;
    for (int i = 0; i < 1000; i++) {
      if (buffer.record(1, "198.51.100.66", "LinkedInBot " + i) != ClickBuffer.Outcome.LIMITED) {
        counted++;
      }
    }
    assertThat(counted).as("the bucket's burst").isEqualTo(10);
    assertThat(buffer.record(1, "192.0.2.1", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(buffer.record(1, "192.0.2.2", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);
    clock.advance(Duration.ofSeconds(3));
    assertThat(buffer.record(1, "198.51.100.66", BROWSER))
        .as("the address earns its counting back")
        .isEqualTo(ClickBuffer.Outcome.HUMAN);
    ClickBuffer.Batch batch = buffer.drain();
    assertThat(batch.visits()).hasSize(3);
    assertThat(batch.botClicks().values()).containsExactly(10L);
  }

  @Test
  void aRestoredBatchIsNotLostAndPruningForgetsOldVisitors() {
    buffer.record(1, "192.0.2.1", BROWSER);
    buffer.record(1, "192.0.2.2", "Twitterbot/1.0");
    ClickBuffer.Batch batch = buffer.drain();
    buffer.restore(batch);
    ClickBuffer.Batch again = buffer.drain();
    assertThat(again.visits()).isEqualTo(batch.visits());
    assertThat(again.botClicks()).isEqualTo(batch.botClicks());

    assertThat(buffer.rememberedVisitors()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(31));
    buffer.prune();
    assertThat(buffer.rememberedVisitors()).isZero();
  }

  @Test
  void beyondItsMemoryTheBufferLeavesRepeatsToTheDatabase() {
    ClickBuffer small = new ClickBuffer(clock, day -> new byte[] {1}, 1000, 1, 2);
    small.record(1, "192.0.2.1", BROWSER + " a");
    small.record(1, "192.0.2.1", BROWSER + " b");
    assertThat(small.record(1, "192.0.2.1", BROWSER + " a"))
        .as("remembered visitors are still recognised")
        .isEqualTo(ClickBuffer.Outcome.REPEAT);
    assertThat(small.record(1, "192.0.2.1", BROWSER + " c")).isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(small.record(1, "192.0.2.1", BROWSER + " c"))
        .as("not remembered: passed on, the flush asks the database")
        .isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(small.rememberedVisitors()).isEqualTo(2);
    assertThat(small.drain().visits()).hasSize(4);
  }

  @Test
  void aFullBacklogDropsFurtherVisitsCountingThemUntilTheFlushMakesRoom() {
    ClickBuffer capped = new ClickBuffer(clock, day -> new byte[] {1}, 1_000_000, 1, 1_000, 3);
    for (int i = 0; i < 5; i++) {
      assertThat(capped.record(9, "10.1.0." + i, BROWSER))
          .isEqualTo(i < 3 ? ClickBuffer.Outcome.HUMAN : ClickBuffer.Outcome.DROPPED);
    }
    assertThat(capped.takeDropped()).isEqualTo(2);
    assertThat(capped.takeDropped()).isZero();
    ClickBuffer.Batch batch = capped.drain(2);
    assertThat(batch.visits()).hasSize(2);
    assertThat(capped.record(9, "10.1.0.9", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(capped.record(9, "10.1.0.10", BROWSER)).isEqualTo(ClickBuffer.Outcome.HUMAN);
    assertThat(capped.record(9, "10.1.0.11", BROWSER)).isEqualTo(ClickBuffer.Outcome.DROPPED);
    capped.restore(batch); // a refused write comes back even over the cap: nothing counted is lost
    assertThat(capped.drain().visits()).hasSize(5);
  }

  @Test
  void aBacklogIsTakenInBoundedBatchesWithoutLosingAVisit() {
    ClickBuffer wide = new ClickBuffer(clock, day -> new byte[] {1}, 1_000_000, 1);
    for (int i = 0; i < 2_500; i++) {
      wide.record(7, "10.0." + (i / 250) + "." + (i % 250), "Firefox " + i);
    }
    assertThat(wide.drain(1_000).visits()).hasSize(1_000);
    assertThat(wide.drain(1_000).visits()).hasSize(1_000);
    assertThat(wide.drain(1_000).visits()).hasSize(500);
    assertThat(wide.drain(1_000).isEmpty()).isTrue();
  }

  @Test
  void concurrentClicksAreCountedExactly() throws Exception {
    ClickBuffer wide = new ClickBuffer(clock, day -> new byte[] {1}, 1_000_000, 1000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 1000; i++) {
                    wide.record(1, "192.0.2.1", BROWSER + " " + thread + "-" + i);
                    wide.record(1, "192.0.2.1", "Twitterbot");
                  }
                }));
      }
      long visits = 0;
      long bots = 0;
      while (!work.stream().allMatch(Future::isDone)) {
        ClickBuffer.Batch batch = wide.drain();
        visits += batch.visits().size();
        bots += batch.botClicks().values().stream().mapToLong(Long::longValue).sum();
      }
      for (Future<?> f : work) {
        f.get();
      }
      ClickBuffer.Batch last = wide.drain();
      visits += last.visits().size();
      bots += last.botClicks().values().stream().mapToLong(Long::longValue).sum();
      assertThat(visits).isEqualTo(8000);
      assertThat(bots).isEqualTo(8000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
