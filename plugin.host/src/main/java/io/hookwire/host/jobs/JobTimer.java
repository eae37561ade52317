package io.hookwire.host.jobs;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay: the engine's only source of waiting, so that tests drive it by hand. The task must be
 * short (the engine's tasks only hand a run to the workers).
 */
@FunctionalInterface
interface JobTimer {
    /** A task that is waiting; cancelling one that ran or was cancelled does nothing. */
    @FunctionalInterface
    interface Pending {
        void cancel();
    }

    Pending schedule(Runnable task, Duration delay);

    /** A timer on a scheduled executor. */
    static JobTimer on(ScheduledExecutorService executor) {
        return (task, delay) -> {
            Future<?> future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
