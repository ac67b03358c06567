package org.contenthub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  @Test
  void remembersOnlyTheRightPasswordAndOnlyForAWhile() {
    MutableClock clock = new MutableClock();
    VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1), clock);
    Account eva = new Account("eva", "Eva", "hash", Set.of(Roles.EDITOR));
    verified.remember("eva", "geheim", eva);

    assertThat(verified.lookup("eva", "geheim")).containsSame(eva);
    assertThat(verified.lookup("eva", "fout")).isEmpty();
    assertThat(verified.lookup("sanne", "geheim")).isEmpty();
    clock.now = clock.now.plus(Duration.ofSeconds(61));
    assertThat(verified.lookup("eva", "geheim")).as("expired").isEmpty();

    verified.remember("eva", "geheim", eva);
    verified.forget("eva");
    assertThat(verified.lookup("eva", "geheim")).as("forgotten").isEmpty();
  }

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
