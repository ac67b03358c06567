package org.contenthub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** Time that moves only when a limiter sleeps (or the test says so). */
  static final class FakeTicker implements RateLimiter.Ticker {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Long> sleeps = Collections.synchronizedList(new ArrayList<>());
    volatile boolean sleepingMovesTime = true;

    @Override
    public long nanoTime() {
      return now.get();
    }

    @Override
    public void sleepNanos(long nanos) {
      sleeps.add(nanos);
      if (!sleepingMovesTime) {
        return;
      }
      long wakeUp = now.get() + nanos;
      now.accumulateAndGet(wakeUp, Math::max);
    }

    void advance(Duration d) {
      now.addAndGet(d.toNanos());
    }
  }

  final FakeTicker ticker = new FakeTicker();

  @Test
  void exchangeOnlineRateSpreadsThirtyPerMinuteEvenly() throws Exception {
    RateLimiter limiter = new RateLimiter(30, Duration.ofMinutes(1), 1, ticker);
    long start = ticker.nanoTime();
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      waits.add(limiter.acquire());
    }
    assertThat(waits.get(0)).isZero();
    assertThat(waits.subList(1, 31)).containsOnly(Duration.ofSeconds(2));
    // 31 messages take 60 s: exactly 30 a minute after the first.
    assertThat(Duration.ofNanos(ticker.nanoTime() - start)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void sesSandboxAllowsOnePerSecond() throws Exception {
    RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1), 1, ticker);
    limiter.acquire();
    assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
    ticker.advance(Duration.ofMillis(400));
    assertThat(limiter.acquire()).isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void burstIsSavedUpWhileIdleButNoMore() throws Exception {
    RateLimiter limiter = new RateLimiter(60, Duration.ofMinutes(1), 3, ticker);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire()).isZero();
    }
    assertThat(limiter.tryAcquire()).isFalse();
    assertThat(limiter.timeUntilAvailable()).isEqualTo(Duration.ofSeconds(1));

    ticker.advance(Duration.ofHours(1)); // idle for long: still only 3 saved up
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire()).isTrue();
    }
    assertThat(limiter.tryAcquire()).isFalse();
    assertThat(limiter.acquire()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void concurrentWorkersEachGetTheirOwnSlot() throws Exception {
    RateLimiter limiter = new RateLimiter(60, Duration.ofMinutes(1), 1, ticker);
    ticker.sleepingMovesTime = false; // else a worker's sleep would shift the next one's slot
    int workers = 4;
    CyclicBarrier together = new CyclicBarrier(workers);
    List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(workers);
    AtomicInteger errors = new AtomicInteger();
    for (int i = 0; i < workers; i++) {
      new Thread(
              () -> {
                try {
                  together.await();
                  waits.add(limiter.acquire());
                } catch (Exception e) {
                  errors.incrementAndGet();
                } finally {
                  done.countDown();
                }
              })
          .start();
    }
    done.await();
    assertThat(errors).hasValue(0);
    // The fake clock does not move between reservations, so the slots are 0, 1, 2 and 3 s.
    assertThat(waits)
        .containsExactlyInAnyOrder(
            Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void interruptedWaitGivesTheSlotBack() throws Exception {
    RateLimiter.Ticker interrupting =
        new RateLimiter.Ticker() {
          @Override
          public long nanoTime() {
            return ticker.nanoTime();
          }

          @Override
          public void sleepNanos(long nanos) throws InterruptedException {
            throw new InterruptedException();
          }
        };
    RateLimiter limiter = new RateLimiter(60, Duration.ofMinutes(1), 1, interrupting);
    limiter.acquire();
    try {
      limiter.acquire();
    } catch (InterruptedException expected) {
      // the worker was stopped while waiting
    }
    ticker.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire()).isTrue();
  }

  @Test
  void throttledTransportWaitsBeforeEachMessage() {
    RateLimiter limiter = new RateLimiter(30, Duration.ofMinutes(1), 1, ticker);
    List<Long> sentAt = new ArrayList<>();
    MailTransport recording =
        m -> {
          sentAt.add(ticker.nanoTime());
          return DeliveryResult.sent(null, 250, "250 Ok");
        };
    MailComposer composer = new MailComposer(EmailAddress.of("hub@example.nl"), "example.nl");
    MimeMessage m =
        composer.compose(
            OutgoingMail.builder()
                .to(EmailAddress.of("a@example.nl"))
                .subject("s")
                .text("t")
                .build());
    try (ThrottledTransport throttled = new ThrottledTransport(recording, limiter)) {
      for (int i = 0; i < 3; i++) {
        assertThat(throttled.send(m).isSent()).isTrue();
      }
    }
    assertThat(sentAt.get(1) - sentAt.get(0)).isEqualTo(Duration.ofSeconds(2).toNanos());
    assertThat(sentAt.get(2) - sentAt.get(1)).isEqualTo(Duration.ofSeconds(2).toNanos());
  }
}
