package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationAndOrderTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final ActionHook<Void> TICK = ActionHook.of("clock:tick", Void.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);

    private final HookRegistry registry = new HookRegistry(new FakeTime(), new RecordingLog(), RegistrySettings.DEFAULTS);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        registry.close();
    }

    private HookRegistration record(String name, int priority) {
        return registry.registerAction("blog", SAVED, priority, name, payload -> ran.add(name));
    }

    @Test
    void handlersRunByPriorityAscendingThenByRegistrationOrder() {
        record("ten-first", 10);
        record("five-first", 5);
        record("ten-second", 10);
        record("minus-three", -3);
        record("five-second", 5);
        record("max", Integer.MAX_VALUE);
        record("min", Integer.MIN_VALUE);
        record("ten-third", 10);

        registry.dispatch(SAVED, "post-1");

        assertThat(ran).containsExactly("min", "minus-three", "five-first", "five-second", "ten-first", "ten-second",
                "ten-third", "max");
    }

    @Test
    void equalPrioritiesKeepRegistrationOrderAcrossPlugins() {
        registry.registerAction("zeta", SAVED, 1, "z", payload -> ran.add("zeta"));
        registry.registerAction("alpha", SAVED, 1, "a", payload -> ran.add("alpha"));

        registry.dispatch(SAVED, "post-1");

        assertThat(ran).containsExactly("zeta", "alpha");
    }

    @Test
    void handlerRemovedDuringDispatchIsSkippedWhenNotYetReached() {
        AtomicReference<HookRegistration> third = new AtomicReference<>();
        registry.registerAction("blog", SAVED, 1, "first", payload -> {
            ran.add("first");
            third.get().close();
        });
        record("second", 2);
        third.set(record("third", 3));

        registry.dispatch(SAVED, "post-1");
        assertThat(ran).containsExactly("first", "second");

        ran.clear();
        registry.dispatch(SAVED, "post-2");
        assertThat(ran).containsExactly("first", "second");
    }

    @Test
    void handlerRemovedAfterItRanDuringDispatchDoesNotDisturbTheOthers() {
        HookRegistration first = record("first", 1);
        registry.registerAction("blog", SAVED, 2, "second", payload -> {
            ran.add("second");
            first.close();
        });
        record("third", 3);

        registry.dispatch(SAVED, "post-1");

        assertThat(ran).containsExactly("first", "second", "third");
        assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).extracting(HandlerInfo::id)
                .containsExactly("second", "third");
    }

    @Test
    void handlerAddedDuringDispatchRunsFromTheNextDispatch() {
        registry.registerAction("blog", SAVED, 5, "adder", payload -> {
            ran.add("adder");
            if (payload.equals("post-1")) {
                record("added-before", 0);
                record("added-after", 9);
            }
        });
        record("last", 10);

        registry.dispatch(SAVED, "post-1");
        assertThat(ran).containsExactly("adder", "last");

        ran.clear();
        registry.dispatch(SAVED, "post-2");
        assertThat(ran).containsExactly("added-before", "adder", "added-after", "last");
    }

    @Test
    void handlerThatRemovesItselfFinishesItsCallAndIsGoneAfterwards() {
        AtomicReference<HookRegistration> self = new AtomicReference<>();
        self.set(registry.registerAction("blog", SAVED, 1, "once", payload -> {
            self.get().close();
            ran.add("once:" + payload);
        }));
        record("always", 2);

        registry.dispatch(SAVED, "a");
        registry.dispatch(SAVED, "b");

        assertThat(ran).containsExactly("once:a", "always", "always");
    }

    @Test
    void filterRemovedDuringApplyIsSkippedAndTheValueStillFlows() {
        AtomicReference<HookRegistration> upper = new AtomicReference<>();
        registry.registerFilter("blog", TITLE, 1, "trim", (value, context) -> {
            upper.get().close();
            return value.trim();
        });
        upper.set(registry.registerFilter("blog", TITLE, 2, "upper", (value, context) -> value.toUpperCase()));
        registry.registerFilter("blog", TITLE, 3, "bang", (value, context) -> value + "!");

        assertThat(registry.applyFilters(TITLE, "  hello ", null)).isEqualTo("hello!");
    }

    @Test
    void closingARegistrationTwiceIsHarmless() {
        HookRegistration registration = record("once", 1);

        registration.close();
        assertThatNoException().isThrownBy(registration::close);

        assertThat(registry.hasHandlers(HookKind.ACTION, SAVED.name())).isFalse();
        registry.dispatch(SAVED, "post-1");
        assertThat(ran).isEmpty();
    }

    @Test
    void closingAStaleRegistrationDoesNotRemoveItsSuccessorWithTheSameId() {
        HookRegistration old = record("mailer", 1);
        old.close();
        record("mailer", 1);

        old.close();

        registry.dispatch(SAVED, "post-1");
        assertThat(ran).containsExactly("mailer");
    }

    @Test
    void duplicateHandlerIdOfOnePluginOnOneHookIsRefused() {
        record("mailer", 1);

        assertThatThrownBy(() -> record("mailer", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'blog'").hasMessageContaining("'mailer'").hasMessageContaining("post:saved");
        assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).hasSize(1);
    }

    @Test
    void theSameHandlerIdIsFineForAnotherPluginOrAnotherHook() {
        record("mailer", 1);

        registry.registerAction("shop", SAVED, 1, "mailer", payload -> ran.add("shop"));
        registry.registerFilter("blog", TITLE, 1, "mailer", (value, context) -> value);

        assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).extracting(HandlerInfo::plugin)
                .containsExactly("blog", "shop");
        assertThat(registry.hasHandlers(HookKind.FILTER, TITLE.name())).isTrue();
    }

    @Test
    void badHookNamesAreRefusedWithAMessageThatShowsTheExpectedShape() {
        ActionHandler<Object> handler = payload -> {};
        for (String bad : List.of("saved", "Post:Saved", "post saved", "post:", ":saved", "1post:saved")) {
            assertThatThrownBy(() -> registry.register(HookKind.ACTION, bad, "blog", 1, null, handler))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'domain:event'");
        }
        assertThat(registry.hooks()).isEmpty();
    }

    @Test
    void aHandlerOfTheWrongKindOrWithABlankIdIsRefused() {
        ActionHandler<Object> action = payload -> {};

        assertThatThrownBy(() -> registry.register(HookKind.FILTER, "post:title", "blog", 1, null, action))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FilterHandler");
        assertThatThrownBy(() -> registry.register(HookKind.ACTION, "post:saved", "blog", 1, " ", action))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThat(registry.hooks()).isEmpty();
    }

    @Test
    void generatedHandlerIdsNameThePluginAndAreUnique() {
        HookRegistration a = registry.registerAction("blog", SAVED, 1, null, payload -> {});
        HookRegistration b = registry.registerAction("blog", SAVED, 1, null, payload -> {});

        assertThat(a.handler().id()).startsWith("blog#");
        assertThat(b.handler().id()).startsWith("blog#").isNotEqualTo(a.handler().id());
    }

    @Test
    void aNullPayloadIsRefusedUnlessThePayloadTypeIsVoid() {
        record("never", 1);
        registry.registerAction("clock", TICK, 1, "tock", payload -> ran.add("tock:" + payload));

        assertThatThrownBy(() -> registry.dispatch(SAVED, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("post:saved");
        registry.dispatch(TICK, null);

        assertThat(ran).containsExactly("tock:null");
    }
}
