package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A filter that fails, or returns something it must not, is skipped over: its input passes on. */
class FilterFallbackTest {
    private static final FilterHook<String, Integer> TITLE = FilterHook.of("post:title", String.class, Integer.class);
    private static final FilterHook<List<String>, Void> NAV = FilterHook.of("ui:nav:main", List.class, Void.class);

    private final FakeTime time = new FakeTime();
    private final RecordingListener listener = new RecordingListener();
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(time, new RecordingLog(), RegistrySettings.DEFAULTS);
        registry.addErrorListener(listener);
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void registerRaw(String plugin, String id, int priority, FilterHandler<?, ?> handler) {
        // as a whiteboard service arrives: untyped, so nothing stops it from returning the wrong type
        registry.register(HookKind.FILTER, TITLE.name(), plugin, priority, id, (FilterHandler) handler);
    }

    @Test
    void eachFilterReceivesTheResultOfTheOneBeforeAndTheContext() {
        registry.registerFilter("blog", TITLE, 1, "trim", (value, length) -> value.trim());
        registry.registerFilter("blog", TITLE, 2, "cut", (value, length) -> value.substring(0, length));

        assertThat(registry.applyFilters(TITLE, "  Hello world ", 5)).isEqualTo("Hello");
    }

    @Test
    void aFilterThatThrowsPassesOnTheValueItWasGiven() {
        registry.registerFilter("blog", TITLE, 1, "upper", (value, length) -> value.toUpperCase());
        registry.registerFilter("broken", TITLE, 2, "thrower", (value, length) -> {
            throw new IllegalStateException("no");
        });
        registry.registerFilter("blog", TITLE, 3, "bang", (value, length) -> value + "!");

        assertThat(registry.applyFilters(TITLE, "hi", 0)).isEqualTo("HI!");
        assertThat(listener.errors()).singleElement().extracting(HookError::handlerId).isEqualTo("thrower");
    }

    @Test
    void aResultOfTheWrongTypeIsAFailureOfThatHandlerAndTheValuePassesOnUnchanged() {
        registry.registerFilter("blog", TITLE, 1, "upper", (value, length) -> value.toUpperCase());
        registerRaw("broken", "counter", 2, (value, context) -> 42);
        registry.registerFilter("blog", TITLE, 3, "bang", (value, length) -> value + "!");

        assertThat(registry.applyFilters(TITLE, "hi", 0)).isEqualTo("HI!");

        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.plugin()).isEqualTo("broken");
            assertThat(error.handlerId()).isEqualTo("counter");
            assertThat(error.kind()).isEqualTo(HookKind.FILTER);
            assertThat(error.timedOut()).isFalse();
            assertThat(error.error()).isInstanceOf(ClassCastException.class)
                    .hasMessageContaining("java.lang.Integer").hasMessageContaining("java.lang.String");
        });
        assertThat(registry.telemetry().get("broken", TITLE.name(), HookKind.FILTER))
                .hasValueSatisfying(stats -> assertThat(stats.failures()).isEqualTo(1));
    }

    @Test
    void aNullResultIsAFailureOfThatHandlerAndTheValuePassesOnUnchanged() {
        registry.registerFilter("broken", TITLE, 1, "nothing", (value, length) -> null);
        registry.registerFilter("blog", TITLE, 2, "bang", (value, length) -> value + "!");

        assertThat(registry.applyFilters(TITLE, "hi", 0)).isEqualTo("hi!");

        assertThat(listener.errors()).singleElement().satisfies(error -> {
            assertThat(error.handlerId()).isEqualTo("nothing");
            assertThat(error.error()).isInstanceOf(NullPointerException.class).hasMessageContaining("returned null");
        });
    }

    @Test
    void whenEveryFilterFailsTheCallerGetsItsOwnValueBack() {
        registry.registerFilter("broken", TITLE, 1, "nothing", (value, length) -> null);
        registerRaw("broken", "counter", 2, (value, context) -> 42);
        registry.registerFilter("broken", TITLE, 3, "thrower", (value, length) -> {
            throw new UnsupportedOperationException();
        });

        assertThat(registry.applyFilters(TITLE, "original", 0)).isEqualTo("original");
        assertThat(listener.errors()).extracting(HookError::handlerId).containsExactly("nothing", "counter", "thrower");
        assertThat(registry.telemetry().get("broken", TITLE.name(), HookKind.FILTER)).hasValueSatisfying(stats -> {
            assertThat(stats.calls()).isEqualTo(3);
            assertThat(stats.failures()).isEqualTo(3);
        });
    }

    @Test
    void aFilterWithoutHandlersReturnsItsInput() {
        assertThat(registry.applyFilters(TITLE, "untouched", 0)).isEqualTo("untouched");
    }

    @Test
    void aGenericValueTypeWorksThroughItsRawClass() {
        registry.registerFilter("blog", NAV, 1, "home", (items, context) -> {
            List<String> more = new ArrayList<>(items);
            more.add(0, "home");
            return more;
        });
        registry.registerFilter("shop", NAV, 2, "cart", (items, context) -> {
            List<String> more = new ArrayList<>(items);
            more.add("cart");
            return List.copyOf(more);
        });

        List<String> nav = registry.applyFilters(NAV, List.of("posts"), null);

        assertThat(nav).containsExactly("home", "posts", "cart");
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void aGenericFilterThatReturnsANonListIsAFailure() {
        registry.registerFilter("blog", NAV, 1, "home", (items, context) -> List.of("home"));
        registry.register(HookKind.FILTER, NAV.name(), "broken", 2, "stringly",
                (FilterHandler<Object, Object>) (items, context) -> "cart");

        assertThat(registry.applyFilters(NAV, List.of("posts"), null)).containsExactly("home");
        assertThat(listener.errors()).singleElement().extracting(HookError::handlerId).isEqualTo("stringly");
    }
}
