package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.hookwire.hooks.ActionHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog thread runs only while some hook has a budget, and does by itself what the tests do by hand. */
class WatchdogThreadTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();
    private final HookRegistry registry = new HookRegistry(time, new RecordingLog(),
            RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0));

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @Test
    void theWatchdogRunsOnlyWhileStartedAndSomeHookHasABudget() {
        assertThat(registry.watchdog().isScanning()).as("not started").isFalse();
        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(100));
        assertThat(registry.watchdog().isScanning()).as("configured, not started").isFalse();

        registry.start();
        assertThat(registry.watchdog().isScanning()).isTrue();
        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0));
        assertThat(registry.watchdog().isScanning()).as("no budget anywhere").isFalse();
        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0).withHookBudgets(Map.of("db:query", 5L)));
        assertThat(registry.watchdog().isScanning()).as("one hook has a budget").isTrue();

        registry.close();
        assertThat(registry.watchdog().isScanning()).isFalse();
    }

    @Test
    void theWatchdogThreadInterruptsAHandlerThatBlocksPastItsBudget() throws Exception {
        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(100));
        registry.addErrorListener(listener);
        registry.start();
        Gate gate = new Gate();
        registry.registerAction("slow-plugin", SAVED, 1, "sleeper", payload -> gate.holdInterruptibly());
        try {
            Background<Void> dispatch = Background.run("dispatcher", () -> registry.dispatch(SAVED, "post"));
            gate.awaitEntered();
            // The thread scans every 2 ms of real time; move fake time on until one of its scans has seen the
            // callback and a later one sees it a budget later. Bounded: this must happen within a few ticks.
            long giveUp = System.nanoTime() + Gate.WAIT_SECONDS * 1_000_000_000L;
            while (!dispatch.isDone() && System.nanoTime() < giveUp) {
                time.advanceMillis(100);
                Thread.sleep(5);
            }
            dispatch.result();
            assertThat(dispatch.interruptedAfterCall()).isFalse();
        } finally {
            gate.open();
        }
        assertThat(listener.timeouts()).singleElement().satisfies(error -> {
            assertThat(error.handlerId()).isEqualTo("sleeper");
            assertThat(error.durationNanos()).isGreaterThanOrEqualTo(100_000_000L);
        });
    }
}
