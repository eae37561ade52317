package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watchdog runs on its own thread, so it can declare an overrun at any instant of a dispatch. These tests put
 * it at exact instants, deterministically, by running a scan from the dispatching thread itself (through fake
 * time's read hook): the interrupt it sends then lands exactly there.
 */
class WatchdogRaceTest {
    private static final long BUDGET_MILLIS = 100;
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(time, new RecordingLog(),
                RegistrySettings.DEFAULTS.withDefaultBudgetMillis(BUDGET_MILLIS));
        registry.addErrorListener(listener);
    }

    @AfterEach
    void closeRegistry() {
        Thread.interrupted(); // whatever happened, leave JUnit's thread as it was
        registry.close();
    }

    /** A handler that takes exactly its budget, and that the watchdog catches just as it returns. */
    private void registerBorderlineHandler() {
        registry.registerAction("blog", SAVED, 1, "borderline", payload -> {
            registry.watchdog().scan(); // the watchdog sees the call start
            time.advanceMillis(BUDGET_MILLIS); // the call takes its whole budget
            time.onNextNanoTime(() -> registry.watchdog().scan()); // and is caught right after it returns
        });
    }

    @Test
    void anOverrunDeclaredAsTheLastHandlerReturnsLeavesNoInterruptOnTheCaller() {
        registerBorderlineHandler();

        registry.dispatch(SAVED, "post-1");

        assertThat(listener.timeouts()).as("the watchdog did strike").hasSize(1);
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag after the dispatch").isFalse();
    }

    @Test
    void anOverrunDeclaredAsTheLastHandlerReturnsDoesNotDisturbTheNextDispatchOnTheThread() {
        registerBorderlineHandler();
        registry.registerFilter("blog", TITLE, 1, "observer", (value, context) -> {
            seen.add("interrupted=" + Thread.currentThread().isInterrupted());
            return value + " observed";
        });

        registry.dispatch(SAVED, "post-1");
        String title = registry.applyFilters(TITLE, "title", null);

        assertThat(seen).containsExactly("interrupted=false");
        assertThat(title).as("the next dispatch's result is not taken for a late one").isEqualTo("title observed");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(listener.errors()).hasSize(1);
    }

    @Test
    void anOverrunDeclaredJustAfterACallbackReturnedDiscardsItsResultAndTheNextCallbacksResultStands() {
        // In a timed dispatch the clock is read as a callback returns, before the dispatcher looks at the frame:
        // a scan there catches the callback just after it returned, still current on the frame.
        registry.registerFilter("blog", TITLE, 1, "borderline", (value, context) -> {
            registry.watchdog().scan();
            time.advanceMillis(BUDGET_MILLIS);
            time.onNextNanoTime(() -> registry.watchdog().scan());
            return value + " borderline";
        });
        registry.registerFilter("blog", TITLE, 2, "next", (value, context) -> value + " next");

        String title = registry.applyFilters(TITLE, "title", null);

        assertThat(title).as("the late result is discarded, the next one stands").isEqualTo("title next");
        assertThat(listener.timeouts()).singleElement().extracting(e -> e.handlerId()).isEqualTo("borderline");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void whenThatInterruptMakesTheNextCallbackThrowTheInterruptStillDoesNotReachTheCaller() {
        registry.registerFilter("blog", TITLE, 1, "borderline", (value, context) -> {
            registry.watchdog().scan();
            time.advanceMillis(BUDGET_MILLIS);
            time.onNextNanoTime(() -> registry.watchdog().scan());
            return value + " borderline";
        });
        registry.registerFilter("blog", TITLE, 2, "waiter", (value, context) -> {
            new CountDownLatch(0).await(); // any interruptible wait: it throws at once when interrupted
            return value + " waited";
        });

        String title = registry.applyFilters(TITLE, "title", null);

        assertThat(title).isIn("title waited", "title borderline", "title borderline waited");
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag after the dispatch").isFalse();
    }

    @Test
    void anInterruptFromSomebodyElseIsKeptForTheCaller() {
        registry.registerAction("blog", SAVED, 1, "cancelled", payload -> {
            Thread.currentThread().interrupt();
            throw new InterruptedException("cancelled by its caller");
        });

        registry.dispatch(SAVED, "post-1");

        assertThat(Thread.interrupted()).as("interrupt flag after the dispatch").isTrue();
        assertThat(listener.failures()).singleElement().extracting(e -> e.error().getMessage())
                .isEqualTo("cancelled by its caller");
    }
}
