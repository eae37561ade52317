package io.hookwire.hooks.impl;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;
import io.hookwire.hooks.telemetry.LastError;

/**
 * Where every handler failure goes: telemetry, the log (at most once a minute per plugin × hook × kind, with a count
 * of what was left out), and the error listeners, each of which is itself contained.
 */
final class FailureReporter {
    private static final long LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final TimeSource time;
    private final RegistryLog log;
    private final CopyOnWriteArrayList<HookErrorListener> listeners = new CopyOnWriteArrayList<>();

    FailureReporter(TimeSource time, RegistryLog log) {
        this.time = time;
        this.log = log;
    }

    void addListener(HookErrorListener listener) {
        listeners.addIfAbsent(listener);
    }

    void removeListener(HookErrorListener listener) {
        listeners.remove(listener);
    }

    /** Reports a failure of {@code entry}'s call. */
    void report(Entry entry, Throwable error, long durationNanos, boolean timedOut) {
        HookError failure = new HookError(entry.plugin, entry.hook(), entry.kind(), entry.id, error, durationNanos,
                timedOut, time.now());
        StatsRecorder stats = entry.stats;
        (timedOut ? stats.timeouts : stats.failures).increment();
        stats.lastError = new LastError(failure.time(), error.getClass().getName(),
                error.getMessage() == null ? "" : error.getMessage(), timedOut, entry.id);

        long leftOut = stats.claimLog(time.nanoTime(), LOG_INTERVAL_NANOS);
        if (leftOut >= 0) {
            String more = leftOut == 0 ? "" : " (" + leftOut + " more failures of this plugin's handlers of this hook"
                    + " in the last minute were not logged)";
            log.warn((timedOut ? "Timeout of " : "Failure of ") + entry.describe() + more, error);
        }
        for (HookErrorListener listener : listeners) {
            try {
                listener.onError(failure);
            } catch (Throwable t) {
                Throwables.rethrowIfFatal(t);
                log.warn("Error listener " + listener.getClass().getName() + " failed on " + failure
                        + "; the dispatch goes on", t);
            }
        }
    }
}
