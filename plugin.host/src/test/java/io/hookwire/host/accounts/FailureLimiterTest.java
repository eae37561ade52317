package io.hookwire.host.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The sliding window of failures, on a clock the test moves. */
class FailureLimiterTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final FailureLimiter limiter = new FailureLimiter(clock, 5, Duration.ofMinutes(5));

    @Test
    void theSixthAttemptWaitsUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.retryAfter("ada")).as("attempt %d", i + 1).isZero();
            limiter.failed("ada");
            clock.advance(Duration.ofSeconds(10));
        }
        // failures at 0, 10, 20, 30, 40 s; now 50 s: the first leaves the window at 300 s
        assertThat(limiter.retryAfter("ada")).isEqualTo(Duration.ofSeconds(250));
        assertThat(limiter.retryAfter("grace")).as("other keys are not affected").isZero();

        clock.advance(Duration.ofSeconds(249));
        assertThat(limiter.retryAfter("ada")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.retryAfter("ada")).as("one failure left the window").isZero();
        limiter.failed("ada");
        assertThat(limiter.retryAfter("ada")).as("five again within the window").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void clearingForgetsTheFailures() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("ada");
        }
        assertThat(limiter.retryAfter("ada")).isPositive();
        limiter.clear("ada");
        assertThat(limiter.retryAfter("ada")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            limiter.failed("ada");
        }
        clock.advance(Duration.ofMinutes(5));
        limiter.failed("ada");
        assertThat(limiter.retryAfter("ada")).isZero();
    }

    @Test
    void keysWithoutRecentFailuresArePrunedWhenThereAreTooMany() {
        for (int i = 0; i < FailureLimiter.MAX_KEYS; i++) {
            limiter.failed("key" + i);
        }
        clock.advance(Duration.ofMinutes(6));
        limiter.failed("fresh");
        assertThat(limiter.size()).isEqualTo(1);
        assertThat(limiter.retryAfter("fresh")).isZero();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new FailureLimiter(clock, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new FailureLimiter(clock, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
