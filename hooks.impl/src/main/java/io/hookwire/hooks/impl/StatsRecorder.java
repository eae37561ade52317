package io.hookwire.hooks.impl;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.LastError;
import org.HdrHistogram.Histogram;

/**
 * The figures of one plugin × hook × kind. Calls are counted per thread in {@link DispatchContext}, under
 * {@link #index}; failures and timeouts are rare and counted here; latency samples travel through each thread's ring
 * to an HdrHistogram in nanoseconds (two significant digits, resized as needed), which only {@link Telemetry} touches,
 * under its lock.
 */
final class StatsRecorder {
    final int index;
    final String plugin;
    final String hook;
    final HookKind kind;
    final LongAdder failures = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    /** Guarded by the {@link Telemetry} lock. */
    final Histogram latency = new Histogram(2);
    volatile LastError lastError;

    // Logging of failures: at most one report a minute, with the count of those left out.
    private final AtomicLong nextLogNanos = new AtomicLong(Long.MIN_VALUE);
    private final LongAdder unlogged = new LongAdder();

    StatsRecorder(int index, String plugin, String hook, HookKind kind) {
        this.index = index;
        this.plugin = plugin;
        this.hook = hook;
        this.kind = kind;
    }

    /**
     * Whether a failure seen at {@code nowNanos} should be logged, and if so how many earlier ones were not; -1 when
     * this one should not be logged either.
     */
    long claimLog(long nowNanos, long intervalNanos) {
        long next = nextLogNanos.get();
        if ((next == Long.MIN_VALUE || nowNanos - next >= 0) && nextLogNanos.compareAndSet(next, nowNanos + intervalNanos)) {
            return unlogged.sumThenReset();
        }
        unlogged.increment();
        return -1;
    }
}
