package io.hookwire.webconsole;

import java.util.List;

import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;

/** A ClientTelemetry that answers with the given records. */
final class FakeClientTelemetry implements ClientTelemetry {
    private final List<ClientFailureStats> all;

    FakeClientTelemetry(List<ClientFailureStats> all) {
        this.all = all;
    }

    static FakeClientTelemetry none() {
        return new FakeClientTelemetry(List.of());
    }

    @Override
    public List<ClientFailureStats> all() {
        return all;
    }

    @Override
    public List<ClientFailureStats> forPlugin(String plugin) {
        return all.stream().filter(s -> s.plugin().equals(plugin)).toList();
    }
}
