package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures go to every error listener, each one contained, and to the log, at most once a minute per source. */
class ErrorReportingTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);

    private final FakeTime time = new FakeTime();
    private final RecordingLog log = new RecordingLog();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(time, log, RegistrySettings.DEFAULTS.withDefaultBudgetMillis(100));
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    private void registerBrokenThenHealthy() {
        registry.registerAction("broken-plugin", SAVED, 1, "breaker", payload -> {
            throw new IllegalStateException("handler broke");
        });
        registry.registerAction("blog", SAVED, 2, "healthy", payload -> ran.add("healthy"));
    }

    @Test
    void aListenerThatThrowsIsLoggedAndTheOtherListenersAndTheDispatchCarryOn() {
        IllegalArgumentException listenerBug = new IllegalArgumentException("listener broke");
        registry.addErrorListener(error -> { throw listenerBug; });
        registry.addErrorListener(listener);
        registry.addErrorListener(error -> { throw new AssertionError("listener asserted"); });
        RecordingListener last = new RecordingListener();
        registry.addErrorListener(last);
        registerBrokenThenHealthy();

        assertThatNoException().isThrownBy(() -> registry.dispatch(SAVED, "post-1"));

        assertThat(ran).containsExactly("healthy");
        assertThat(listener.errors()).singleElement().extracting(HookError::handlerId).isEqualTo("breaker");
        assertThat(last.errors()).hasSize(1);
        assertThat(log.warnings()).extracting(RecordingLog.Line::error)
                .hasSize(3)
                .anySatisfy(e -> assertThat(e).isInstanceOf(IllegalStateException.class).hasMessage("handler broke"))
                .anySatisfy(e -> assertThat(e).isSameAs(listenerBug))
                .anySatisfy(e -> assertThat(e).isInstanceOf(AssertionError.class));
        assertThat(log.warnings()).filteredOn(line -> line.error() == listenerBug).singleElement()
                .extracting(RecordingLog.Line::message).asString()
                .contains("Error listener", "breaker", "the dispatch goes on");
    }

    @Test
    void aListenerThatThrowsOnATimeoutDoesNotStopTheWatchdog() throws Exception {
        registry.addErrorListener(error -> { throw new IllegalStateException("listener broke"); });
        registry.addErrorListener(listener);
        Gate gate = new Gate();
        registry.registerAction("slow-plugin", SAVED, 1, "sleeper", payload -> gate.holdInterruptibly());
        try {
            Background<Void> dispatch = Background.run("dispatcher", () -> registry.dispatch(SAVED, "post-1"));
            gate.awaitEntered();
            registry.watchdog().scan();
            time.advanceMillis(100);
            assertThatNoException().isThrownBy(() -> registry.watchdog().scan());
            dispatch.result();
        } finally {
            gate.open();
        }
        assertThat(listener.timeouts()).hasSize(1);
    }

    @Test
    void aListenerAddedTwiceHearsOnceAndARemovedListenerHearsNothing() {
        RecordingListener removed = new RecordingListener();
        registry.addErrorListener(listener);
        registry.addErrorListener(listener);
        registry.addErrorListener(removed);
        registry.removeErrorListener(removed);
        registerBrokenThenHealthy();

        registry.dispatch(SAVED, "post-1");

        assertThat(listener.errors()).hasSize(1);
        assertThat(removed.errors()).isEmpty();
    }

    @Test
    void repeatedFailuresAreLoggedAtMostOnceAMinuteWithACountOfTheRest() {
        registry.addErrorListener(listener);
        registerBrokenThenHealthy();

        for (int i = 0; i < 4; i++) {
            registry.dispatch(SAVED, "post-" + i);
            time.advance(Duration.ofSeconds(10));
        }
        assertThat(log.warnings()).as("one line for the first minute").hasSize(1);

        time.advance(Duration.ofSeconds(30));
        registry.dispatch(SAVED, "post-late");

        assertThat(listener.errors()).as("listeners hear every failure").hasSize(5);
        assertThat(log.warnings()).hasSize(2).last().extracting(RecordingLog.Line::message).asString()
                .contains("3 more failures");
    }

    @Test
    void theLogNamesThePluginHookAndHandlerAndKeepsTheStackTrace() {
        registerBrokenThenHealthy();

        registry.dispatch(SAVED, "post-1");

        assertThat(log.warnings()).singleElement().satisfies(line -> {
            assertThat(line.message()).contains("broken-plugin", "post:saved", "breaker", "action");
            assertThat(line.error()).hasMessage("handler broke");
        });
    }

    @Test
    void aListenerSeesTheFailureWithTheTimeItHappened() {
        HookErrorListener checker = error -> ran.add(error.time().equals(time.now()) ? "now" : "other");
        registry.addErrorListener(checker);
        registerBrokenThenHealthy();
        time.advance(Duration.ofDays(3));

        registry.dispatch(SAVED, "post-1");

        assertThat(ran).containsExactly("now", "healthy");
    }
}
