package io.hookwire.host.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (an e-mail address, a client address) in a sliding window, and blocks a key that has
 * reached the limit until its oldest failure leaves the window. In memory, per node: a restart forgets the counts.
 *
 * <p>At most {@value #MAX_KEYS} keys are kept; past that, keys whose failures have all left the window are dropped,
 * so that a flood of made-up e-mail addresses cannot exhaust the memory. Thread-safe.
 */
public final class FailureLimiter {
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /**
     * @param maxFailures failures allowed within the window; the next attempt is blocked (at least 1)
     * @param window how long a failure counts (positive)
     */
    public FailureLimiter(Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("the failure limit must be at least 1, not " + maxFailures);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long {@code key} must wait before its next attempt; zero when it may go ahead now. */
    public Duration retryAfter(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            forgetOld(times, now);
            if (times.size() < maxFailures) {
                return Duration.ZERO;
            }
            // at most maxFailures are kept (see failed): the key may try again once the oldest leaves the window
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
        }
    }

    /** Counts a failure of {@code key}. */
    public void failed(String key) {
        if (failures.size() >= MAX_KEYS) {
            prune();
        }
        Instant now = clock.instant();
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forgetOld(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst(); // the older ones no longer decide anything
            }
        }
    }

    /** Forgets the failures of {@code key} (after a success). */
    public void clear(String key) {
        failures.remove(key);
    }

    /** The keys currently counted, for tests and diagnostics. */
    int size() {
        return failures.size();
    }

    private void forgetOld(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private void prune() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                forgetOld(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
        if (failures.size() >= MAX_KEYS) {
            failures.clear(); // an attack with fresh keys: better to forget than to run out of memory
        }
    }
}
