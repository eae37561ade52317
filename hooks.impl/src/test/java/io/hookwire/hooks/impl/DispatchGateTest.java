package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.gate.DispatchGate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dispatch gate decides, per dispatch, whether a restricted plugin's handlers run; nobody else is affected. */
class DispatchGateTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final Set<String> admitted = new HashSet<>();
    private final DispatchGate gate = admitted::contains;
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(new FakeTime(), new RecordingLog(), RegistrySettings.DEFAULTS);
        registry.registerAction("tenant-plugin", SAVED, 10, "tenant", p -> ran.add("tenant"));
        registry.registerAction("global-plugin", SAVED, 20, "global", p -> ran.add("global"));
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @Test
    void aRestrictedPluginRunsOnlyWhenTheGateAdmitsIt() {
        registry.gate(gate, Set.of("tenant-plugin"));

        registry.dispatch(SAVED, "a");
        admitted.add("tenant-plugin");
        registry.dispatch(SAVED, "b");

        assertThat(ran).containsExactly("global", "tenant", "global");
    }

    @Test
    void handlersRegisteredAfterTheGateAreRestrictedToo() {
        registry.gate(gate, Set.of("late-plugin"));
        registry.registerFilter("late-plugin", TITLE, 10, "late", (v, c) -> v + " late");
        registry.registerFilter("global-plugin", TITLE, 20, "other", (v, c) -> v + " other");

        assertThat(registry.applyFilters(TITLE, "t", null)).isEqualTo("t other");
        admitted.add("late-plugin");
        assertThat(registry.applyFilters(TITLE, "t", null)).isEqualTo("t late other");
    }

    @Test
    void changingTheRestrictedPluginsOrRemovingTheGateLiftsTheRestriction() {
        registry.gate(gate, Set.of("tenant-plugin"));
        registry.dispatch(SAVED, "a");
        registry.gate(gate, Set.of("global-plugin"));
        registry.dispatch(SAVED, "b");
        registry.gate(null, Set.of("global-plugin"));
        registry.dispatch(SAVED, "c");

        assertThat(ran).containsExactly("global", "tenant", "tenant", "global");
    }

    @Test
    void aGateThatThrowsKeepsTheRestrictedHandlerOut() {
        registry.gate(plugin -> {
            throw new IllegalStateException("no tenant store");
        }, Set.of("tenant-plugin"));

        registry.dispatch(SAVED, "a");

        assertThat(ran).containsExactly("global");
    }

    @Test
    void skippedCallsAreNotCounted() {
        registry.gate(gate, Set.of("tenant-plugin"));
        registry.dispatch(SAVED, "a");
        registry.dispatch(SAVED, "b");

        assertThat(registry.telemetry().get("tenant-plugin", SAVED.name(), io.hookwire.hooks.HookKind.ACTION))
                .hasValueSatisfying(s -> assertThat(s.calls()).isZero());
        assertThat(registry.telemetry().get("global-plugin", SAVED.name(), io.hookwire.hooks.HookKind.ACTION))
                .hasValueSatisfying(s -> assertThat(s.calls()).isEqualTo(2));
    }
}
