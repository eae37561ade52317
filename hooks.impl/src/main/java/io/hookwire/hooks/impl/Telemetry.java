package io.hookwire.hooks.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;

/**
 * The registry's telemetry: one {@link StatsRecorder} per plugin × hook × kind, kept for the registry's life.
 *
 * <p>Dispatching threads never write shared memory for telemetry: they count in their own {@link DispatchContext}
 * and append latency samples to its ring. {@link #drain()}, called by the watchdog every tick and before every read,
 * moves the samples into the histograms under this object's lock.
 */
final class Telemetry implements HookTelemetry {
    private record Key(String plugin, String hook, HookKind kind) {}

    private static final Comparator<HookStats> ORDER = Comparator.comparing(HookStats::plugin)
            .thenComparing(HookStats::hook)
            .thenComparing(HookStats::kind);

    private final ConcurrentHashMap<Key, StatsRecorder> recorders = new ConcurrentHashMap<>();
    private final DispatchContexts contexts;
    /** Recorders by counter index (indices of hooks' dispatch counters stay null). Guarded by {@code this}. */
    private StatsRecorder[] byIndex = new StatsRecorder[64];
    private final DispatchContext.SampleSink sink = this::record;

    Telemetry(DispatchContexts contexts) {
        this.contexts = contexts;
    }

    StatsRecorder recorder(String plugin, String hook, HookKind kind) {
        return recorders.computeIfAbsent(new Key(plugin, hook, kind), k -> {
            StatsRecorder recorder = new StatsRecorder(contexts.newIndex(), plugin, hook, kind);
            synchronized (this) {
                if (recorder.index >= byIndex.length) {
                    byIndex = Arrays.copyOf(byIndex, Math.max(recorder.index + 1, byIndex.length * 2));
                }
                byIndex[recorder.index] = recorder;
            }
            return recorder;
        });
    }

    /** Moves every thread's latency samples into the histograms, then forgets threads that have ended. */
    synchronized void drain() {
        for (DispatchContext context : contexts.all()) {
            context.drain(sink);
        }
        contexts.prune();
    }

    /** A latency measured away from a dispatching thread's ring (an isolated call). */
    synchronized void record(int index, long nanos) {
        StatsRecorder recorder = index < byIndex.length ? byIndex[index] : null;
        if (recorder != null) {
            recorder.latency.recordValue(Math.max(0, nanos));
        }
    }

    @Override
    public List<HookStats> all() {
        return select(r -> true);
    }

    @Override
    public List<HookStats> forPlugin(String plugin) {
        return select(r -> r.plugin.equals(plugin));
    }

    @Override
    public List<HookStats> forHook(String hook) {
        return select(r -> r.hook.equals(hook));
    }

    @Override
    public Optional<HookStats> get(String plugin, String hook, HookKind kind) {
        StatsRecorder recorder = recorders.get(new Key(plugin, hook, kind));
        if (recorder == null) {
            return Optional.empty();
        }
        synchronized (this) {
            drain();
            return Optional.of(stats(recorder));
        }
    }

    private synchronized List<HookStats> select(Predicate<StatsRecorder> which) {
        drain();
        List<HookStats> result = new ArrayList<>();
        for (StatsRecorder recorder : recorders.values()) {
            if (which.test(recorder)) {
                result.add(stats(recorder));
            }
        }
        result.sort(ORDER);
        return result;
    }

    private HookStats stats(StatsRecorder r) {
        long timed = r.latency.getTotalCount();
        return new HookStats(r.plugin, r.hook, r.kind, contexts.calls(r.index), r.failures.sum(), r.timeouts.sum(),
                timed, timed == 0 ? 0 : r.latency.getValueAtPercentile(50),
                timed == 0 ? 0 : r.latency.getValueAtPercentile(99), timed == 0 ? 0 : r.latency.getMaxValue(),
                r.lastError);
    }
}
