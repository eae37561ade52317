package io.hookwire.hooks.impl;

import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where the registry reads time, and how it waits for an isolated call. Injected, so that tests drive time by hand.
 */
public interface TimeSource {
    /** A monotonic clock, as {@link System#nanoTime()}. */
    long nanoTime();

    /** The wall clock, for the time of failures. */
    Instant now();

    /**
     * Waits until {@code call} is done or {@link #nanoTime()} reaches {@code deadlineNanos}.
     *
     * @return whether the call is done
     */
    boolean awaitDone(Future<?> call, long deadlineNanos) throws InterruptedException;

    /** The system clocks, and a timed wait. */
    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public boolean awaitDone(Future<?> call, long deadlineNanos) throws InterruptedException {
            try {
                call.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                return true; // the outcome travels through the call itself
            }
        }
    };
}
