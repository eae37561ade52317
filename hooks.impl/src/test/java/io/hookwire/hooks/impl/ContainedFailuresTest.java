package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which throwables a dispatch contains (and reports), and which it lets through. */
class ContainedFailuresTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    /** Something a handler does that ends in a throwable. */
    @FunctionalInterface
    interface Failure {
        void happen() throws Exception;
    }

    private final FakeTime time = new FakeTime();
    private final RecordingLog log = new RecordingLog();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(time, log, RegistrySettings.DEFAULTS);
        registry.addErrorListener(listener);
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    static Stream<Arguments> contained() {
        return Stream.of(
                failure("RuntimeException", () -> { throw new IllegalStateException("boom"); },
                        IllegalStateException.class),
                failure("checked Exception", () -> { throw new IOException("disk gone"); }, IOException.class),
                failure("StackOverflowError from real recursion", () -> recurse(0), StackOverflowError.class),
                failure("StackOverflowError thrown", () -> { throw new StackOverflowError("thrown"); },
                        StackOverflowError.class),
                failure("NoClassDefFoundError", () -> { throw new NoClassDefFoundError("com/example/Gone"); },
                        NoClassDefFoundError.class),
                failure("LinkageError", () -> { throw new LinkageError("loader constraint violated"); },
                        LinkageError.class),
                failure("ExceptionInInitializerError", () -> { throw new ExceptionInInitializerError("static"); },
                        ExceptionInInitializerError.class),
                failure("AssertionError", () -> { throw new AssertionError("assert"); }, AssertionError.class));
    }

    static Stream<Arguments> fatal() {
        return Stream.of(
                failure("OutOfMemoryError", () -> { throw new OutOfMemoryError("test heap"); },
                        OutOfMemoryError.class),
                failure("InternalError", () -> { throw new InternalError("jvm trouble"); }, InternalError.class));
    }

    private static Arguments failure(String name, Failure failure, Class<? extends Throwable> type) {
        return Arguments.of(Named.of(name, failure), type);
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @ParameterizedTest(name = "action: {0}")
    @MethodSource("contained")
    void anActionHandlerFailureIsContainedReportedAndTheNextHandlerRuns(Failure failure,
            Class<? extends Throwable> type) {
        registry.registerAction("blog", SAVED, 1, "before", payload -> ran.add("before"));
        registry.registerAction("broken-plugin", SAVED, 2, "breaker", payload -> failure.happen());
        registry.registerAction("blog", SAVED, 3, "after", payload -> ran.add("after"));

        registry.dispatch(SAVED, "post-1");

        assertThat(ran).containsExactly("before", "after");
        assertReportedOnce(HookKind.ACTION, SAVED.name(), type);
    }

    @ParameterizedTest(name = "filter: {0}")
    @MethodSource("contained")
    void aFilterHandlerFailureIsContainedAndItsInputPassesOn(Failure failure, Class<? extends Throwable> type) {
        registry.registerFilter("blog", TITLE, 1, "before", (value, context) -> value + "+before");
        registry.registerFilter("broken-plugin", TITLE, 2, "breaker", (value, context) -> {
            failure.happen();
            return value + "+breaker";
        });
        registry.registerFilter("blog", TITLE, 3, "after", (value, context) -> value + "+after");

        assertThat(registry.applyFilters(TITLE, "title", null)).isEqualTo("title+before+after");
        assertReportedOnce(HookKind.FILTER, TITLE.name(), type);
    }

    private void assertReportedOnce(HookKind kind, String hook, Class<? extends Throwable> type) {
        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.plugin()).isEqualTo("broken-plugin");
            assertThat(error.hook()).isEqualTo(hook);
            assertThat(error.kind()).isEqualTo(kind);
            assertThat(error.handlerId()).isEqualTo("breaker");
            assertThat(error.error()).isInstanceOf(type);
            assertThat(error.timedOut()).isFalse();
            assertThat(error.time()).isEqualTo(time.now());
        });
        assertThat(log.warnings()).singleElement().satisfies(line -> {
            assertThat(line.message()).contains("breaker", "broken-plugin", hook);
            assertThat(line.error()).isInstanceOf(type);
        });
        assertThat(registry.telemetry().get("broken-plugin", hook, kind)).hasValueSatisfying(stats -> {
            assertThat(stats.calls()).isEqualTo(1);
            assertThat(stats.failures()).isEqualTo(1);
            assertThat(stats.timeouts()).isZero();
        });
    }

    @ParameterizedTest(name = "action: {0}")
    @MethodSource("fatal")
    void aVirtualMachineErrorEscapesAnActionAndLeavesTheThreadClean(Failure failure,
            Class<? extends Throwable> type) {
        registry.registerAction("broken-plugin", SAVED, 1, "breaker", payload -> failure.happen());
        registry.registerAction("blog", SAVED, 2, "after", payload -> ran.add("after"));

        assertThatThrownBy(() -> registry.dispatch(SAVED, "post-1")).isInstanceOf(type);

        assertThat(registry.running()).isEmpty();
        assertThat(ran).isEmpty();
        assertThat(listener.errors()).isEmpty();
    }

    @ParameterizedTest(name = "filter: {0}")
    @MethodSource("fatal")
    void aVirtualMachineErrorEscapesAFilterAndLeavesTheThreadClean(Failure failure,
            Class<? extends Throwable> type) {
        registry.registerFilter("broken-plugin", TITLE, 1, "breaker", (value, context) -> {
            failure.happen();
            return value;
        });

        assertThatThrownBy(() -> registry.applyFilters(TITLE, "title", null)).isInstanceOf(type);

        assertThat(registry.running()).isEmpty();
    }

    @ParameterizedTest(name = "budget {0} ms")
    @ValueSource(longs = {0, 2000})
    void aVirtualMachineErrorInANestedDispatchUnwindsEveryFrame(long budgetMillis) {
        registry.configure(RegistrySettings.DEFAULTS.withDefaultBudgetMillis(budgetMillis));
        ActionHook<String> inner = ActionHook.of("post:indexed", String.class);
        registry.registerAction("blog", SAVED, 1, "outer", payload -> registry.dispatch(inner, payload));
        HookRegistration breaker = registry.registerAction("broken-plugin", inner, 1, "breaker", payload -> {
            throw new OutOfMemoryError("test heap");
        });

        assertThatThrownBy(() -> registry.dispatch(SAVED, "post-1")).isInstanceOf(OutOfMemoryError.class);

        assertThat(registry.running()).isEmpty();
        breaker.close();
        registry.registerAction("blog", inner, 0, "first", payload -> ran.add("inner:" + registry.running().size()));
        registry.dispatch(inner, "post-2");
        assertThat(ran).as("a later dispatch on this thread sees only its own frame").containsExactly("inner:1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contained")
    void theErrorsReportedAreTheHandlersOwnThrowables(Failure failure, Class<? extends Throwable> type) {
        registry.registerAction("broken-plugin", SAVED, 1, "breaker", payload -> failure.happen());

        registry.dispatch(SAVED, "post-1");
        registry.dispatch(SAVED, "post-2");

        assertThat(listener.errors()).hasSize(2).extracting(HookError::error).allMatch(type::isInstance);
        assertThat(registry.running()).isEmpty();
    }
}
