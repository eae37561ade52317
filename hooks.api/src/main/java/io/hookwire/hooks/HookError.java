package io.hookwire.hooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A handler that failed: it threw, it returned a value of the wrong type, or it overran its time budget.
 *
 * @param plugin the plugin the handler belongs to
 * @param hook the hook name
 * @param kind action or filter
 * @param handlerId the handler's id
 * @param error what went wrong; for a timeout, a {@link java.util.concurrent.TimeoutException} that says by how much
 * @param durationNanos how long the call ran, or {@code -1} when it was not timed (telemetry times a sample of the
 *     calls of busy handlers)
 * @param timedOut whether the handler overran its budget
 * @param time when the failure was seen
 */
public record HookError(String plugin, String hook, HookKind kind, String handlerId, Throwable error,
        long durationNanos, boolean timedOut, Instant time) {

    public HookError {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(time, "time");
    }

    /** How long the call ran, when it was timed. */
    public Optional<Duration> duration() {
        return durationNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(durationNanos));
    }

    @Override
    public String toString() {
        return (timedOut ? "timeout" : "failure") + " of " + kind + " '" + hook + "' handler '" + handlerId
                + "' of plugin '" + plugin + "': " + error;
    }
}
