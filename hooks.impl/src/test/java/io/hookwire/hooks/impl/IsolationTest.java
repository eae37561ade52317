package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handler that overran its budget is isolated: its later calls run on a worker thread, and the dispatcher waits
 * for them at most the budget (in fake time).
 */
class IsolationTest {
    private static final long BUDGET_MILLIS = 100;
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();
    private final List<Gate> gates = List.of(new Gate(), new Gate(), new Gate());
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<Thread> lastHandlerThread = new AtomicReference<>();
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(time, new RecordingLog(),
                RegistrySettings.DEFAULTS.withDefaultBudgetMillis(BUDGET_MILLIS));
        registry.addErrorListener(listener);
        registry.registerFilter("blog", TITLE, 2, "bang", (value, context) -> value + "!");
    }

    @AfterEach
    void release() throws InterruptedException {
        gates.forEach(Gate::open);
        registry.close();
    }

    private boolean isolated() {
        return registry.handlers(HookKind.FILTER, TITLE.name()).get(0).isolated();
    }

    /** Makes the first handler overrun once, inline, so that the watchdog isolates it. */
    private void overrunOnce() throws Exception {
        Background<String> first = Background.start("first-dispatcher", () -> registry.applyFilters(TITLE, "t0", null));
        gates.get(0).awaitEntered();
        registry.watchdog().scan();
        time.advanceMillis(BUDGET_MILLIS);
        registry.watchdog().scan();
        gates.get(0).open();
        assertThat(first.result()).as("the late result is discarded").isEqualTo("t0!");
        assertThat(first.interruptedAfterCall()).isFalse();
        assertThat(isolated()).isTrue();
    }

    @Test
    void aHandlerThatIgnoresInterruptsIsReportedWhileStuckThenIsolatedSkippedAndNeverHoldsTheDispatcher()
            throws Exception {
        registry.registerFilter("stuck-plugin", TITLE, 1, "spinner", (value, context) -> {
            int call = calls.getAndIncrement();
            lastHandlerThread.set(Thread.currentThread());
            gates.get(call).holdIgnoringInterrupts();
            return value + " late";
        });

        // 1: inline. The watchdog reports the overrun while the handler still spins.
        Background<String> first = Background.start("first-dispatcher", () -> registry.applyFilters(TITLE, "t1", null));
        gates.get(0).awaitEntered();
        registry.watchdog().scan();
        time.advanceMillis(BUDGET_MILLIS);
        registry.watchdog().scan();
        assertThat(listener.timeouts()).singleElement().extracting(HookError::handlerId).isEqualTo("spinner");
        assertThat(isolated()).isTrue();
        assertThat(first.isDone()).as("an uninterruptible handler keeps its thread").isFalse();
        gates.get(0).open();
        assertThat(first.result()).as("its late result is discarded").isEqualTo("t1!");
        assertThat(first.interruptedAfterCall()).isFalse();
        assertThat(listener.errors()).hasSize(1);

        // 2: isolated. The dispatcher gives up once fake time passes the budget; the handler is still stuck.
        Background<String> second = Background.start("second-dispatcher",
                () -> registry.applyFilters(TITLE, "t2", null));
        gates.get(1).awaitEntered();
        assertThat(lastHandlerThread.get()).isNotSameAs(second.thread());
        time.advanceMillis(BUDGET_MILLIS - 1);
        assertThat(second.isDone()).as("1 ms short of the budget the dispatcher still waits").isFalse();
        time.advanceMillis(1);
        assertThat(second.result()).isEqualTo("t2!");
        assertThat(gates.get(1).hasLeft()).as("the handler is still stuck").isFalse();
        assertThat(listener.timeouts()).hasSize(2).last().satisfies(error -> {
            assertThat(error.handlerId()).isEqualTo("spinner");
            assertThat(error.error()).isInstanceOf(TimeoutException.class).hasMessageContaining("isolated");
            assertThat(error.durationNanos()).isEqualTo(BUDGET_MILLIS * 1_000_000);
        });

        // 3: while that call is still stuck, a further call is skipped and reported as a timeout.
        assertThat(registry.applyFilters(TITLE, "t3", null)).isEqualTo("t3!");
        assertThat(calls).as("the handler was not called again").hasValue(2);
        assertThat(listener.timeouts()).hasSize(3).last().satisfies(error -> {
            assertThat(error.error()).hasMessageContaining("skipped");
            assertThat(error.durationNanos()).as("a skipped call did not run, so it has no duration").isEqualTo(-1);
        });
        assertThat(listener.failures()).isEmpty();
        assertThat(registry.telemetry().get("stuck-plugin", TITLE.name(), HookKind.FILTER)).hasValueSatisfying(s -> {
            assertThat(s.calls()).isEqualTo(3);
            assertThat(s.timeouts()).isEqualTo(3);
            assertThat(s.failures()).isZero();
        });
    }

    @Test
    void aWellBehavedIsolatedHandlersResultIsUsedEveryTime() throws Exception {
        registry.registerFilter("blog", TITLE, 1, "numberer", (value, context) -> {
            int call = calls.getAndIncrement();
            lastHandlerThread.set(Thread.currentThread());
            if (call == 0) {
                gates.get(0).holdInterruptibly();
            }
            return value + "#" + call;
        });
        overrunOnce();

        for (int call = 1; call <= 200; call++) {
            assertThat(registry.applyFilters(TITLE, "t", null)).isEqualTo("t#" + call + "!");
            assertThat(lastHandlerThread.get()).isNotSameAs(Thread.currentThread());
        }
        assertThat(listener.errors()).as("only the first overrun").hasSize(1);
        assertThat(registry.handlers(HookKind.FILTER, TITLE.name())).extracting(HandlerInfo::isolated)
                .containsExactly(true, false);
    }

    @Test
    void anIsolatedHandlerThatFailsIsReportedAsAFailureAndItsInputPassesOn() throws Exception {
        registry.registerFilter("blog", TITLE, 1, "flaky", (value, context) -> {
            int call = calls.getAndIncrement();
            if (call == 0) {
                gates.get(0).holdInterruptibly();
            }
            if (call == 1) {
                throw new IllegalStateException("isolated and broken");
            }
            return call == 2 ? null : value + "#" + call;
        });
        overrunOnce();

        assertThat(registry.applyFilters(TITLE, "a", null)).isEqualTo("a!");
        assertThat(registry.applyFilters(TITLE, "b", null)).isEqualTo("b!");
        assertThat(registry.applyFilters(TITLE, "c", null)).isEqualTo("c#3!");

        assertThat(listener.failures()).extracting(HookError::error)
                .satisfiesExactly(
                        e -> assertThat(e).isInstanceOf(IllegalStateException.class),
                        e -> assertThat(e).isInstanceOf(NullPointerException.class).hasMessageContaining("null"));
        assertThat(listener.timeouts()).hasSize(1);
    }
}
