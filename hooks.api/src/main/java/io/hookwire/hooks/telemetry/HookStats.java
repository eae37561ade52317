package io.hookwire.hooks.telemetry;

import java.time.Duration;

import io.hookwire.hooks.HookKind;

/**
 * The figures of one plugin × hook × kind.
 *
 * @param plugin the plugin id
 * @param hook the hook name
 * @param kind action or filter
 * @param calls how many times the plugin's handlers of this hook were called
 * @param failures how many calls threw or returned a value of the wrong type
 * @param timeouts how many calls overran their budget (or were skipped because an earlier call still ran past it)
 * @param timedCalls how many calls the latency figures come from
 * @param p50Nanos the median latency of the timed calls, in nanoseconds
 * @param p99Nanos the 99th percentile latency, in nanoseconds
 * @param maxNanos the largest latency of the timed calls, in nanoseconds
 * @param lastError the most recent failure or timeout, or {@code null} when there was none
 */
public record HookStats(String plugin, String hook, HookKind kind, long calls, long failures, long timeouts,
        long timedCalls, long p50Nanos, long p99Nanos, long maxNanos, LastError lastError) {

    /** The median latency. */
    public Duration p50() {
        return Duration.ofNanos(p50Nanos);
    }

    /** The 99th percentile latency. */
    public Duration p99() {
        return Duration.ofNanos(p99Nanos);
    }

    /** The largest latency. */
    public Duration max() {
        return Duration.ofNanos(maxNanos);
    }
}
