package io.hookwire.webconsole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;

/**
 * A PluginAdmin that answers from its fields and records every change it is asked for, as one line each
 * ({@code "purge notes notes ada"}). {@link #failure}, when set, is thrown by every method.
 */
final class FakePluginAdmin implements PluginAdmin {
    List<PluginView> plugins = new ArrayList<>();
    List<DeployProblem> problems = new ArrayList<>();
    List<AuditEntry> audit = new ArrayList<>();
    boolean safeMode;
    boolean killSwitch;
    String dryRunSql = "";
    List<String> dropped = List.of();
    Supplier<RuntimeException> failure;
    int auditLimit;
    final List<String> calls = new ArrayList<>();

    static PluginView plugin(String id, PluginState state) {
        return new PluginView(id, id + " name", "1.0.0", "optional", state, "because", null, true, List.of(), true,
                7, "file:deploy/" + id + ".jar", null);
    }

    private void check() {
        if (failure != null) {
            throw failure.get();
        }
    }

    private PluginView found(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst().orElse(plugin(id, PluginState.ENABLED));
    }

    @Override
    public List<PluginView> plugins() {
        check();
        return plugins;
    }

    @Override
    public Optional<PluginView> plugin(String id) {
        check();
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<DeployProblem> problems() {
        check();
        return problems;
    }

    @Override
    public PluginView enable(String id, Set<String> tenants, String actor) {
        check();
        calls.add("enable " + id + " " + tenants + " " + actor);
        return found(id);
    }

    @Override
    public PluginView disable(String id, Set<String> tenants, String actor) {
        check();
        calls.add("disable " + id + " " + tenants + " " + actor);
        return found(id);
    }

    @Override
    public PluginView reset(String id, String actor) {
        check();
        calls.add("reset " + id + " " + actor);
        return found(id);
    }

    @Override
    public List<String> purge(String id, String confirmation, String actor) {
        check();
        calls.add("purge " + id + " " + confirmation + " " + actor);
        return dropped;
    }

    @Override
    public String dryRunMigrations(String id) {
        check();
        calls.add("dry-run " + id);
        return dryRunSql;
    }

    @Override
    public boolean safeMode() {
        check();
        return safeMode;
    }

    @Override
    public void safeMode(boolean on, String actor) {
        check();
        calls.add("safe-mode " + on + " " + actor);
    }

    @Override
    public boolean killSwitch() {
        check();
        return killSwitch;
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        check();
        auditLimit = limit;
        return audit;
    }
}
