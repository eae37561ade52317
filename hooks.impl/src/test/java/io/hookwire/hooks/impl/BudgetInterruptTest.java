package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A handler that blocks past its budget is interrupted by the watchdog, which the test drives by hand: one scan to
 * see the callback, fake time moved on by the budget, a second scan to declare the overrun.
 */
class BudgetInterruptTest {
    private static final long BUDGET_MILLIS = 100;
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final Gate gate = new Gate();
    private HookRegistry registry;

    private HookRegistry registry(RegistrySettings settings) {
        registry = new HookRegistry(time, new RecordingLog(), settings);
        registry.addErrorListener(listener);
        return registry;
    }

    private HookRegistry registryWithBudget() {
        return registry(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(BUDGET_MILLIS));
    }

    @AfterEach
    void release() {
        gate.open();
        registry.close();
    }

    /** One scan to see the running callback, then another once {@code millis} of fake time have passed. */
    private void watchFor(long millis) {
        registry.watchdog().scan();
        time.advanceMillis(millis);
        registry.watchdog().scan();
    }

    @Test
    void aBlockedActionHandlerIsInterruptedAtItsBudgetAndTheDispatchGoesOn() throws Exception {
        registryWithBudget();
        registry.registerAction("slow-plugin", SAVED, 1, "sleeper", payload -> gate.holdInterruptibly());
        registry.registerAction("blog", SAVED, 2, "after",
                payload -> ran.add("after, interrupted=" + Thread.currentThread().isInterrupted()));

        Background<Void> dispatch = Background.run("dispatcher", () -> registry.dispatch(SAVED, "post-1"));
        gate.awaitEntered();
        watchFor(BUDGET_MILLIS);
        dispatch.result();

        assertThat(gate.hasLeft()).isTrue();
        assertThat(ran).containsExactly("after, interrupted=false");
        assertThat(dispatch.interruptedAfterCall()).as("interrupt flag after the dispatch").isFalse();
        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.timedOut()).isTrue();
            assertThat(error.plugin()).isEqualTo("slow-plugin");
            assertThat(error.handlerId()).isEqualTo("sleeper");
            assertThat(error.kind()).isEqualTo(HookKind.ACTION);
            assertThat(error.error()).isInstanceOf(TimeoutException.class).hasMessageContaining("100 ms");
            assertThat(error.duration()).contains(Duration.ofMillis(BUDGET_MILLIS));
        });
        assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).extracting(HandlerInfo::isolated)
                .containsExactly(true, false);
        assertThat(registry.telemetry().get("slow-plugin", SAVED.name(), HookKind.ACTION)).hasValueSatisfying(s -> {
            assertThat(s.timeouts()).isEqualTo(1);
            assertThat(s.failures()).as("the InterruptedException is the timeout, not a second failure").isZero();
            assertThat(s.lastError().timedOut()).isTrue();
            assertThat(s.lastError().handlerId()).isEqualTo("sleeper");
            assertThat(s.lastError().type()).isEqualTo(TimeoutException.class.getName());
        });
    }

    @Test
    void aBlockedFiltersLateResultIsDiscardedAndTheInterruptDoesNotReachTheNextHandler() throws Exception {
        registryWithBudget();
        registry.registerFilter("slow-plugin", TITLE, 1, "sleeper", (value, context) -> {
            try {
                gate.holdInterruptibly();
                return value + " on time";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // a polite handler keeps the interrupt for its caller
                return value + " late";
            }
        });
        registry.registerFilter("blog", TITLE, 2, "after",
                (value, context) -> value + " / next handler interrupted=" + Thread.currentThread().isInterrupted());

        Background<String> apply = Background.start("dispatcher", () -> registry.applyFilters(TITLE, "title", null));
        gate.awaitEntered();
        watchFor(BUDGET_MILLIS);

        assertThat(apply.result()).isEqualTo("title / next handler interrupted=false");
        assertThat(apply.interruptedAfterCall()).isFalse();
        assertThat(listener.timeouts()).singleElement().extracting(e -> e.handlerId()).isEqualTo("sleeper");
        assertThat(listener.failures()).isEmpty();
    }

    @Test
    void theWatchdogDoesNotStrikeBeforeTheBudgetAndReportsAnOverrunOnlyOnce() throws Exception {
        registryWithBudget();
        registry.registerAction("slow-plugin", SAVED, 1, "sleeper", payload -> gate.holdInterruptibly());

        Background<Void> dispatch = Background.run("dispatcher", () -> registry.dispatch(SAVED, "post-1"));
        gate.awaitEntered();
        watchFor(BUDGET_MILLIS - 1);
        assertThat(listener.errors()).as("1 ms short of the budget").isEmpty();

        time.advanceMillis(1);
        registry.watchdog().scan();
        dispatch.result();
        time.advanceMillis(10 * BUDGET_MILLIS);
        registry.watchdog().scan();
        registry.watchdog().scan();

        assertThat(listener.timeouts()).hasSize(1);
        assertThat(listener.errors()).hasSize(1);
    }

    @Test
    void anOuterHandlerBlockedInANestedDispatchIsTheOneTimedOutAndTheInterruptEndsWithIt() throws Exception {
        ActionHook<String> indexed = ActionHook.of("post:indexed", String.class);
        registry(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(BUDGET_MILLIS)
                .withHookBudgets(Map.of(indexed.name(), 0L)));
        registry.registerAction("blog", SAVED, 1, "indexer", payload -> registry.dispatch(indexed, payload));
        registry.registerAction("search", indexed, 1, "slow-index", payload -> gate.holdInterruptibly());
        registry.registerAction("blog", SAVED, 2, "after",
                payload -> ran.add("after, interrupted=" + Thread.currentThread().isInterrupted()));

        Background<Void> dispatch = Background.run("dispatcher", () -> registry.dispatch(SAVED, "post-1"));
        gate.awaitEntered();
        watchFor(BUDGET_MILLIS);
        dispatch.result();

        assertThat(listener.timeouts()).singleElement().extracting(e -> e.handlerId()).isEqualTo("indexer");
        assertThat(ran).containsExactly("after, interrupted=false");
        assertThat(dispatch.interruptedAfterCall()).isFalse();
    }

    @Test
    void withTheBudgetOffTheWatchdogNeverInterrupts() throws Exception {
        registry(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0));
        registry.registerFilter("slow-plugin", TITLE, 1, "sleeper", (value, context) -> {
            gate.holdInterruptibly();
            return value + " slow but fine";
        });

        Background<String> apply = Background.start("dispatcher", () -> registry.applyFilters(TITLE, "title", null));
        gate.awaitEntered();
        watchFor(Duration.ofHours(1).toMillis());
        registry.watchdog().scan();

        assertThat(listener.errors()).isEmpty();
        assertThat(gate.hasLeft()).isFalse();
        gate.open();
        assertThat(apply.result()).isEqualTo("title slow but fine");
        assertThat(registry.handlers(HookKind.FILTER, TITLE.name())).extracting(HandlerInfo::isolated)
                .containsExactly(false);
    }

    @Test
    void aPerHookBudgetOverridesTheDefaultBothWays() throws Exception {
        registry(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0)
                .withHookBudgets(Map.of("post:saved", BUDGET_MILLIS, "post:title", 0L)));
        assertThat(timesOut(SAVED.name())).as("budget on for post:saved only").isTrue();
        assertThat(timesOut("post:other")).as("the default, off").isFalse();

        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(BUDGET_MILLIS)
                .withHookBudgets(Map.of("post:title", 0L)));
        assertThat(timesOut("post:title")).as("budget off for post:title only").isFalse();
        assertThat(timesOut("post:other")).as("the default, now on, for a hook that already had handlers").isTrue();
    }

    /** Whether a handler of {@code hook} that blocks for an hour of fake time is declared over budget. */
    private boolean timesOut(String hook) throws Exception {
        Gate blocker = new Gate();
        int before = listener.timeouts().size();
        var registration = registry.register(HookKind.ACTION, hook, "slow-plugin", 1, null,
                (ActionHandler<Object>) payload -> blocker.holdInterruptibly());
        try {
            Background<Void> dispatch = Background.run("dispatcher",
                    () -> registry.dispatch(ActionHook.of(hook, String.class), "payload"));
            blocker.awaitEntered();
            watchFor(Duration.ofHours(1).toMillis());
            blocker.open();
            dispatch.result();
            return listener.timeouts().size() > before;
        } finally {
            blocker.open();
            registration.close();
        }
    }
}
