package io.hookwire.hooks.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import org.HdrHistogram.Histogram;

/** The registry's telemetry: one {@link StatsRecorder} per plugin × hook × kind, kept for the registry's life. */
final class Telemetry implements HookTelemetry {
    private record Key(String plugin, String hook, HookKind kind) {}

    private static final Comparator<HookStats> ORDER = Comparator.comparing(HookStats::plugin)
            .thenComparing(HookStats::hook)
            .thenComparing(HookStats::kind);

    private final ConcurrentHashMap<Key, StatsRecorder> recorders = new ConcurrentHashMap<>();
    private final AtomicInteger nextIndex = new AtomicInteger();
    private final DispatchContexts contexts;

    Telemetry(DispatchContexts contexts) {
        this.contexts = contexts;
    }

    StatsRecorder recorder(String plugin, String hook, HookKind kind) {
        return recorders.computeIfAbsent(new Key(plugin, hook, kind),
                k -> new StatsRecorder(nextIndex.getAndIncrement(), plugin, hook, kind));
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
        return Optional.ofNullable(recorder).map(this::stats);
    }

    private List<HookStats> select(Predicate<StatsRecorder> which) {
        contexts.prune();
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
        Histogram latency = r.latency();
        long timed = latency.getTotalCount();
        return new HookStats(r.plugin, r.hook, r.kind, contexts.calls(r.index), r.failures.sum(), r.timeouts.sum(),
                timed, timed == 0 ? 0 : latency.getValueAtPercentile(50), timed == 0 ? 0 : latency.getValueAtPercentile(99),
                timed == 0 ? 0 : latency.getMaxValue(), r.lastError);
    }
}
