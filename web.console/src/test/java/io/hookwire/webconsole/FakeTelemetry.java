package io.hookwire.webconsole;

import java.util.List;
import java.util.Optional;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;

/** A HookTelemetry that answers with the given records. */
final class FakeTelemetry implements HookTelemetry {
    private final List<HookStats> all;

    FakeTelemetry(List<HookStats> all) {
        this.all = all;
    }

    @Override
    public List<HookStats> all() {
        return all;
    }

    @Override
    public List<HookStats> forPlugin(String plugin) {
        return all.stream().filter(s -> s.plugin().equals(plugin)).toList();
    }

    @Override
    public List<HookStats> forHook(String hook) {
        return all.stream().filter(s -> s.hook().equals(hook)).toList();
    }

    @Override
    public Optional<HookStats> get(String plugin, String hook, HookKind kind) {
        return all.stream().filter(s -> s.plugin().equals(plugin) && s.hook().equals(hook) && s.kind() == kind)
                .findFirst();
    }
}
