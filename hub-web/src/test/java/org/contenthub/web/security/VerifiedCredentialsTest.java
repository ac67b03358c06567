package org.contenthub.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  @Test
  void remembersOnlyTheRightPasswordForTheStoredHashAndOnlyForAWhile() {
    MutableClock clock = new MutableClock();
    VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);
    verified.remember("eva", "geheim", "hash-1");

    assertThat(verified.known("eva", "geheim", "hash-1")).isTrue();
    assertThat(verified.known("eva", "fout", "hash-1")).isFalse();
    assertThat(verified.known("sanne", "geheim", "hash-1")).isFalse();
    assertThat(verified.known("eva", "geheim", "hash-2")).as("after a password change").isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(6));
    assertThat(verified.known("eva", "geheim", "hash-1")).as("expired").isFalse();
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
