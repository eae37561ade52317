package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The failure reports' rate limit per client address, on a hand-driven clock. */
class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000_000_000L);

    @Test
    void aClientMayBurstItsMinuteThenWaitsForTheNextToken() {
        RateLimiter limiter = new RateLimiter(120, 10, nanos::get);
        for (int i = 0; i < 120; i++) {
            assertThat(limiter.acquire("10.0.0.1")).as("request " + i).isZero();
        }
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1); // one token every 0.5 s: at most a second away
        assertThat(limiter.acquire("10.0.0.2")).as("another address has its own bucket").isZero();

        nanos.addAndGet(500_000_000L);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void theRetryAfterSaysHowLongUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(1, 10, nanos::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(60);
        nanos.addAndGet(30_000_000_000L);
        assertThat(limiter.acquire("a")).isEqualTo(30);
        nanos.addAndGet(30_000_000_000L);
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void aLongPauseRefillsNoMoreThanOneMinutesWorth() {
        RateLimiter limiter = new RateLimiter(3, 10, nanos::get);
        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void theTrackedAddressesAreBounded() {
        RateLimiter limiter = new RateLimiter(1, 100, nanos::get);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limiter.tracked()).isEqualTo(100);
    }
}
