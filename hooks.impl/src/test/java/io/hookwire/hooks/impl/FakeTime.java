package io.hookwire.hooks.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TimeSource} that moves only when a test advances it, so that budgets and latencies are exact and no test
 * depends on how fast the machine is.
 *
 * <p>{@link #awaitDone} returns as soon as the call is done, and gives up once fake time reaches the deadline; in
 * between it polls with short real sleeps, because fake time moves on another thread.
 */
final class FakeTime implements TimeSource {
    /** The wall-clock time at which fake time starts. */
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    /** Where the monotonic clock starts: anywhere but zero, so that nothing relies on it. */
    static final long ORIGIN_NANOS = 5_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(ORIGIN_NANOS);
    private final AtomicReference<Runnable> onNextRead = new AtomicReference<>();

    @Override
    public long nanoTime() {
        Runnable action = onNextRead.getAndSet(null);
        if (action != null) {
            action.run();
        }
        return nanos.get();
    }

    @Override
    public Instant now() {
        return EPOCH.plusNanos(nanos.get() - ORIGIN_NANOS);
    }

    @Override
    public boolean awaitDone(Future<?> call, long deadlineNanos) throws InterruptedException {
        while (true) {
            if (call.isDone()) {
                return true;
            }
            if (nanos.get() - deadlineNanos >= 0) {
                return false;
            }
            try {
                call.get(1, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                // poll again
            } catch (ExecutionException | CancellationException e) {
                return true; // done; the outcome travels through the call itself
            }
        }
    }

    void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    /**
     * Runs {@code action} on whichever thread next reads {@link #nanoTime()}, once, just before the read. Lets a test
     * put the watchdog at an exact point of a dispatch.
     */
    void onNextNanoTime(Runnable action) {
        onNextRead.set(action);
    }
}
